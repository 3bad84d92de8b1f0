package dev.strike.common.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.strike.common.json.StrikeJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssetTest {

  @ParameterizedTest
  @ValueSource(strings = {"BTC", "ETH", "SOL", "1INCH", "XY", "ABCDEFGHIJ"})
  void shouldAcceptSymbolWhenTwoToTenUpperCaseLettersOrDigits(String symbol) {
    assertThat(Asset.of(symbol).symbol()).isEqualTo(symbol);
  }

  @ParameterizedTest
  @ValueSource(strings = {"btc", "Btc", "B", "ABCDEFGHIJK", "BTC-USD", "BTC/USD", "ÉTH"})
  void shouldRejectSymbolWhenNotTwoToTenUpperCaseLettersOrDigits(String symbol) {
    assertThatThrownBy(() -> Asset.of(symbol))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("asset must be 2–10 upper-case letters or digits, got \"" + symbol + "\"");
  }

  @Test
  void shouldRejectSymbolWhenItContainsWhitespace() {
    assertThatThrownBy(() -> Asset.of("BT C"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("asset must not contain whitespace");
  }

  @Test
  void shouldRejectSymbolWhenNull() {
    assertThatThrownBy(() -> Asset.of(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("asset must not be null");
  }

  @Test
  void shouldOrderAlphabeticallyWhenCompared() {
    assertThat(Asset.of("BTC")).isLessThan(Asset.of("ETH"));
  }

  @Test
  void shouldWritePlainJsonStringWhenSerialized() throws JsonProcessingException {
    assertThat(StrikeJson.mapper().writeValueAsString(Asset.of("BTC"))).isEqualTo("\"BTC\"");
  }

  @Test
  void shouldRejectJsonWhenSymbolIsLowerCase() {
    assertThatThrownBy(() -> StrikeJson.mapper().readValue("\"btc\"", Asset.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("asset must be 2–10 upper-case letters or digits");
  }
}
