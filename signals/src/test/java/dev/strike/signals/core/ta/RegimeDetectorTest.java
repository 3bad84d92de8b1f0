package dev.strike.signals.core.ta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RegimeDetectorTest {
  @Test
  void shouldBeUnknownWhenFewerThanPeriodPlusOneCloses() {
    RegimeDetector detector = new RegimeDetector(4, 0.5, 0.3);
    for (int close = 1; close <= 4; close++) {
      assertThat(detector.update(close)).isEqualTo(Regime.UNKNOWN);
    }
    assertThat(detector.efficiencyRatio()).isNaN();
    assertThat(detector.isReady()).isFalse();
  }

  @Test
  void shouldFollowTheEfficiencyRatioWhenPricesTrendThenChop() {
    RegimeDetector detector = new RegimeDetector(4, 0.5, 0.3);
    for (int close = 1; close <= 4; close++) {
      detector.update(close);
    }
    // 1..5: net 4, path 4, ER 1
    assertThat(detector.update(5)).isEqualTo(Regime.TREND);
    assertThat(detector.efficiencyRatio()).isEqualTo(1.0);
    // window 2, 3, 4, 5, 4: net 2, path 4, ER 0.5 (at the threshold: TREND)
    assertThat(detector.update(4)).isEqualTo(Regime.TREND);
    assertThat(detector.efficiencyRatio()).isEqualTo(0.5);
    // window 3, 4, 5, 4, 5: net 2, path 4, ER 0.5
    assertThat(detector.update(5)).isEqualTo(Regime.TREND);
    // window 4, 5, 4, 5, 4: net 0, ER 0
    assertThat(detector.update(4)).isEqualTo(Regime.RANGE);
    assertThat(detector.efficiencyRatio()).isEqualTo(0.0);
  }

  @Test
  void shouldKeepTheRegimeWhenTheRatioIsBetweenTheThresholds() {
    RegimeDetector detector = new RegimeDetector(2, 0.5, 0.3);
    detector.update(10);
    detector.update(11);
    assertThat(detector.update(12)).isEqualTo(Regime.TREND);
    // window 11, 12, 11.6: net 0.6, path 1.4, ER 0.4286: between, stays TREND
    assertThat(detector.update(11.6)).isEqualTo(Regime.TREND);
    assertThat(detector.efficiencyRatio()).isCloseTo(0.6 / 1.4, within(1e-9));
    // window 12, 11.6, 12: net 0, RANGE
    assertThat(detector.update(12)).isEqualTo(Regime.RANGE);
    // window 11.6, 12, 11.2: net 0.4, path 0.4 + 0.8 = 1.2, ER 0.333: between, stays RANGE
    assertThat(detector.update(11.2)).isEqualTo(Regime.RANGE);
    assertThat(detector.efficiencyRatio()).isCloseTo(0.4 / 1.2, within(1e-9));
  }

  @Test
  void shouldCallTheFirstUndecidedWindowARange() {
    RegimeDetector detector = new RegimeDetector(2, 0.5, 0.3);
    detector.update(10);
    detector.update(11);
    // window 10, 11, 10.6: net 0.6, path 1 + 0.4 = 1.4, ER 0.4286, between the thresholds on the first ready bar
    assertThat(detector.update(10.6)).isEqualTo(Regime.RANGE);
  }

  @Test
  void shouldSayNoMoveIsARangeWhenPricesAreFlat() {
    RegimeDetector detector = new RegimeDetector(3, 0.5, 0.3);
    for (int i = 0; i < 10; i++) {
      detector.update(i < 5 ? 100 + i : 104);
    }
    // the last four closes are all 104: no move in the window
    assertThat(detector.efficiencyRatio()).isEqualTo(0.0);
    assertThat(detector.regime()).isEqualTo(Regime.RANGE);
  }
}
