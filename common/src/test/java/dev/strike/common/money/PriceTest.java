package dev.strike.common.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.strike.common.json.StrikeJson;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class PriceTest {

  @Test
  void shouldParseKalshiFourDecimalPriceWhenInCents() {
    assertThat(Price.parse("0.5600").micros()).isEqualTo(560_000L);
  }

  @Test
  void shouldParseOneDollarWhenAtTheTopOfTheRange() {
    assertThat(Price.parse("1.0000")).isEqualTo(Price.ONE);
  }

  @Test
  void shouldParseDeciCentPriceWhenOnATaperedGrid() {
    assertThat(Price.parse("0.0010").micros()).isEqualTo(1_000L);
  }

  @Test
  void shouldParseSixDecimalPriceWhenFinerThanATick() {
    assertThat(Price.parse("0.012345").micros()).isEqualTo(12_345L);
  }

  @Test
  void shouldParseTwoDecimalPriceWhenRequestStyle() {
    assertThat(Price.parse("0.56")).isEqualTo(Price.ofCents(56));
  }

  @Test
  void shouldFormatFourDecimalsWhenPriceIsWholeCents() {
    assertThat(Price.ofMicros(560_000L).toDollarString()).isEqualTo("0.5600");
  }

  @Test
  void shouldFormatSixDecimalsWhenPriceIsFinerThanAHundredthOfACent() {
    assertThat(Price.ofMicros(12_345L).toDollarString()).isEqualTo("0.012345");
  }

  @Test
  void shouldRejectTextWhenAboveOneDollar() {
    assertThatThrownBy(() -> Price.parse("1.0001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price: \"1.0001\" is above $1");
  }

  @Test
  void shouldRejectTextWhenNegative() {
    assertThatThrownBy(() -> Price.parse("-0.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price: \"-0.01\" must not be negative");
  }

  @Test
  void shouldRejectTextWhenFinerThanAMicroDollar() {
    assertThatThrownBy(() -> Price.parse("0.5600001"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot be represented exactly");
  }

  @Test
  void shouldRejectMicrosWhenAboveOneDollar() {
    assertThatThrownBy(() -> Price.ofMicros(1_000_001L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price must be within $0 and $1 (0 to 1,000,000 micro-dollars), got 1000001 micro-dollars");
  }

  @Test
  void shouldRejectMicrosWhenNegative() {
    assertThatThrownBy(() -> Price.ofMicros(-1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got -1 micro-dollars");
  }

  @Test
  void shouldRejectCentsWhenAboveOneHundred() {
    assertThatThrownBy(() -> Price.ofCents(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price must be within 0 and 100 cents, got 101");
  }

  @Test
  void shouldComplementYesPriceIntoNoPrice() {
    assertThat(Price.parse("0.4700").complement()).isEqualTo(Price.parse("0.5300"));
  }

  @Test
  void shouldRejectSumWhenAboveOneDollar() {
    assertThatThrownBy(() -> Price.ofCents(60).plus(Price.ofCents(50)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 1100000 micro-dollars");
  }

  @Test
  void shouldRejectDifferenceWhenBelowZero() {
    assertThatThrownBy(() -> Price.ofCents(40).minus(Price.ofCents(50)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got -100000 micro-dollars");
  }

  @Test
  void shouldComputeNotionalExactlyWhenPriceIsWholeCents() {
    Money notional = Price.ofMicros(560_000L).notional(Qty.parse("10.00"));

    assertThat(notional).isEqualTo(Money.parse("5.60"));
  }

  @Test
  void shouldComputeNotionalExactlyWhenQuantityIsFractional() {
    assertThat(Price.parse("0.5600").notional(Qty.parse("1.55"))).isEqualTo(Money.ofMicros(868_000L));
  }

  @Test
  void shouldThrowWhenNotionalHasAFractionOfAMicroDollar() {
    Price fine = Price.ofMicros(12_345L);

    assertThatThrownBy(() -> fine.notional(Qty.ofHundredths(1)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("is not exact");
  }

  @Test
  void shouldRoundNotionalUpWhenRoundingModeIsUp() {
    assertThat(Price.ofMicros(12_345L).notional(Qty.ofHundredths(1), RoundingMode.UP))
        .isEqualTo(Money.ofMicros(124L));
  }

  @Test
  void shouldRoundNotionalDownWhenRoundingModeIsDown() {
    assertThat(Price.ofMicros(12_345L).notional(Qty.ofHundredths(1), RoundingMode.DOWN))
        .isEqualTo(Money.ofMicros(123L));
  }

  @Test
  void shouldThrowArithmeticExceptionWhenNotionalOverflows() {
    assertThatThrownBy(() -> Price.ONE.notional(Qty.ofHundredths(Long.MAX_VALUE)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void shouldOrderByMicrosWhenCompared() {
    assertThat(Price.ofCents(47)).isLessThan(Price.ofCents(53));
  }

  @Test
  void shouldWriteKalshiDollarStringWhenSerializedToJson() throws JsonProcessingException {
    assertThat(StrikeJson.mapper().writeValueAsString(Price.ofCents(56))).isEqualTo("\"0.5600\"");
  }

  @Test
  void shouldReadDollarStringWhenDeserializedFromJson() throws JsonProcessingException {
    assertThat(StrikeJson.mapper().readValue("\"0.012345\"", Price.class)).isEqualTo(Price.ofMicros(12_345L));
  }

  @Test
  void shouldRejectJsonWhenPriceIsAboveOneDollar() {
    assertThatThrownBy(() -> StrikeJson.mapper().readValue("\"1.5\"", Price.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("is above $1");
  }
}
