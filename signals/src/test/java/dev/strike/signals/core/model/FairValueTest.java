package dev.strike.signals.core.model;

import static dev.strike.common.event.StrikeType.BETWEEN;
import static dev.strike.common.event.StrikeType.GREATER;
import static dev.strike.common.event.StrikeType.GREATER_OR_EQUAL;
import static dev.strike.common.event.StrikeType.LESS;
import static dev.strike.common.event.StrikeType.LESS_OR_EQUAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strike.common.event.StrikeType;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FairValueTest {
  private static final long S = 1_000_000_000L;
  private static final long CLOSE = 1_786_000_000L * S;
  private static final long W = FairValue.SETTLEMENT_WINDOW_NS;
  private static final long START = CLOSE - W;
  private static final double NAN = Double.NaN;

  @Test
  void shouldGiveLognormalDigitalWhenSettlementIsAPoint() {
    // S = K = 100, σ = 0.01/√s, τ = 100 s: σ√τ = 0.1, d2 = (ln 1 − 0.005)/0.1 = −0.05, Φ(−0.05) = 0.48006119416162754
    double p = FairValue.probabilityYes(GREATER, 100, NAN, 100, 0.01, CLOSE - 100 * S, CLOSE, 0, NAN);
    assertThat(p).isCloseTo(0.48006119416162754, within(1e-14));
  }

  @Test
  void shouldGiveLognormalDigitalInTheMoneyWhenSpotIsAboveStrike() {
    // S = 105, K = 100, σ = 0.001/√s, τ = 400 s: σ√τ = 0.02, d2 = (ln 1.05 − 0.0002)/0.02 = 2.4295082084716002,
    // Φ(d2) = 0.99244033872502672, Φ(−d2) = 0.0075596612749732840
    long now = CLOSE - 400 * S;
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, 105, 0.001, now, CLOSE, 0, NAN))
        .isCloseTo(0.99244033872502672, within(1e-13));
    assertThat(FairValue.probabilityYes(LESS, NAN, 100, 105, 0.001, now, CLOSE, 0, NAN))
        .isCloseTo(0.0075596612749732840, Percentage.withPercentage(1e-9));
  }

  @Test
  void shouldGiveBracketProbabilityWhenBetweenIsPriced() {
    // S = 100, [99, 101], σ = 0.001/√s, τ = 900 s: σ√τ = 0.03;
    // Φ((ln(100/99) − 0.00045)/0.03) − Φ((ln(100/101) − 0.00045)/0.03) = 0.26110334354157910
    double p = FairValue.probabilityYes(BETWEEN, 99, 101, 100, 0.001, CLOSE - 900 * S, CLOSE, 0, NAN);
    assertThat(p).isCloseTo(0.26110334354157910, within(1e-13));
  }

  @Test
  void shouldMatchTwoMomentsWhenAShortWindowIsAheadOfNow() {
    // window of 2 s (samples at start and start + 1 s), now = start − 10 s, σ = 0.01/√s (a = σ²·1 s = 1e-4):
    // E[F²]/E[F]² = e^{σ²·10}·(e^0 + e^0 + e^0 + e^a)/4, so v = 1e-3 + ln((3 + e^{1e-4})/4) = 0.0010250009375156249
    // P(avg > 99) with S = 100: Φ((ln(200/198) − v/2)/√v) = 0.61711475548643995
    long window = 2 * S;
    long now = CLOSE - window - 10 * S;
    assertThat(FairValue.settlementLogVariance(0.01, now, CLOSE, window))
        .isCloseTo(0.0010250009375156249, Percentage.withPercentage(1e-10));
    assertThat(FairValue.probabilityYes(GREATER, 99, NAN, 100, 0.01, now, CLOSE, window, NAN))
        .isCloseTo(0.61711475548643995, within(1e-13));
  }

  @Test
  void shouldShrinkVarianceToAboutAThirdOfTheWindowWhenFarBeforeIt() {
    // σ = 1e-4/√s, τ_start = 3600 s, 60 samples: v = σ²(τ_start + (n−1)(2n−1)/(6n) s) + O(σ⁴)
    //   = 1e-8·(3600 + 59·119/360) = 3.6195027777777778e-5 (exact with the O(σ⁴) term: 3.6195027787776389e-5)
    double v = FairValue.settlementLogVariance(1e-4, START - 3600 * S, CLOSE, W);
    assertThat(v).isCloseTo(3.6195027787776389e-5, Percentage.withPercentage(1e-9));
    // ≈ σ²(τ_start + w/3) = 1e-8·3620: the discrete samples span 59 s, not 60, hence ~0.5 s less
    assertThat(v).isCloseTo(1e-8 * 3620, within(1e-8 * 1.0));
    // and well below a point settlement at the close (σ²·3660)
    assertThat(v).isLessThan(FairValue.settlementLogVariance(1e-4, START - 3600 * S, CLOSE, 0));
  }

  @Test
  void shouldLowerVarianceWhenTheWindowFills() {
    double before = FairValue.settlementLogVariance(1e-3, START, CLOSE, W);
    double middle = FairValue.settlementLogVariance(1e-3, START + 30 * S, CLOSE, W);
    double late = FairValue.settlementLogVariance(1e-3, START + 59 * S, CLOSE, W);
    // at start: ≈ σ²·19.5 s; at +30 s: 30 random samples at u = 0..29 → ≈ σ²·(29·59/180) = σ²·9.5; at +59 s one
    // sample at u = 0 → 0
    assertThat(before).isCloseTo(1e-6 * 19.503, within(1e-8));
    assertThat(middle).isCloseTo(1e-6 * 29 * 59 / 180.0, within(1e-8));
    assertThat(late).isZero();
  }

  @Test
  void shouldThresholdOnTheRemainingSampleWhenInsideTheWindow() {
    // now = start + 58.5 s: 59 samples known (avg 100), one random sample at start + 59 s, u = 0.5 s.
    // avg > 100.0001 ⇔ S₅₉ > 60·100.0001 − 59·100 = 100.006; σ = 0.001/√s, v = 1e-6·0.5 = 5e-7;
    // Φ((ln(100/100.006) − 2.5e-7)/√5e-7) = Φ(−0.085203821650385500) = 0.46604967619729981
    long now = START + 58_500_000_000L;
    assertThat(FairValue.probabilityYes(GREATER, 100.0001, NAN, 100, 0.001, now, CLOSE, W, 100))
        .isCloseTo(0.46604967619729981, within(1e-10));
  }

  @Test
  void shouldKeepTailPrecisionWhenInsideTheWindowFarFromTheStrike() {
    // as above with K = 100.01: threshold 100.6, Φ((ln(100/100.6) − 2.5e-7)/√5e-7) = 1.3336763551605967e-17
    long now = START + 58_500_000_000L;
    assertThat(FairValue.probabilityYes(GREATER, 100.01, NAN, 100, 0.001, now, CLOSE, W, 100))
        .isCloseTo(1.3336763551605967e-17, Percentage.withPercentage(1e-6));
  }

  @Test
  void shouldReturnCertaintyWhenTheKnownPartAloneDecides() {
    // 59 known at 110: 59·110 = 6490 > 60·100 = 6000, so any positive last sample keeps the average above 100
    long now = START + 58_500_000_000L;
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, 1, 0.01, now, CLOSE, W, 110)).isEqualTo(1.0);
    assertThat(FairValue.probabilityYes(LESS_OR_EQUAL, NAN, 100, 1, 0.01, now, CLOSE, W, 110)).isZero();
    assertThat(FairValue.probabilityYes(BETWEEN, 90, 100, 1, 0.01, now, CLOSE, W, 110)).isZero();
  }

  @Test
  void shouldBeDeterministicWhenAllSamplesAreKnownBeforeTheClose() {
    // now = close − 0.5 s: all 60 samples (the last at close − 1 s) lie before now
    long now = CLOSE - 500_000_000L;
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, 50, 0.01, now, CLOSE, W, 100.5)).isEqualTo(1.0);
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, 500, 0.01, now, CLOSE, W, 99.5)).isZero();
  }

  @Test
  void shouldUseSpotAsTheSampleWhenASampleFallsExactlyOnNow() {
    // now = start + 59 s exactly: 59 known (avg 100), the last sample is now = spot = 100.12;
    // average = (5900 + 100.12)/60 = 100.002 → above 100.001, below 100.003
    long now = START + 59 * S;
    assertThat(FairValue.probabilityYes(GREATER, 100.001, NAN, 100.12, 0.01, now, CLOSE, W, 100)).isEqualTo(1.0);
    assertThat(FairValue.probabilityYes(GREATER, 100.003, NAN, 100.12, 0.01, now, CLOSE, W, 100)).isZero();
  }

  @Test
  void shouldSettleOnTheAverageWhenNowIsAtOrAfterTheClose() {
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, NAN, NAN, CLOSE, CLOSE, W, 100.01)).isEqualTo(1.0);
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, NAN, NAN, CLOSE + S, CLOSE, W, 100)).isZero();
    assertThat(FairValue.probabilityYes(GREATER_OR_EQUAL, 100, NAN, NAN, NAN, CLOSE, CLOSE, W, 100)).isEqualTo(1.0);
    assertThat(FairValue.probabilityYes(LESS, NAN, 100, NAN, NAN, CLOSE, CLOSE, W, 100)).isZero();
    assertThat(FairValue.probabilityYes(LESS_OR_EQUAL, NAN, 100, NAN, NAN, CLOSE, CLOSE, W, 100)).isEqualTo(1.0);
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, 100, 0.01, CLOSE, CLOSE, W, NAN)).isNaN();
  }

  @Test
  void shouldIncludeBothBracketEndsWhenBetweenIsSettled() {
    // Kalshi buckets: floor 61750.0, cap 61999.99 — both ends are YES
    assertThat(FairValue.probabilityYes(BETWEEN, 61750, 61999.99, NAN, NAN, CLOSE, CLOSE, W, 61750)).isEqualTo(1.0);
    assertThat(FairValue.probabilityYes(BETWEEN, 61750, 61999.99, NAN, NAN, CLOSE, CLOSE, W, 61999.99))
        .isEqualTo(1.0);
    assertThat(FairValue.probabilityYes(BETWEEN, 61750, 61999.99, NAN, NAN, CLOSE, CLOSE, W, 62000)).isZero();
    assertThat(FairValue.probabilityYes(BETWEEN, 61750, 61999.99, NAN, NAN, CLOSE, CLOSE, W, 61749.99)).isZero();
  }

  @Test
  void shouldTreatStrictAndInclusiveAliveWhenTheValueIsStillRandom() {
    long now = START - 100 * S;
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, 100, 0.001, now, CLOSE, W, NAN))
        .isEqualTo(FairValue.probabilityYes(GREATER_OR_EQUAL, 100, NAN, 100, 0.001, now, CLOSE, W, NAN));
    assertThat(FairValue.probabilityYes(LESS, NAN, 100, 100, 0.001, now, CLOSE, W, NAN))
        .isEqualTo(FairValue.probabilityYes(LESS_OR_EQUAL, NAN, 100, 100, 0.001, now, CLOSE, W, NAN));
  }

  @Test
  void shouldBeAtTheMoneyBelowOneHalfWhenSpotEqualsStrike() {
    // martingale in price: the median of the settlement is below its mean, so P(avg > S) < 1/2
    double p = FairValue.probabilityYes(GREATER, 100, NAN, 100, 0.001, START - 600 * S, CLOSE, W, NAN);
    assertThat(p).isLessThan(0.5).isGreaterThan(0.49);
  }

  @ParameterizedTest
  @EnumSource(value = StrikeType.class, names = {"FUNCTIONAL", "CUSTOM", "STRUCTURED"})
  void shouldReturnNanWhenStrikeTypeIsNotModelled(StrikeType type) {
    assertThat(FairValue.probabilityYes(type, 100, 110, 100, 0.001, START, CLOSE, W, NAN)).isNaN();
  }

  @Test
  void shouldReturnNanWhenAnInputIsUnusable() {
    long now = START - 100 * S;
    assertThat(FairValue.probabilityYes(null, 100, NAN, 100, 0.001, now, CLOSE, W, NAN)).isNaN();
    assertThat(FairValue.probabilityYes(GREATER, NAN, NAN, 100, 0.001, now, CLOSE, W, NAN)).isNaN();
    assertThat(FairValue.probabilityYes(LESS, 100, NAN, 100, 0.001, now, CLOSE, W, NAN)).isNaN();
    assertThat(FairValue.probabilityYes(BETWEEN, 101, 99, 100, 0.001, now, CLOSE, W, NAN)).isNaN();
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, 0, 0.001, now, CLOSE, W, NAN)).isNaN();
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, -5, 0.001, now, CLOSE, W, NAN)).isNaN();
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, NAN, 0.001, now, CLOSE, W, NAN)).isNaN();
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, 100, 0, now, CLOSE, W, NAN)).isNaN();
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, 100, -0.001, now, CLOSE, W, NAN)).isNaN();
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, 100, NAN, now, CLOSE, W, NAN)).isNaN();
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, 100, Double.POSITIVE_INFINITY, now, CLOSE, W, NAN))
        .isNaN();
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, 100, 0.001, now, CLOSE, -1, NAN)).isNaN();
    // inside the window without the known average
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, 100, 0.001, START + 10 * S, CLOSE, W, NAN)).isNaN();
  }

  @Test
  void shouldIgnoreAverageSoFarWhenNowIsBeforeTheWindow() {
    long now = START - 5 * S;
    assertThat(FairValue.probabilityYes(GREATER, 100, NAN, 100, 0.001, now, CLOSE, W, NAN))
        .isEqualTo(FairValue.probabilityYes(GREATER, 100, NAN, 100, 0.001, now, CLOSE, W, 12345));
  }
}
