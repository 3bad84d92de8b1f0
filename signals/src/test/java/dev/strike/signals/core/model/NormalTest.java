package dev.strike.signals.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Offset.offset;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NormalTest {

  // Reference values from mpmath.ncdf at 30 significant digits (rounded to 17 here).
  @ParameterizedTest
  @CsvSource({
    "-1, 0.15865525393145705",
    "1.96, 0.97500210485177956",
    "-8, 6.2209605742717841e-16",
    "0, 0.5",
    "0.5, 0.69146246127401310",
    "-0.6744, 0.25002852137294061",
    "0.6745, 0.75000325713630083",
    "-2, 0.022750131948179207",
    "-3, 0.0013498980316300945",
    "-5.6, 1.0717590258310929e-8",
    "-5.7, 5.9903714010635282e-9",
    "-10, 7.6198530241605261e-24",
    "-20, 2.7536241186062337e-89",
    "-37, 5.7255712225245768e-300",
    "3, 0.99865010196836991",
    "2.5, 0.99379033467422386",
    "-1e-9, 0.49999999960105772"
  })
  void shouldMatchReferenceValuesToRelativeAccuracyWhenEvaluatedAcrossTheRange(double x, double expected) {
    assertThat(Normal.cdf(x)).isCloseTo(expected, Percentage.withPercentage(1e-11));
  }

  @Test
  void shouldKeepUpperTailRelativePrecisionWhenComplementaryIsUsed() {
    // 1 − Φ(8) = Φ(−8) = 6.2209605742717841e-16; via 1 − cdf(8) only ~1e-16 absolute would survive
    assertThat(Normal.complementary(8)).isCloseTo(6.2209605742717841e-16, Percentage.withPercentage(1e-11));
  }

  @Test
  void shouldSaturateWithoutNanWhenArgumentIsInfiniteOrHuge() {
    assertThat(Normal.cdf(Double.NEGATIVE_INFINITY)).isZero();
    assertThat(Normal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
    assertThat(Normal.cdf(-1e300)).isZero();
    assertThat(Normal.cdf(40)).isEqualTo(1.0);
    assertThat(Normal.cdf(Double.NaN)).isNaN();
  }

  @Test
  void shouldSumToOneWhenCdfOfXAndMinusXAreAdded() {
    for (double x = -9; x <= 9; x += 0.037) {
      assertThat(Normal.cdf(x) + Normal.cdf(-x)).as("x=%s", x).isCloseTo(1.0, within(1e-15));
    }
  }

  @Test
  void shouldBeNonDecreasingWhenArgumentGrows() {
    double previous = 0;
    for (double x = -40; x <= 10; x += 0.0007) {
      double p = Normal.cdf(x);
      assertThat(p).as("x=%s", x).isGreaterThanOrEqualTo(previous);
      previous = p;
    }
  }

  @Test
  void shouldGiveDensityPeakWhenAtZero() {
    // φ(0) = 1/√(2π) = 0.3989422804014327
    assertThat(Normal.pdf(0)).isCloseTo(0.3989422804014327, offset(1e-16));
  }
}
