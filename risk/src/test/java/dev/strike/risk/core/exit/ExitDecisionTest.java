package dev.strike.risk.core.exit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.event.Side;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import org.junit.jupiter.api.Test;

class ExitDecisionTest {

  @Test
  void shouldRejectAnEmptySaleWhenConstructed() {
    assertThatThrownBy(() -> new ExitDecision(ExitFixtures.TICKER, Side.YES, Qty.ZERO, Price.parse("0.40"),
        ExitReason.STOP_LOSS, "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantity");
  }

  @Test
  void shouldRejectAPriceNoOrderMayCarryWhenConstructed() {
    assertThatThrownBy(() -> new ExitDecision(ExitFixtures.TICKER, Side.YES, Qty.ofContracts(1), Price.ZERO,
        ExitReason.STOP_LOSS, "")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit price");
  }
}
