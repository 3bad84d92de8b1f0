package dev.strike.common.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FixedPointTest {

  @Test
  void shouldParseKalshiPriceWhenScaleIsSix() {
    assertThat(FixedPoint.parse("0.5600", 6, false, "price")).isEqualTo(560_000L);
  }

  @Test
  void shouldPadFractionWhenTextHasNoDecimalPoint() {
    assertThat(FixedPoint.parse("10", 2, false, "quantity")).isEqualTo(1_000L);
  }

  @Test
  void shouldAcceptTrailingZerosWhenTheyGoBeyondTheScale() {
    assertThat(FixedPoint.parse("0.560000", 4, false, "price")).isEqualTo(5_600L);
  }

  @Test
  void shouldParseNegativeValueWhenNegativesAreAllowed() {
    assertThat(FixedPoint.parse("-12.5", 6, true, "amount")).isEqualTo(-12_500_000L);
  }

  @Test
  void shouldParseLeadingZerosWhenPresent() {
    assertThat(FixedPoint.parse("007.50", 2, false, "quantity")).isEqualTo(750L);
  }

  @Test
  void shouldParseLongMaxValueWhenItFitsExactly() {
    assertThat(FixedPoint.parse("9223372036854.775807", 6, true, "amount")).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void shouldParseLongMinValueWhenItFitsExactly() {
    assertThat(FixedPoint.parse("-9223372036854.775808", 6, true, "amount")).isEqualTo(Long.MIN_VALUE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-2", "1E2", "+1", " 1", "1 ", "1.", ".5", "", "-", "--1", "1,000", "1.2.3", "0x10",
      "1_000", "١"})
  void shouldRejectTextWhenItIsNotAPlainDecimal(String text) {
    assertThatThrownBy(() -> FixedPoint.parse(text, 6, true, "price"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("price: \"" + text + "\"");
  }

  @Test
  void shouldRejectNegativeValueWhenNegativesAreNotAllowed() {
    assertThatThrownBy(() -> FixedPoint.parse("-0.1", 6, false, "price"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price: \"-0.1\" must not be negative");
  }

  @Test
  void shouldRejectValueWhenItHasMoreDecimalPlacesThanTheScale() {
    assertThatThrownBy(() -> FixedPoint.parse("0.1234567", 6, false, "price"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price: \"0.1234567\" has more than 6 decimal places and cannot be represented exactly");
  }

  @Test
  void shouldRejectValueWhenItIsAboveTheLongRange() {
    assertThatThrownBy(() -> FixedPoint.parse("9223372036854775808", 0, false, "offset"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset: \"9223372036854775808\" out of range");
  }

  @Test
  void shouldRejectValueWhenScalingOverflows() {
    assertThatThrownBy(() -> FixedPoint.parse("9223372036854.775808", 6, true, "amount"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
  }

  @Test
  void shouldRejectValueWhenItIsBelowTheLongRange() {
    assertThatThrownBy(() -> FixedPoint.parse("-9223372036854.775809", 6, true, "amount"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of range");
  }

  @Test
  void shouldNameTheFieldWhenTextIsNull() {
    assertThatThrownBy(() -> FixedPoint.parse(null, 6, false, "price"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price: missing value (null)");
  }

  @Test
  void shouldFormatWithMinimumFractionDigitsWhenValueIsWholeCents() {
    assertThat(FixedPoint.format(560_000L, 6, 4)).isEqualTo("0.5600");
  }

  @Test
  void shouldFormatEverySignificantDigitWhenValueIsFinerThanTheMinimum() {
    assertThat(FixedPoint.format(12_345L, 6, 4)).isEqualTo("0.012345");
  }

  @Test
  void shouldFormatNegativeFractionWhenIntegerPartIsZero() {
    assertThat(FixedPoint.format(-17_500L, 6, 2)).isEqualTo("-0.0175");
  }

  @Test
  void shouldFormatWithoutDecimalPointWhenNoFractionDigitsAreRequired() {
    assertThat(FixedPoint.format(10_000_000L, 6, 0)).isEqualTo("10");
  }

  @Test
  void shouldFormatLongMinValueWhenScaleIsZero() {
    assertThat(FixedPoint.format(Long.MIN_VALUE, 0, 0)).isEqualTo("-9223372036854775808");
  }

  @Test
  void shouldRejectFormatWhenMinimumFractionDigitsExceedTheScale() {
    assertThatThrownBy(() -> FixedPoint.format(1L, 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min fraction digits 3");
  }

  @Test
  void shouldRoundHalfToEvenWhenQuotientIsOdd() {
    assertThat(FixedPoint.divide(7, 2, RoundingMode.HALF_EVEN)).isEqualTo(4);
  }

  @Test
  void shouldRoundHalfToEvenWhenQuotientIsEven() {
    assertThat(FixedPoint.divide(5, 2, RoundingMode.HALF_EVEN)).isEqualTo(2);
  }

  @Test
  void shouldRoundTowardsNegativeInfinityWhenModeIsFloor() {
    assertThat(FixedPoint.divide(-7, 2, RoundingMode.FLOOR)).isEqualTo(-4);
  }

  @Test
  void shouldRoundAwayFromZeroWhenModeIsUpAndResultIsNegative() {
    assertThat(FixedPoint.divide(7, -2, RoundingMode.UP)).isEqualTo(-4);
  }

  @Test
  void shouldReturnQuotientWhenModeIsUnnecessaryAndDivisionIsExact() {
    assertThat(FixedPoint.divide(-6, 2, RoundingMode.UNNECESSARY)).isEqualTo(-3);
  }

  @Test
  void shouldThrowWhenModeIsUnnecessaryAndDivisionIsInexact() {
    assertThatThrownBy(() -> FixedPoint.divide(7, 2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("7 / 2 is not exact");
  }

  @Test
  void shouldThrowWhenQuotientOverflows() {
    assertThatThrownBy(() -> FixedPoint.divide(Long.MIN_VALUE, -1, RoundingMode.DOWN))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void shouldRoundHalfUpWhenDivisorIsNearLongMax() {
    assertThat(FixedPoint.divide(Long.MAX_VALUE - 1, Long.MAX_VALUE, RoundingMode.HALF_UP)).isEqualTo(1);
  }

  @Test
  void shouldThrowWhenDivisorIsZero() {
    assertThatThrownBy(() -> FixedPoint.divide(1, 0, RoundingMode.DOWN)).isInstanceOf(ArithmeticException.class);
  }
}
