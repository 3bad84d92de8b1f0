package dev.strike.app.dataset.core;

import dev.strike.common.money.Price;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Exact readings of the numbers datasets write as text: no {@code double} anywhere, nothing rounded. A value that
 * cannot be represented exactly in the target unit is refused with a message that names the field and quotes it.
 */
final class DecimalText {
  private DecimalText() {}

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
  private static final Pattern WHOLE = Pattern.compile("\\d{1,3}");

  /** The exact decimal value of {@code text} (a JSON or CSV number). */
  static BigDecimal parse(String text, String field) {
    if (text == null || !NUMBER.matcher(text).matches()) {
      throw new IllegalArgumentException(field + ": '" + text + "' is not a number");
    }
    return new BigDecimal(text);
  }

  /** A positive exact decimal (a strike, a spot price). */
  static BigDecimal positive(String text, String field) {
    BigDecimal value = parse(text, field);
    if (value.signum() <= 0) {
      throw new IllegalArgumentException(field + ": '" + text + "' must be positive");
    }
    return value;
  }

  /** Epoch seconds with up to nine decimals, as epoch nanoseconds. */
  static long epochSecondsToNanos(String text, String field) {
    BigDecimal seconds = parse(text, field);
    if (seconds.signum() <= 0) {
      throw new IllegalArgumentException(field + ": '" + text + "' is not a positive epoch time");
    }
    try {
      return seconds.movePointRight(9).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(field + ": '" + text + "' has digits below a nanosecond or is out of range",
          e);
    }
  }

  /** A whole number of cents 0–100 ({@code "56"}) as a price: 56 → 560,000 micro-dollars. */
  static Price cents(String text, String field) {
    if (text == null || !WHOLE.matcher(text).matches()) {
      throw new IllegalArgumentException(field + ": '" + text + "' is not a whole number of cents");
    }
    int cents = Integer.parseInt(text);
    if (cents > 100) {
      throw new IllegalArgumentException(field + ": " + cents + " cents is above 100");
    }
    return Price.ofCents(cents);
  }

  /** Dollars 0–1 ({@code "0.093"}) as a price, exactly: more than six decimals or outside $0–$1 is refused. */
  static Price dollars(String text, String field) {
    BigDecimal dollars = parse(text, field);
    long micros;
    try {
      micros = dollars.movePointRight(6).longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(field + ": '" + text + "' is not a whole number of micro-dollars", e);
    }
    if (micros < 0 || micros > Price.MICROS_PER_DOLLAR) {
      throw new IllegalArgumentException(field + ": '" + text + "' is outside $0–$1");
    }
    return Price.ofMicros(micros);
  }
}
