package dev.strike.common.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.strike.common.json.StrikeJson;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void shouldParseKalshiFeeWhenItHasSixDecimals() {
    assertThat(Money.parse("0.017500").micros()).isEqualTo(17_500L);
  }

  @Test
  void shouldParseNegativeAmountWhenItIsALoss() {
    assertThat(Money.parse("-12.5").micros()).isEqualTo(-12_500_000L);
  }

  @Test
  void shouldFormatTwoDecimalsWhenAmountIsWholeCents() {
    assertThat(Money.parse("-12.5").toDollarString()).isEqualTo("-12.50");
  }

  @Test
  void shouldFormatSignificantDigitsWhenAmountIsBelowACent() {
    assertThat(Money.ofMicros(17_500L).toDollarString()).isEqualTo("0.0175");
  }

  @Test
  void shouldFormatTwoDecimalsWhenAmountIsZero() {
    assertThat(Money.ZERO.toDollarString()).isEqualTo("0.00");
  }

  @Test
  void shouldBuildSameAmountFromCentsAndDollars() {
    assertThat(Money.ofCents(1_000)).isEqualTo(Money.ofDollars(10));
  }

  @Test
  void shouldRejectTextWhenFinerThanAMicroDollar() {
    assertThatThrownBy(() -> Money.parse("0.0000001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount: \"0.0000001\" has more than 6 decimal places and cannot be represented exactly");
  }

  @Test
  void shouldRejectTextWhenItUsesAnExponent() {
    assertThatThrownBy(() -> Money.parse("1e3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount: \"1e3\" not a plain decimal number");
  }

  @Test
  void shouldThrowArithmeticExceptionWhenSumOverflows() {
    assertThatThrownBy(() -> Money.ofMicros(Long.MAX_VALUE).plus(Money.ofMicros(1)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void shouldThrowArithmeticExceptionWhenDifferenceOverflows() {
    assertThatThrownBy(() -> Money.ofMicros(Long.MIN_VALUE).minus(Money.ofMicros(1)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void shouldThrowArithmeticExceptionWhenProductOverflows() {
    assertThatThrownBy(() -> Money.ofDollars(10).times(Long.MAX_VALUE / 2)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void shouldThrowArithmeticExceptionWhenNegatingLongMinValue() {
    assertThatThrownBy(() -> Money.ofMicros(Long.MIN_VALUE).negate()).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void shouldThrowArithmeticExceptionWhenDollarsOverflowMicros() {
    assertThatThrownBy(() -> Money.ofDollars(Long.MAX_VALUE / 100)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void shouldRoundUpToTheCentWhenFeeIsFractional() {
    assertThat(Money.parse("0.017437").roundTo(10_000L, RoundingMode.UP)).isEqualTo(Money.parse("0.02"));
  }

  @Test
  void shouldRoundTowardsPositiveInfinityWhenAmountIsNegativeAndModeIsCeiling() {
    assertThat(Money.parse("-0.0175").roundTo(10_000L, RoundingMode.CEILING)).isEqualTo(Money.parse("-0.01"));
  }

  @Test
  void shouldRejectRoundingStepWhenNotPositive() {
    assertThatThrownBy(() -> Money.ZERO.roundTo(0, RoundingMode.UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rounding step must be positive, got 0");
  }

  @Test
  void shouldShowDollarSignWhenPrinted() {
    assertThat(Money.parse("5.6")).hasToString("$5.60");
  }

  @Test
  void shouldWriteDollarStringWhenSerializedToJson() throws JsonProcessingException {
    assertThat(StrikeJson.mapper().writeValueAsString(Money.parse("-0.017500"))).isEqualTo("\"-0.0175\"");
  }

  @Test
  void shouldReadDollarStringWhenDeserializedFromJson() throws JsonProcessingException {
    assertThat(StrikeJson.mapper().readValue("\"-12.50\"", Money.class)).isEqualTo(Money.ofMicros(-12_500_000L));
  }
}
