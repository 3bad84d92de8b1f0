package dev.strike.kalshi.mapping;

import dev.strike.common.json.DecodeException;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Parses the Kalshi strings of one record; every failure is a {@link DecodeException} naming the record and field. */
final class WireValues {
  private final String record;

  /** Values of {@code record} (e.g. {@code "market KXBTC15M-26AUG171330-30"}), for error messages. */
  WireValues(String record) {
    this.record = record;
  }

  DecodeException error(String field, String why) {
    return new DecodeException(record + ": " + field + " " + why, null);
  }

  <T> T required(@Nullable T value, String field) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw error(field, "is required");
    }
    return value;
  }

  Price price(@Nullable String text, String field) {
    try {
      return Price.parse(required(text, field));
    } catch (IllegalArgumentException e) {
      throw new DecodeException(record + ": " + field + ": " + e.getMessage(), e);
    }
  }

  @Nullable Price optionalPrice(@Nullable String text, String field) {
    return text == null || text.isEmpty() ? null : price(text, field);
  }

  Qty qty(@Nullable String text, String field) {
    try {
      return Qty.parse(required(text, field));
    } catch (IllegalArgumentException e) {
      throw new DecodeException(record + ": " + field + ": " + e.getMessage(), e);
    }
  }

  /** RFC 3339 ({@code 2026-08-17T17:30:00Z}, any offset, any fraction) to epoch nanoseconds. */
  long epochNanos(@Nullable String text, String field) {
    try {
      OffsetDateTime time = OffsetDateTime.parse(required(text, field));
      return Math.addExact(Math.multiplyExact(time.toEpochSecond(), 1_000_000_000L), time.getNano());
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new DecodeException(record + ": " + field + ": \"" + text + "\" is not an RFC 3339 time", e);
    }
  }

  /** {@link #epochNanos} of an optional time; {@code absent} when null or empty. */
  long epochNanosOr(@Nullable String text, String field, long absent) {
    return text == null || text.isEmpty() ? absent : epochNanos(text, field);
  }

  @Nullable BigDecimal optionalDecimal(@Nullable String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new DecodeException(record + ": " + field + ": \"" + text + "\" is not a decimal number", e);
    }
  }

  /** The enum constant named {@code text} in any case, {@code -} read as {@code _}. */
  <E extends Enum<E>> E enumValue(Class<E> type, @Nullable String text, String field) {
    String name = required(text, field).strip().replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw error(field, "has an unknown value \"" + text + "\"");
  }
}
