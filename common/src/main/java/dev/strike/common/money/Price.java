package dev.strike.common.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.RoundingMode;

/**
 * The price of one contract, in micro-dollars: 0 to 1,000,000 inclusive ($0 to $1). Kalshi's {@code "0.5600"} is
 * 560,000. Immutable; all arithmetic is checked and stays inside the range or throws.
 *
 * <p>JSON form: the exact dollar string with at least four decimals ({@code "0.5600"}, {@code "0.012345"}).
 */
public record Price(long micros) implements Comparable<Price> {
  /** Micro-dollars in one dollar: the payout of a winning contract. */
  public static final long MICROS_PER_DOLLAR = 1_000_000L;
  /** Smallest price, $0. */
  public static final Price ZERO = new Price(0);
  /** Largest price, $1. */
  public static final Price ONE = new Price(MICROS_PER_DOLLAR);

  /** Validates the range. */
  public Price {
    if (micros < 0 || micros > MICROS_PER_DOLLAR) {
      throw new IllegalArgumentException(
          "price must be within $0 and $1 (0 to 1,000,000 micro-dollars), got " + micros + " micro-dollars");
    }
  }

  /** A price from micro-dollars. */
  public static Price ofMicros(long micros) {
    return new Price(micros);
  }

  /** A price from whole cents (56 → $0.56). */
  public static Price ofCents(long cents) {
    if (cents < 0 || cents > 100) {
      throw new IllegalArgumentException("price must be within 0 and 100 cents, got " + cents);
    }
    return new Price(cents * 10_000L);
  }

  /**
   * Parses a Kalshi dollar string ({@code "0.56"}, {@code "0.5600"}, {@code "0.012345"}) exactly.
   *
   * @throws IllegalArgumentException if it is not a plain decimal, has sub-micro-dollar digits, or is outside $0–$1
   */
  @JsonCreator
  public static Price parse(String dollars) {
    long micros = FixedPoint.parse(dollars, 6, false, "price");
    if (micros > MICROS_PER_DOLLAR) {
      throw new IllegalArgumentException("price: \"" + dollars + "\" is above $1");
    }
    return new Price(micros);
  }

  /** The Kalshi wire form: dollars with at least four decimals ({@code "0.5600"}). */
  @JsonValue
  public String toDollarString() {
    return FixedPoint.format(micros, 6, 4);
  }

  /** $1 minus this price: the NO price of a YES price and vice versa. */
  public Price complement() {
    return new Price(MICROS_PER_DOLLAR - micros);
  }

  /** This price plus {@code other}; throws if the sum is above $1. */
  public Price plus(Price other) {
    return new Price(Math.addExact(micros, other.micros));
  }

  /** This price minus {@code other}; throws if the difference is below $0. */
  public Price minus(Price other) {
    return new Price(Math.subtractExact(micros, other.micros));
  }

  /**
   * The cost of {@code qty} contracts at this price, exactly. Throws {@link ArithmeticException} when the product
   * has a fraction of a micro-dollar (only possible for prices finer than $0.0001); use
   * {@link #notional(Qty, RoundingMode)} to round on purpose.
   */
  public Money notional(Qty qty) {
    return notional(qty, RoundingMode.UNNECESSARY);
  }

  /** The cost of {@code qty} contracts at this price, rounded to a micro-dollar in the given direction. */
  public Money notional(Qty qty, RoundingMode rounding) {
    long product = Math.multiplyExact(micros, qty.hundredths());
    return Money.ofMicros(FixedPoint.divide(product, Qty.HUNDREDTHS_PER_CONTRACT, rounding));
  }

  /** Whether this price is strictly above {@code other}. */
  public boolean isAbove(Price other) {
    return micros > other.micros;
  }

  /** Whether this price is strictly below {@code other}. */
  public boolean isBelow(Price other) {
    return micros < other.micros;
  }

  @Override
  public int compareTo(Price other) {
    return Long.compare(micros, other.micros);
  }

  @Override
  public String toString() {
    return "$" + toDollarString();
  }
}
