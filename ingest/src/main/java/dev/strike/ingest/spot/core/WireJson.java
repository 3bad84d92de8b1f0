package dev.strike.ingest.spot.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strike.common.json.StrikeJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Reads exchange frames with the shared mapper ({@link StrikeJson}) so that decimals stay exactly as written: JSON
 * numbers become {@link BigDecimal}s from their text (the mapper reads floats as decimals) and trailing zeros are
 * kept ({@code 40.0} stays {@code 40.0}, where the tree model would otherwise normalize it to {@code 4E+1}). A
 * missing or ill-typed field throws {@link FrameProblem}, which each parser turns into a
 * {@link FeedMessage.Malformed}. Stateless and thread-safe.
 */
final class WireJson {
  private WireJson() {}

  private static final ObjectReader READER =
      StrikeJson.mapper().reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  private static final int QUOTE_LIMIT = 200;

  /** What was wrong with a frame, for the dead letter. Control flow inside the parsers only; never escapes them. */
  static final class FrameProblem extends Exception {
    private static final long serialVersionUID = 1L;

    FrameProblem(String message) {
      super(message, null, false, false);
    }
  }

  /** The frame as a JSON object. */
  static ObjectNode object(String frame) throws FrameProblem {
    JsonNode node;
    try {
      node = READER.readTree(frame);
    } catch (JsonProcessingException e) {
      throw new FrameProblem("not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new FrameProblem("expected a JSON object, got " + (node == null ? "nothing" : node.getNodeType()));
    }
    return (ObjectNode) node;
  }

  /** The object at {@code field}. */
  static ObjectNode object(JsonNode parent, String field) throws FrameProblem {
    JsonNode node = parent.get(field);
    if (node == null || !node.isObject()) {
      throw new FrameProblem(describe(field, node, "an object"));
    }
    return (ObjectNode) node;
  }

  /** The array at {@code field}. */
  static JsonNode array(JsonNode parent, String field) throws FrameProblem {
    JsonNode node = parent.get(field);
    if (node == null || !node.isArray()) {
      throw new FrameProblem(describe(field, node, "an array"));
    }
    return node;
  }

  /** The string at {@code field}. */
  static String text(JsonNode parent, String field) throws FrameProblem {
    JsonNode node = parent.get(field);
    if (node == null || !node.isTextual()) {
      throw new FrameProblem(describe(field, node, "a string"));
    }
    return node.textValue();
  }

  /** The string at {@code field}, or null if absent, null or not a string. */
  static @Nullable String optionalText(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    return node != null && node.isTextual() ? node.textValue() : null;
  }

  /**
   * The decimal at {@code field}, exactly as written, whether the exchange wrote it as a string ({@code "400.23"})
   * or as a JSON number ({@code 400.23}).
   */
  static BigDecimal decimal(JsonNode parent, String field) throws FrameProblem {
    JsonNode node = parent.get(field);
    if (node != null && node.isNumber()) {
      return node.decimalValue();
    }
    if (node != null && node.isTextual()) {
      String text = node.textValue();
      try {
        return new BigDecimal(text);
      } catch (NumberFormatException e) {
        throw new FrameProblem(field + " is not a decimal: " + quote(text));
      }
    }
    throw new FrameProblem(describe(field, node, "a decimal"));
  }

  /** The whole number at {@code field} (a JSON integer or a string of digits), empty if absent or null. */
  static OptionalLong optionalLong(JsonNode parent, String field) throws FrameProblem {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull()) {
      return OptionalLong.empty();
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return OptionalLong.of(node.longValue());
    }
    if (node.isTextual()) {
      try {
        return OptionalLong.of(Long.parseLong(node.textValue()));
      } catch (NumberFormatException e) {
        throw new FrameProblem(field + " is not a whole number: " + quote(node.textValue()));
      }
    }
    throw new FrameProblem(describe(field, node, "a whole number"));
  }

  /** An RFC 3339 / ISO-8601 UTC time ({@code 2014-11-07T08:19:27.028459Z}) as epoch nanoseconds. */
  static long isoNanos(JsonNode parent, String field) throws FrameProblem {
    String text = text(parent, field);
    Instant instant;
    try {
      instant = Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new FrameProblem(field + " is not an ISO-8601 time: " + quote(text));
    }
    try {
      return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    } catch (ArithmeticException e) {
      throw new FrameProblem(field + " is outside the epoch-nanosecond range: " + quote(text));
    }
  }

  /** Epoch {@code units} (e.g. microseconds: 1000) written as a decimal integer string or number, in nanoseconds. */
  static long scaledNanos(JsonNode parent, String field, long nanosPerUnit) throws FrameProblem {
    OptionalLong value = optionalLong(parent, field);
    if (value.isEmpty()) {
      throw new FrameProblem(field + " is missing");
    }
    try {
      return Math.multiplyExact(value.getAsLong(), nanosPerUnit);
    } catch (ArithmeticException e) {
      throw new FrameProblem(field + " is outside the epoch-nanosecond range: " + value.getAsLong());
    }
  }

  /** Text for a message about a value, cut to a readable length. */
  static String quote(String text) {
    return "'" + (text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "…" : text) + "'";
  }

  private static String describe(String field, @Nullable JsonNode node, String expected) {
    if (node == null) {
      return field + " is missing";
    }
    return field + " must be " + expected + ", got " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
