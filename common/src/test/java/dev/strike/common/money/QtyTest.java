package dev.strike.common.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.strike.common.json.StrikeJson;
import org.junit.jupiter.api.Test;

class QtyTest {

  @Test
  void shouldParseKalshiCountWhenItHasTwoDecimals() {
    assertThat(Qty.parse("10.00").hundredths()).isEqualTo(1_000L);
  }

  @Test
  void shouldParseWholeCountWhenItHasNoDecimals() {
    assertThat(Qty.parse("10")).isEqualTo(Qty.ofContracts(10));
  }

  @Test
  void shouldParseFractionalCountAsHundredths() {
    assertThat(Qty.parse("1.55").hundredths()).isEqualTo(155L);
  }

  @Test
  void shouldFormatTwoDecimalsWhenCountIsWhole() {
    assertThat(Qty.ofContracts(10).toContractString()).isEqualTo("10.00");
  }

  @Test
  void shouldFormatTwoDecimalsWhenCountIsBelowOneContract() {
    assertThat(Qty.ofHundredths(5).toContractString()).isEqualTo("0.05");
  }

  @Test
  void shouldRejectTextWhenNegative() {
    assertThatThrownBy(() -> Qty.parse("-1.00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity: \"-1.00\" must not be negative");
  }

  @Test
  void shouldRejectTextWhenFinerThanAHundredth() {
    assertThatThrownBy(() -> Qty.parse("1.555"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity: \"1.555\" has more than 2 decimal places and cannot be represented exactly");
  }

  @Test
  void shouldRejectHundredthsWhenNegative() {
    assertThatThrownBy(() -> Qty.ofHundredths(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity must not be negative, got -1 hundredths");
  }

  @Test
  void shouldRejectDifferenceWhenItWouldBeNegative() {
    assertThatThrownBy(() -> Qty.ofContracts(1).minus(Qty.ofContracts(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not be negative");
  }

  @Test
  void shouldThrowArithmeticExceptionWhenSumOverflows() {
    assertThatThrownBy(() -> Qty.ofHundredths(Long.MAX_VALUE).plus(Qty.ofHundredths(1)))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void shouldThrowArithmeticExceptionWhenContractsOverflowHundredths() {
    assertThatThrownBy(() -> Qty.ofContracts(Long.MAX_VALUE / 10)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void shouldWriteKalshiCountStringWhenSerializedToJson() throws JsonProcessingException {
    assertThat(StrikeJson.mapper().writeValueAsString(Qty.parse("95.5"))).isEqualTo("\"95.50\"");
  }

  @Test
  void shouldReadCountStringWhenDeserializedFromJson() throws JsonProcessingException {
    assertThat(StrikeJson.mapper().readValue("\"10.00\"", Qty.class)).isEqualTo(Qty.ofContracts(10));
  }
}
