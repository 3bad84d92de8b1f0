package dev.strike.app.calibration.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.strike.common.id.Asset;
import dev.strike.common.id.MarketTicker;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Brier score and log loss on inputs small enough to compute by hand. */
class CalibrationScoringTest {
  private static final double CLIP = 1e-4;

  @Test
  void shouldSquareTheMissWhenBrierIsComputed() {
    // (0.7 - 1)^2 = 0.09; (0.7 - 0)^2 = 0.49; a perfect forecast scores 0, a perfectly wrong one 1.
    assertThat(ScoringRules.brier(0.7, true)).isCloseTo(0.09, within(1e-15));
    assertThat(ScoringRules.brier(0.7, false)).isCloseTo(0.49, within(1e-15));
    assertThat(ScoringRules.brier(0.0, false)).isZero();
    assertThat(ScoringRules.brier(1.0, false)).isEqualTo(1.0);
  }

  @Test
  void shouldTakeMinusTheLogOfTheProbabilityOfWhatHappenedWhenLogLossIsComputed() {
    // -ln(0.8) = 0.2231435513; -ln(1 - 0.8) = -ln(0.2) = 1.6094379124
    assertThat(ScoringRules.logLoss(0.8, true, CLIP)).isCloseTo(0.2231435513, within(1e-10));
    assertThat(ScoringRules.logLoss(0.8, false, CLIP)).isCloseTo(1.6094379124, within(1e-10));
  }

  @Test
  void shouldCapTheLossAtTheClipWhenAForecastIsCertainAndWrong() {
    // p = 1 on a NO is clipped to 1 - 1e-4: -ln(1e-4) = 9.2103403720 (instead of infinity).
    assertThat(ScoringRules.logLoss(1.0, false, CLIP)).isCloseTo(9.2103403720, within(1e-9));
    // p = 0 on a YES likewise.
    assertThat(ScoringRules.logLoss(0.0, true, CLIP)).isCloseTo(9.2103403720, within(1e-9));
    // p = 0 on a NO is clipped to 1e-4: -ln(1 - 1e-4) = 1.000050003e-4, not 0.
    assertThat(ScoringRules.logLoss(0.0, false, CLIP)).isCloseTo(1.000050003e-4, within(1e-13));
  }

  @Test
  void shouldRefuseAProbabilityOutsideTheUnitIntervalWhenScoring() {
    assertThatThrownBy(() -> ScoringRules.brier(1.01, true)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoringRules.logLoss(Double.NaN, true, CLIP))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoringRules.logLoss(0.5, true, 0.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldAverageEachScoreOverTheSameMarketsWhenSummarized() {
    List<Forecast> forecasts = List.of(forecast(0.9, 0.8, true), forecast(0.2, 0.5, false),
        forecast(0.6, 0.5, false));
    ScoreSummary s = ScoreSummary.of(forecasts, CLIP);
    assertThat(s.markets()).isEqualTo(3);
    // model Brier: (0.1^2 + 0.2^2 + 0.6^2) / 3 = (0.01 + 0.04 + 0.36) / 3 = 0.1366666667
    assertThat(s.modelBrier()).isCloseTo(0.1366666667, within(1e-10));
    // mid Brier: (0.2^2 + 0.5^2 + 0.5^2) / 3 = 0.54 / 3 = 0.18
    assertThat(s.midBrier()).isCloseTo(0.18, within(1e-12));
    // model log loss: (-ln 0.9 - ln 0.8 - ln 0.4) / 3 = (0.1053605157 + 0.2231435513 + 0.9162907319) / 3
    assertThat(s.modelLogLoss()).isCloseTo(0.4149315996, within(1e-10));
    // mid log loss: (-ln 0.8 - 2 ln 0.5) / 3 = (0.2231435513 + 1.3862943611) / 3
    assertThat(s.midLogLoss()).isCloseTo(0.5364793041, within(1e-10));
  }

  @Test
  void shouldGiveNoMeansWhenNothingWasScored() {
    ScoreSummary s = ScoreSummary.of(List.of(), CLIP);
    assertThat(s.markets()).isZero();
    assertThat(s.modelBrier()).isNaN();
    assertThat(s.midLogLoss()).isNaN();
    assertThat(CalibrationTable.fixed(s.modelBrier())).isEqualTo("–");
  }

  @Test
  void shouldFormatWithFourDecimalsAndMinutesWhenRendering() {
    assertThat(CalibrationTable.fixed(0.136666666)).isEqualTo("0.1367");
    assertThat(CalibrationTable.fixed(9.21034037)).isEqualTo("9.2103");
    assertThat(CalibrationTable.horizon(600_000_000_000L)).isEqualTo("10 min");
    assertThat(CalibrationTable.horizon(90_000_000_000L)).isEqualTo("90.000 s");
  }

  private static Forecast forecast(double model, double mid, boolean yes) {
    return new Forecast(MarketTicker.of("KXBTC15M-26FEB250015-15"), Asset.of("BTC"), 60_000_000_000L, 1000, 1000,
        null, 65000.0, 1e-4, model, mid, yes);
  }
}
