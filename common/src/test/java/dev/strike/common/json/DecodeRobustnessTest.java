package dev.strike.common.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.DenialReason;
import dev.strike.common.event.EventSamples;
import dev.strike.common.event.StrikeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What readers do with JSON that is not exactly what we write: additions are ignored (schema changes are
 * additive), anything else is a {@link DecodeException} that says which field and why, so the record goes to the
 * dead-letter topic with a reason an operator can act on.
 */
class DecodeRobustnessTest {
  private static final JsonCodec<StrikeEvent> EVENTS = JsonCodec.of(StrikeEvent.class);
  private static final JsonCodec<DenialReason> REASONS = JsonCodec.of(DenialReason.class);

  /** The JSON of {@code event} after {@code edit}. */
  private static byte[] edited(StrikeEvent event, Consumer<ObjectNode> edit) {
    try {
      ObjectNode json = (ObjectNode) StrikeJson.mapper().readTree(EVENTS.encode(event));
      edit.accept(json);
      return StrikeJson.mapper().writeValueAsBytes(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void shouldIgnoreUnknownFieldWhenDecoding() {
    byte[] json = edited(EventSamples.bookDelta(), root -> root.put("venueLatencyUs", 412));

    assertThat(EVENTS.decode(json)).isEqualTo(EventSamples.bookDelta());
  }

  @Test
  void shouldIgnoreUnknownObjectFieldWhenDecoding() {
    byte[] json = edited(EventSamples.fill(), root -> root.putObject("venueMeta").put("subaccount", 0));

    assertThat(EVENTS.decode(json)).isEqualTo(EventSamples.fill());
  }

  @Test
  void shouldIgnoreUnknownFieldInANestedRecordWhenDecoding() {
    byte[] json = edited(EventSamples.orderApproved(), root -> ((ObjectNode) root.get("intent")).put("iceberg", true));

    assertThat(EVENTS.decode(json)).isEqualTo(EventSamples.orderApproved());
  }

  @Test
  void shouldIgnoreUnknownFieldInABookLevelWhenDecoding() {
    byte[] json = edited(EventSamples.bookSnapshot(),
        root -> ((ObjectNode) ((ArrayNode) root.get("yesBids")).get(0)).put("orders", 3));

    assertThat(EVENTS.decode(json)).isEqualTo(EventSamples.bookSnapshot());
  }

  @Test
  void shouldIgnoreUnknownFieldInADenialReasonWhenDecoding() {
    byte[] json = edited(EventSamples.orderDenied(),
        root -> ((ObjectNode) ((ArrayNode) root.get("reasons")).get(0)).put("edgeBps", 62));

    assertThat(EVENTS.decode(json)).isEqualTo(EventSamples.orderDenied());
  }

  @Test
  void shouldDecodeWhenFieldsComeInAnotherOrder() {
    byte[] json = utf8("{\"tsInit\":1786987269120761902,\"qty\":\"10.00\",\"ticker\":\"KXBTC15M-26AUG171330-30\","
        + "\"blockTrade\":false,\"takerSide\":\"yes\",\"yesPrice\":\"0.4700\",\"tsEvent\":1786987269118000000,"
        + "\"tradeId\":\"d91bc706-ee49-470d-82d8-11418bda6fed\",\"type\":\"MarketTrade\",\"schemaVersion\":1}");

    assertThat(EVENTS.decode(json)).isEqualTo(EventSamples.marketTrade());
  }

  @Test
  void shouldDecodeWhenSchemaVersionIsNewer() {
    byte[] json = edited(EventSamples.marketTrade(), root -> root.put("schemaVersion", 2));

    assertThat(EVENTS.decode(json)).isEqualTo(EventSamples.marketTrade());
  }

  @Test
  void shouldRejectUnknownTypeWhenDecoding() {
    byte[] json = edited(EventSamples.fill(), root -> root.put("type", "OrderFilled"));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("Could not resolve type id 'OrderFilled'");
  }

  @Test
  void shouldRejectDenialReasonTypeWhenDecodingAnEvent() {
    byte[] json = utf8("{\"type\":\"EdgeBelowMinimum\",\"edge\":\"0.0062\",\"minEdge\":\"0.015\"}");

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("Could not resolve type id 'EdgeBelowMinimum'");
  }

  @Test
  void shouldRejectEventOfAnotherFamilyWhenDecodingWithAFamilyCodec() {
    byte[] fill = EVENTS.encode(EventSamples.fill());

    assertThatThrownBy(() -> JsonCodec.of(BookEvent.class).decode(fill))
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith("cannot decode BookEvent")
        .hasMessageContaining("Could not resolve type id 'Fill'");
  }

  @Test
  void shouldRejectMissingTypeWhenDecoding() {
    byte[] json = edited(EventSamples.bookGap(), root -> root.remove("type"));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("missing type id property 'type'");
  }

  @Test
  void shouldNameTheFieldWhenALongIsMissing() {
    byte[] json = edited(EventSamples.bookDelta(), root -> root.remove("tsEvent"));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith("cannot decode StrikeEvent at tsEvent:");
  }

  @Test
  void shouldNameTheFieldWhenALongIsNull() {
    byte[] json = edited(EventSamples.bookDelta(), root -> root.putNull("sid"));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith("cannot decode StrikeEvent at sid:");
  }

  @Test
  void shouldNameTheFieldWhenABooleanIsMissing() {
    byte[] json = edited(EventSamples.marketTrade(), root -> root.remove("blockTrade"));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith("cannot decode StrikeEvent at blockTrade:");
  }

  @Test
  void shouldNameThePathWhenAPrimitiveInsideAListIsMissing() {
    byte[] json = utf8("{\"type\":\"OrderDenied\",\"signalId\":\"s\",\"strategy\":\"fair-value-edge\","
        + "\"ticker\":\"KXBTC15M-26AUG171330-30\",\"side\":\"yes\",\"action\":\"buy\","
        + "\"reasons\":[{\"type\":\"MaxConcurrentPositionsReached\",\"limit\":5}],\"tsEvent\":1,\"tsInit\":2}");

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith("cannot decode StrikeEvent at reasons[0].open:");
  }

  @Test
  void shouldNameTheFieldWhenAnEnumValueIsUnknown() {
    byte[] json = edited(EventSamples.bookDelta(), root -> root.put("side", "maybe"));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith("cannot decode StrikeEvent at side:")
        .hasMessageContaining("\"maybe\"");
  }

  @Test
  void shouldAcceptUpperCaseEnumWhenDecoding() {
    byte[] json = edited(EventSamples.bookDelta(), root -> root.put("side", "NO"));

    assertThat(EVENTS.decode(json)).isEqualTo(EventSamples.bookDelta());
  }

  @Test
  void shouldRejectFractionalNumberWhenFieldIsALong() {
    byte[] json = edited(EventSamples.bookDelta(), root -> root.put("deltaHundredths", -999.5));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith("cannot decode StrikeEvent at deltaHundredths:");
  }

  @Test
  void shouldRejectNumberWhenItIsOutOfTheLongRange() {
    byte[] json = utf8(new String(EVENTS.encode(EventSamples.bookGap()), StandardCharsets.UTF_8)
        .replace("\"sid\":1,", "\"sid\":9223372036854775808,"));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith("cannot decode StrikeEvent at sid:")
        .hasMessageContaining("out of range");
  }

  @Test
  void shouldRejectPriceWhenWrittenAsAJsonNumber() {
    byte[] json = edited(EventSamples.bookDelta(), root -> root.put("price", 0.53));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith("cannot decode StrikeEvent at price:");
  }

  @Test
  void shouldGiveThePriceReasonWhenAPriceIsAboveOneDollar() {
    byte[] json = edited(EventSamples.bookDelta(), root -> root.put("price", "1.5300"));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("price: \"1.5300\" is above $1");
  }

  @Test
  void shouldGiveTheQuantityReasonWhenAQuantityHasThreeDecimals() {
    byte[] json = edited(EventSamples.marketTrade(), root -> root.put("qty", "10.005"));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("quantity: \"10.005\" has more than 2 decimal places");
  }

  @Test
  void shouldGiveTheRecordReasonWhenSidIsNegative() {
    byte[] json = edited(EventSamples.bookDelta(), root -> root.put("sid", -1));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessage("invalid StrikeEvent: sid must not be negative, got -1");
  }

  @Test
  void shouldGiveTheRecordReasonWhenProbabilityIsAboveOne() {
    byte[] json = edited(EventSamples.signal(), root -> root.put("modelProbability", 1.5));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessage("invalid StrikeEvent: modelProbability must be a finite number within [0, 1], got 1.5");
  }

  @Test
  void shouldGiveTheRecordReasonWhenConfidenceOfADenialIsAboveOne() {
    byte[] json = utf8("{\"type\":\"ConfidenceBelowMinimum\",\"confidence\":1.5,\"minConfidence\":0.6}");

    assertThatThrownBy(() -> REASONS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessage("invalid DenialReason: confidence must be a finite number within [0, 1], got 1.5");
  }

  @Test
  void shouldGiveTheRecordReasonWhenBookLevelsAreUnsorted() {
    byte[] json = edited(EventSamples.bookSnapshot(), root -> {
      ArrayNode bids = (ArrayNode) root.get("yesBids");
      bids.add(bids.remove(0)); // 0.44, 0.45, 0.43
    });

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessage("invalid StrikeEvent: yesBids must be strictly ascending by price: $0.4500 then $0.4300");
  }

  @Test
  void shouldGiveTheRecordReasonWhenClientOrderIdIsNotDerivedFromTheIntent() {
    byte[] json = edited(EventSamples.orderApproved(),
        root -> ((ObjectNode) root.get("intent")).put("clientOrderId", "6f9c1d7e-0000-5000-8000-000000000000"));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith("invalid StrikeEvent: clientOrderId 6f9c1d7e-0000-5000-8000-000000000000 is not derived"
            + " from intent " + EventSamples.INTENT_ID);
  }

  @Test
  void shouldGiveTheRecordReasonWhenARequiredObjectIsMissing() {
    byte[] json = edited(EventSamples.bookDelta(), root -> root.remove("ticker"));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessage("invalid StrikeEvent: ticker is required");
  }

  @Test
  void shouldGiveTheRecordReasonWhenADenialHasNoReasons() {
    byte[] json = edited(EventSamples.orderDenied(), root -> root.putArray("reasons"));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessage("invalid StrikeEvent: a denial needs at least one reason");
  }

  @Test
  void shouldGiveTheIdReasonWhenATickerContainsWhitespace() {
    byte[] json = edited(EventSamples.bookDelta(), root -> root.put("ticker", "KXBTC15M 26AUG171330-30"));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("market ticker must not contain whitespace or control characters");
  }

  @Test
  void shouldRejectNaNWhenDecoding() {
    byte[] json = utf8(new String(EVENTS.encode(EventSamples.signal()), StandardCharsets.UTF_8)
        .replace("\"modelProbability\":0.5412", "\"modelProbability\":NaN"));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("Non-standard token 'NaN'");
  }

  @Test
  void shouldRejectTrailingContentWhenDecoding() {
    byte[] json = utf8(new String(EVENTS.encode(EventSamples.bookGap()), StandardCharsets.UTF_8) + "{}");

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("Trailing token");
  }

  @Test
  void shouldRejectTruncatedJsonWhenDecoding() {
    byte[] whole = EVENTS.encode(EventSamples.bookGap());
    byte[] json = Arrays.copyOf(whole, whole.length - 1);

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("Unexpected end-of-input");
  }

  @Test
  void shouldRejectEmptyInputWhenDecoding() {
    assertThatThrownBy(() -> EVENTS.decode(new byte[0])).isInstanceOf(DecodeException.class);
  }

  @Test
  void shouldRejectNullInputWhenDecoding() {
    assertThatThrownBy(() -> EVENTS.decode(null))
        .isInstanceOf(DecodeException.class)
        .hasMessage("no value (null record value) for StrikeEvent");
  }

  @Test
  void shouldKeepTheJacksonErrorAsCauseWhenDecodingFails() {
    byte[] json = edited(EventSamples.bookDelta(), root -> root.put("sid", -1));

    assertThatThrownBy(() -> EVENTS.decode(json))
        .isInstanceOf(DecodeException.class)
        .hasCauseInstanceOf(JsonProcessingException.class);
  }
}
