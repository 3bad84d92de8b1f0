package dev.strike.common.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.strike.common.json.StrikeJson;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The validation every string-valued typed id shares, run against each of them. */
class TypedIdTest {

  static Stream<Arguments> ids() {
    return Stream.of(
        id("account id", AccountId::of, AccountId.class),
        id("alert id", AlertId::of, AlertId.class),
        id("client order id", ClientOrderId::of, ClientOrderId.class),
        id("command id", CommandId::of, CommandId.class),
        id("event ticker", EventTicker::of, EventTicker.class),
        id("intent id", IntentId::of, IntentId.class),
        id("market ticker", MarketTicker::of, MarketTicker.class),
        id("series ticker", SeriesTicker::of, SeriesTicker.class),
        id("signal id", SignalId::of, SignalId.class),
        id("source id", SourceId::of, SourceId.class),
        id("strategy id", StrategyId::of, StrategyId.class),
        id("trade id", TradeId::of, TradeId.class),
        id("venue order id", VenueOrderId::of, VenueOrderId.class));
  }

  private static Arguments id(String kind, Function<String, Object> factory, Class<?> type) {
    return Arguments.of(kind, factory, type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void shouldRejectNullWhenCreatingTheId(String kind, Function<String, Object> factory, Class<?> type) {
    assertThatThrownBy(() -> factory.apply(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(kind + " must not be null");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void shouldRejectEmptyTextWhenCreatingTheId(String kind, Function<String, Object> factory, Class<?> type) {
    assertThatThrownBy(() -> factory.apply(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(kind + " must not be empty");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void shouldRejectBlankTextWhenCreatingTheId(String kind, Function<String, Object> factory, Class<?> type) {
    assertThatThrownBy(() -> factory.apply("   "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(kind + " must not contain whitespace or control characters: \"   \"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void shouldRejectInnerWhitespaceWhenCreatingTheId(String kind, Function<String, Object> factory, Class<?> type) {
    assertThatThrownBy(() -> factory.apply("KXBTC15M 26AUG171330"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(kind + " must not contain whitespace or control characters");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void shouldRejectTrailingNewlineWhenCreatingTheId(String kind, Function<String, Object> factory, Class<?> type) {
    assertThatThrownBy(() -> factory.apply("KXBTC15M\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(kind + " must not contain whitespace or control characters");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void shouldRejectNonBreakingSpaceWhenCreatingTheId(String kind, Function<String, Object> factory, Class<?> type) {
    assertThatThrownBy(() -> factory.apply("KXBTC15M\u00a0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(kind + " must not contain whitespace or control characters");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void shouldRejectC1ControlCharacterWhenCreatingTheId(String kind, Function<String, Object> factory,
      Class<?> type) {
    assertThatThrownBy(() -> factory.apply("KXBTC15M\u0085"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(kind + " must not contain whitespace or control characters");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void shouldRejectTextWhenLongerThan128Characters(String kind, Function<String, Object> factory, Class<?> type) {
    assertThatThrownBy(() -> factory.apply("x".repeat(129)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(kind + " must be at most 128 characters, got 129");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void shouldAcceptTextWhen128CharactersLong(String kind, Function<String, Object> factory, Class<?> type) {
    assertThat(factory.apply("x".repeat(128))).hasToString("x".repeat(128));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void shouldWritePlainJsonStringWhenSerialized(String kind, Function<String, Object> factory, Class<?> type)
      throws JsonProcessingException {
    assertThat(StrikeJson.mapper().writeValueAsString(factory.apply("KXBTC15M-26AUG171330-30")))
        .isEqualTo("\"KXBTC15M-26AUG171330-30\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ids")
  void shouldReadPlainJsonStringWhenDeserialized(String kind, Function<String, Object> factory, Class<?> type)
      throws JsonProcessingException {
    assertThat(StrikeJson.mapper().readValue("\"KXBTC15M-26AUG171330-30\"", type))
        .isEqualTo(factory.apply("KXBTC15M-26AUG171330-30"));
  }
}
