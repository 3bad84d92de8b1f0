package dev.strike.risk.core.exit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.money.Price;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExitRulesTest {

  @Test
  void shouldStopAtHalfTrailAtThirtyPercentAndLeaveAMinuteWhenDefaults() {
    ExitRules rules = ExitRules.defaults();

    assertThat(rules).isEqualTo(new ExitRules(5_000, 3_000, 0, 60_000_000_000L, Price.parse("0.02")));
    assertThat(rules.hasTakeProfit()).isFalse();
  }

  @Test
  void shouldSwitchEveryRuleOffWhenNone() {
    ExitRules rules = ExitRules.none();

    assertThat(rules.hasStopLoss() || rules.hasTrailingStop() || rules.hasTakeProfit() || rules.hasTimeExit())
        .isFalse();
  }

  @Test
  void shouldListTheKebabCaseKeysWhenAskedForKeys() {
    assertThat(ExitRules.keys()).containsExactly("stop-loss-bps", "trailing-stop-bps", "take-profit-bps",
        "exit-before-close", "exit-slippage");
  }

  @Test
  void shouldOverrideEachSettingWhenGivenItsKey() {
    ExitRules rules = ExitRules.defaults()
        .with("stop-loss-bps", "2500")
        .with("trailing-stop-bps", " 1000 ")
        .with("take-profit-bps", "15000")
        .with("exit-before-close", "90s")
        .with("exit-slippage", "0.015");

    assertThat(rules).isEqualTo(new ExitRules(2_500, 1_000, 15_000, 90_000_000_000L, Price.parse("0.015")));
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "60s, 60000000000", "1m30s, 90000000000", "500ms, 500000000", "PT2M, 120000000000",
      "250us, 250000", "7ns, 7"})
  void shouldReadDurationTextWhenExitBeforeCloseOverridden(String text, long expectedNs) {
    assertThat(ExitRules.defaults().with("exit-before-close", text).exitBeforeCloseNs()).isEqualTo(expectedNs);
  }

  @Test
  void shouldNameTheKeyWhenKeyUnknown() {
    assertThatThrownBy(() -> ExitRules.defaults().with("stop-loss", "5000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stop-loss")
        .hasMessageContaining("stop-loss-bps");
  }

  @ParameterizedTest
  @CsvSource({"stop-loss-bps, 12000", "stop-loss-bps, -1", "stop-loss-bps, 50%", "trailing-stop-bps, 10001",
      "take-profit-bps, 1000001", "take-profit-bps, 1.5", "exit-before-close, 60", "exit-before-close, -PT1S",
      "exit-before-close, soon", "exit-slippage, 2", "exit-slippage, -0.01", "exit-slippage, two cents"})
  void shouldNameTheKeyWhenValueBad(String key, String value) {
    assertThatThrownBy(() -> ExitRules.defaults().with(key, value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(key);
  }

  @Test
  void shouldSayWhatIsWrongWhenValueOutOfRange() {
    assertThatThrownBy(() -> ExitRules.defaults().with("stop-loss-bps", "12000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("exit rule stop-loss-bps = \"12000\": stopLossBps must be between 0 (off) and 10,000 basis "
            + "points, got 12000");
  }

  @Test
  void shouldRejectStopLossAboveOneHundredPercentWhenConstructed() {
    assertThatThrownBy(() -> new ExitRules(10_001, 0, 0, 0, Price.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stopLossBps")
        .hasMessageContaining("10001");
  }

  @Test
  void shouldRejectNegativeTrailingStopWhenConstructed() {
    assertThatThrownBy(() -> new ExitRules(0, -1, 0, 0, Price.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trailingStopBps");
  }

  @Test
  void shouldRejectNegativeTakeProfitWhenConstructed() {
    assertThatThrownBy(() -> new ExitRules(0, 0, -5, 0, Price.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("takeProfitBps");
  }

  @Test
  void shouldRejectNegativeExitBeforeCloseWhenConstructed() {
    assertThatThrownBy(() -> new ExitRules(0, 0, 0, -1, Price.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exitBeforeCloseNs");
  }

  @Test
  void shouldRejectMissingSlippageWhenConstructed() {
    assertThatThrownBy(() -> new ExitRules(0, 0, 0, 0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exitSlippage");
  }

  @Test
  void shouldAcceptTheBoundsWhenConstructed() {
    ExitRules rules = new ExitRules(10_000, 10_000, ExitRules.MAX_TAKE_PROFIT_BPS, Long.MAX_VALUE, Price.ONE);

    assertThat(rules.takeProfitBps()).isEqualTo(1_000_000);
  }
}
