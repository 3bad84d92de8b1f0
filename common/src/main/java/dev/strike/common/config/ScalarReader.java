package dev.strike.common.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.json.StrikeJson;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns one YAML or override value into a scalar of the wanted type, strictly: an integer key refuses {@code 3.5},
 * a boolean key refuses {@code maybe}, and the refusal says what was expected and what was given. Values from the
 * environment and the command line arrive as text and are read exactly like text in the file. Stateless.
 */
final class ScalarReader {
  private ScalarReader() {}

  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+(_\\d+)*");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  /** A read value, or why there is none. Exactly one of the two is set. */
  record Read(@Nullable Object value, @Nullable String problem) {
    static Read ok(Object value) {
      return new Read(value, null);
    }

    static Read bad(String problem) {
      return new Read(null, problem);
    }
  }

  /** Reads {@code node} (present, not null) as a value of {@code shape}. */
  static Read read(ConfigShape.Scalar shape, JsonNode node) {
    if (node.isContainerNode()) {
      return expected(shape, node);
    }
    return switch (shape.kind()) {
      case STRING -> Read.ok(text(node));
      case INT -> integer(node, INT_MIN, INT_MAX).map(v -> Read.ok(v.intValueExact()))
          .orElseGet(() -> outOfRange(shape, node, INT_MIN, INT_MAX));
      case LONG -> integer(node, LONG_MIN, LONG_MAX).map(v -> Read.ok(v.longValueExact()))
          .orElseGet(() -> outOfRange(shape, node, LONG_MIN, LONG_MAX));
      case BOOLEAN -> bool(shape, node);
      case DOUBLE -> decimal(node).filter(d -> Double.isFinite(d.doubleValue()))
          .map(d -> Read.ok(d.doubleValue())).orElseGet(() -> expected(shape, node));
      case DECIMAL -> decimal(node).map(Read::ok).orElseGet(() -> expected(shape, node));
      case ENUM -> enumConstant(shape, node);
      case DURATION -> node.isTextual() || node.isIntegralNumber() && node.asLong() == 0
          ? DurationText.parse(text(node)).map(Read::ok).orElseGet(() -> expected(shape, node))
          : expected(shape, node);
      case PATH -> path(shape, node);
      case JSON -> json(shape, node);
    };
  }

  /** How a given value is shown in a message: text quoted, numbers and booleans bare. */
  static String describe(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return "nothing";
    } else if (node.isObject()) {
      return "a section";
    } else if (node.isArray()) {
      return "a list";
    } else if (node.isTextual()) {
      return "'" + node.asText() + "'";
    }
    return text(node);
  }

  private static Read expected(ConfigShape shape, JsonNode node) {
    return Read.bad("expected " + shape.expected() + ", got " + describe(node));
  }

  private static String text(JsonNode node) {
    return node.isFloatingPointNumber() ? node.decimalValue().toPlainString() : node.asText();
  }

  /** The integral value of {@code node} if it is an integer at all (range is checked by the caller). */
  private static Optional<BigInteger> integral(JsonNode node) {
    if (node.isIntegralNumber()) {
      return Optional.of(node.bigIntegerValue());
    }
    if (node.isFloatingPointNumber()) {
      if (node.isDouble() && !Double.isFinite(node.doubleValue())) {
        return Optional.empty();
      }
      BigDecimal value = node.decimalValue();
      return value.stripTrailingZeros().scale() <= 0 ? Optional.of(value.toBigInteger()) : Optional.empty();
    }
    if (node.isTextual() && INTEGER.matcher(node.asText().trim()).matches()) {
      return Optional.of(new BigInteger(node.asText().trim().replace("_", "")));
    }
    return Optional.empty();
  }

  /** An integer within bounds, or empty (the caller tells "not an integer" from "out of range"). */
  private static Optional<BigInteger> integer(JsonNode node, BigInteger min, BigInteger max) {
    return integral(node).filter(v -> v.compareTo(min) >= 0 && v.compareTo(max) <= 0);
  }

  private static Read outOfRange(ConfigShape.Scalar shape, JsonNode node, BigInteger min, BigInteger max) {
    if (integral(node).isPresent()) {
      return Read.bad("expected an integer within " + min + ".." + max + ", got " + describe(node));
    }
    return expected(shape, node);
  }

  private static Read bool(ConfigShape.Scalar shape, JsonNode node) {
    if (node.isBoolean()) {
      return Read.ok(node.booleanValue());
    }
    String text = node.isTextual() ? node.asText().trim() : "";
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Read.ok(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
    }
    return expected(shape, node);
  }

  private static Optional<BigDecimal> decimal(JsonNode node) {
    if (node.isIntegralNumber()) {
      return Optional.of(new BigDecimal(node.bigIntegerValue()));
    }
    if (node.isFloatingPointNumber()) {
      return node.isDouble() && !Double.isFinite(node.doubleValue())
          ? Optional.empty() : Optional.of(node.decimalValue());
    }
    if (node.isTextual() && DECIMAL.matcher(node.asText().trim()).matches()) {
      return Optional.of(new BigDecimal(node.asText().trim()));
    }
    return Optional.empty();
  }

  private static Read enumConstant(ConfigShape.Scalar shape, JsonNode node) {
    String wanted = normalEnumName(text(node).trim());
    for (Object constant : shape.type().getEnumConstants()) {
      if (normalEnumName(((Enum<?>) constant).name()).equals(wanted)) {
        return Read.ok(constant);
      }
    }
    return Read.bad("must be " + shape.expected() + ", got " + describe(node));
  }

  private static String normalEnumName(String name) {
    return name.replace('-', '_').toLowerCase(Locale.ROOT);
  }

  private static Read path(ConfigShape.Scalar shape, JsonNode node) {
    String text = text(node);
    if (text.isBlank()) {
      return expected(shape, node);
    }
    try {
      return Read.ok(Path.of(text));
    } catch (InvalidPathException e) {
      return Read.bad("expected a path, got " + describe(node) + ": " + e.getReason());
    }
  }

  private static Read json(ConfigShape.Scalar shape, JsonNode node) {
    try {
      Object value = StrikeJson.mapper().treeToValue(node, shape.type());
      return value == null ? expected(shape, node) : Read.ok(value);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      String reason = cause instanceof JsonProcessingException
          ? ((JsonProcessingException) cause).getOriginalMessage() : cause.getMessage();
      return Read.bad("expected " + shape.expected() + ", got " + describe(node)
          + (reason == null ? "" : ": " + reason));
    }
  }
}
