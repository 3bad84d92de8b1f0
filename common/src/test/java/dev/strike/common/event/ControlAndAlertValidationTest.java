package dev.strike.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.event.ControlCommand.PauseTrading;
import dev.strike.common.event.ControlCommand.SetParameter;
import dev.strike.common.id.CommandId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ControlAndAlertValidationTest {
  private static final CommandId COMMAND = CommandId.of("cmd-1");

  @Test
  void shouldRejectCommandWhenIssuerIsBlank() {
    assertThatThrownBy(() -> new PauseTrading(COMMAND, " ", "vol spike", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("issuedBy must not be blank");
  }

  @Test
  void shouldRejectPauseWhenReasonIsBlank() {
    assertThatThrownBy(() -> new PauseTrading(COMMAND, "cli", "", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reason must not be blank");
  }

  @Test
  void shouldRejectCommandWhenCommandIdIsMissing() {
    assertThatThrownBy(() -> new PauseTrading(null, "cli", "vol spike", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("commandId is required");
  }

  @Test
  void shouldAcceptParameterWhenValueIsEmpty() {
    assertThat(new SetParameter(COMMAND, "cli", "risk.note", "", 1, 1).value()).isEmpty();
  }

  @Test
  void shouldShareTheTradingScopeWhenPausingResumingOrHalting() {
    assertThat(List.of(EventSamples.pauseTrading().scope(), EventSamples.resumeTrading().scope(),
        EventSamples.haltTrading().scope())).containsOnly("trading");
  }

  @Test
  void shouldScopeBreakerResetByBreakerName() {
    assertThat(EventSamples.resetBreaker().scope()).isEqualTo("breaker:daily_loss");
  }

  @Test
  void shouldScopeStrategySwitchByStrategy() {
    assertThat(EventSamples.setStrategyEnabled().scope()).isEqualTo("strategy:fair-value-edge");
  }

  @Test
  void shouldScopeParameterChangeByKey() {
    assertThat(EventSamples.setParameter().scope()).isEqualTo("param:risk.maxOrderNotional");
  }

  @Test
  void shouldRejectAlertWhenKindIsNotSnakeCase() {
    Alert a = EventSamples.alert();

    assertThatThrownBy(() -> new Alert(a.alertId(), a.severity(), "Trade-Executed", a.text(), a.numbers(),
        a.tsEvent(), a.tsInit()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alert kind must be snake_case, got \"Trade-Executed\"");
  }

  @Test
  void shouldRejectAlertWhenANumberIsMissing() {
    Alert a = EventSamples.alert();
    SortedMap<String, BigDecimal> numbers = new TreeMap<>();
    numbers.put("pnl", null);

    assertThatThrownBy(() -> new Alert(a.alertId(), a.severity(), a.kind(), a.text(), numbers, a.tsEvent(),
        a.tsInit()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("numbers.pnl is required");
  }

  @Test
  void shouldSortAlertNumbersByName() {
    Alert a = EventSamples.alert();
    SortedMap<String, BigDecimal> numbers = new TreeMap<>(Map.of("qty", BigDecimal.TEN, "fee", BigDecimal.ONE));

    assertThat(new Alert(a.alertId(), a.severity(), a.kind(), a.text(), numbers, a.tsEvent(), a.tsInit())
        .numbers().keySet()).containsExactly("fee", "qty");
  }
}
