package dev.strike.common.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.RoundingMode;

/**
 * An amount of money in micro-dollars, signed (a loss, a fee charged, a P&amp;L). Kalshi reports costs and fees with
 * up to six decimals ({@code "0.017500"}), so a micro-dollar holds every value exactly. Immutable; all arithmetic
 * is checked ({@link ArithmeticException} on overflow).
 *
 * <p>JSON form: the exact dollar string with at least two decimals ({@code "12.50"}, {@code "-0.0175"}).
 */
public record Money(long micros) implements Comparable<Money> {
  /** Zero dollars. */
  public static final Money ZERO = new Money(0);

  /** An amount from micro-dollars. */
  public static Money ofMicros(long micros) {
    return new Money(micros);
  }

  /** An amount from whole cents. */
  public static Money ofCents(long cents) {
    return new Money(Math.multiplyExact(cents, 10_000L));
  }

  /** An amount from whole dollars. */
  public static Money ofDollars(long dollars) {
    return new Money(Math.multiplyExact(dollars, Price.MICROS_PER_DOLLAR));
  }

  /**
   * Parses a dollar string ({@code "12.5"}, {@code "-0.017500"}) exactly.
   *
   * @throws IllegalArgumentException if it is not a plain decimal or has digits below a micro-dollar
   */
  @JsonCreator
  public static Money parse(String dollars) {
    return new Money(FixedPoint.parse(dollars, 6, true, "amount"));
  }

  /** Dollars with at least two decimals and no trailing zeros beyond them ({@code "12.50"}, {@code "0.0175"}). */
  @JsonValue
  public String toDollarString() {
    return FixedPoint.format(micros, 6, 2);
  }

  /** This plus {@code other}, checked. */
  public Money plus(Money other) {
    return new Money(Math.addExact(micros, other.micros));
  }

  /** This minus {@code other}, checked. */
  public Money minus(Money other) {
    return new Money(Math.subtractExact(micros, other.micros));
  }

  /** This times {@code factor}, checked. */
  public Money times(long factor) {
    return new Money(Math.multiplyExact(micros, factor));
  }

  /** The negated amount, checked. */
  public Money negate() {
    return new Money(Math.negateExact(micros));
  }

  /** This amount rounded to a multiple of {@code stepMicros} in the given direction (e.g. up to the cent). */
  public Money roundTo(long stepMicros, RoundingMode rounding) {
    if (stepMicros <= 0) {
      throw new IllegalArgumentException("rounding step must be positive, got " + stepMicros);
    }
    return new Money(Math.multiplyExact(FixedPoint.divide(micros, stepMicros, rounding), stepMicros));
  }

  /** Whether this is below zero. */
  public boolean isNegative() {
    return micros < 0;
  }

  /** Whether this is above zero. */
  public boolean isPositive() {
    return micros > 0;
  }

  /** The smaller of this and {@code other}. */
  public Money min(Money other) {
    return micros <= other.micros ? this : other;
  }

  /** The larger of this and {@code other}. */
  public Money max(Money other) {
    return micros >= other.micros ? this : other;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(micros, other.micros);
  }

  @Override
  public String toString() {
    return "$" + toDollarString();
  }
}
