package dev.strike.common.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A number of contracts, in hundredths of a contract (Kalshi trades fractional contracts down to 0.01):
 * Kalshi's {@code "10.00"} is 1,000. Never negative; a signed position is a {@code Qty} and a side. Immutable; all
 * arithmetic is checked.
 *
 * <p>JSON form: the exact contract count with two decimals ({@code "10.00"}).
 */
public record Qty(long hundredths) implements Comparable<Qty> {
  /** Hundredths in one contract. */
  public static final long HUNDREDTHS_PER_CONTRACT = 100L;
  /** No contracts. */
  public static final Qty ZERO = new Qty(0);

  /** Validates that the quantity is not negative. */
  public Qty {
    if (hundredths < 0) {
      throw new IllegalArgumentException("quantity must not be negative, got " + hundredths + " hundredths");
    }
  }

  /** A quantity in hundredths of a contract. */
  public static Qty ofHundredths(long hundredths) {
    return new Qty(hundredths);
  }

  /** A whole number of contracts. */
  public static Qty ofContracts(long contracts) {
    return new Qty(Math.multiplyExact(contracts, HUNDREDTHS_PER_CONTRACT));
  }

  /**
   * Parses a Kalshi count string ({@code "10"}, {@code "10.00"}, {@code "1.55"}) exactly.
   *
   * @throws IllegalArgumentException if it is negative, not a plain decimal or finer than 0.01 contract
   */
  @JsonCreator
  public static Qty parse(String contracts) {
    return new Qty(FixedPoint.parse(contracts, 2, false, "quantity"));
  }

  /** The Kalshi wire form: contracts with exactly two decimals ({@code "10.00"}). */
  @JsonValue
  public String toContractString() {
    return FixedPoint.format(hundredths, 2, 2);
  }

  /** Whether this is zero contracts. */
  public boolean isZero() {
    return hundredths == 0;
  }

  /** This plus {@code other}, checked. */
  public Qty plus(Qty other) {
    return new Qty(Math.addExact(hundredths, other.hundredths));
  }

  /** This minus {@code other}; throws if the result would be negative. */
  public Qty minus(Qty other) {
    return new Qty(Math.subtractExact(hundredths, other.hundredths));
  }

  /** The smaller of this and {@code other}. */
  public Qty min(Qty other) {
    return hundredths <= other.hundredths ? this : other;
  }

  /** The larger of this and {@code other}. */
  public Qty max(Qty other) {
    return hundredths >= other.hundredths ? this : other;
  }

  @Override
  public int compareTo(Qty other) {
    return Long.compare(hundredths, other.hundredths);
  }

  @Override
  public String toString() {
    return toContractString();
  }
}
