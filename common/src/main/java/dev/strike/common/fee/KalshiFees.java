package dev.strike.common.fee;

import dev.strike.common.event.FeeType;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Kalshi trading fees of one market, exactly as documented ({@code kalshi-api.md} §7): a taker pays
 * {@code 0.07 × multiplier × C × P × (1 − P)} rounded up to the cent per order (the outcome of Kalshi's 2026
 * rounding model for a non-direct member), P the fill price in dollars, C the contracts; a maker pays nothing on
 * {@code quadratic} series, a quarter of the taker coefficient on {@code quadratic_with_maker_fees} and half on
 * {@code quadratic_with_combo_maker_fees}. The {@code flat} schedule is not published in a form we hold, so a market
 * with it is {@linkplain #isKnown() not priced}: callers skip it rather than guess. Immutable, thread-safe; all
 * arithmetic is exact integer arithmetic.
 */
public final class KalshiFees {
  /** The multiplier's scale: it is held in ten-thousandths ({@code 0.5} → 5,000). */
  private static final long MULTIPLIER_SCALE = 10_000L;
  private static final BigInteger CENT_MICROS = BigInteger.valueOf(10_000L);
  /**
   * fee micros = (quarters / 4) × (7 / 100) × (m4 / 1e4) × (c / 100) × p × (1e6 − p) / 1e6, with m4 the multiplier
   * in ten-thousandths, c the contracts in hundredths and p the price in micros: this is the divisor.
   */
  private static final BigInteger ORDER_DIVISOR =
      BigInteger.valueOf(4L * 100L * MULTIPLIER_SCALE * 100L * 1_000_000L);

  private final FeeType feeType;
  private final long multiplierScaled;

  private KalshiFees(FeeType feeType, long multiplierScaled) {
    this.feeType = feeType;
    this.multiplierScaled = multiplierScaled;
  }

  /**
   * The fees of a market with {@code feeType} and {@code multiplier} (from {@code MarketInfo}).
   *
   * @throws IllegalArgumentException if the multiplier is negative or finer than 1/10,000
   */
  public static KalshiFees of(FeeType feeType, BigDecimal multiplier) {
    Objects.requireNonNull(feeType, "feeType");
    Objects.requireNonNull(multiplier, "multiplier");
    if (multiplier.signum() < 0) {
      throw new IllegalArgumentException("fee multiplier must not be negative, got " + multiplier);
    }
    BigDecimal scaled = multiplier.multiply(BigDecimal.valueOf(MULTIPLIER_SCALE));
    if (scaled.stripTrailingZeros().scale() > 0 || scaled.compareTo(BigDecimal.valueOf(1_000_000L)) > 0) {
      throw new IllegalArgumentException("fee multiplier must be a multiple of 0.0001 up to 100, got " + multiplier);
    }
    return new KalshiFees(feeType, scaled.longValueExact());
  }

  /** Whether the fee of this market is known ({@code false} for the {@code flat} schedule). */
  public boolean isKnown() {
    return feeType != FeeType.FLAT;
  }

  /**
   * The fee of one order's fills of {@code qty} at {@code price}, rounded up to the cent.
   *
   * @param maker whether the order rested (maker) or took liquidity (taker)
   * @throws IllegalStateException if the fee schedule is not {@linkplain #isKnown() known}
   */
  public Money orderFee(Price price, Qty qty, boolean maker) {
    long coefficient = coefficientQuarters(maker);
    if (coefficient == 0 || qty.isZero()) {
      return Money.ZERO;
    }
    long p = price.micros();
    BigInteger numerator = BigInteger.valueOf(7L * coefficient)
        .multiply(BigInteger.valueOf(multiplierScaled))
        .multiply(BigInteger.valueOf(qty.hundredths()))
        .multiply(BigInteger.valueOf(p))
        .multiply(BigInteger.valueOf(Price.MICROS_PER_DOLLAR - p));
    BigInteger[] centsAndRest = numerator.divideAndRemainder(ORDER_DIVISOR.multiply(CENT_MICROS));
    BigInteger cents = centsAndRest[1].signum() > 0 ? centsAndRest[0].add(BigInteger.ONE) : centsAndRest[0];
    return Money.ofCents(cents.longValueExact());
  }

  /**
   * The fee of one contract at {@code price} before the per-order rounding, in micro-dollars rounded up: what a
   * contract costs in fees in an order of many. For edge calculations, where the order size is not known yet.
   *
   * @throws IllegalStateException if the fee schedule is not {@linkplain #isKnown() known}
   */
  public long perContractMicros(long priceMicros, boolean maker) {
    long coefficient = coefficientQuarters(maker);
    if (coefficient == 0) {
      return 0;
    }
    // fee micros = (coefficient/4) × 0.07 × m × p × (1e6 − p) / 1e6 = coefficient × 7 × m4 × p × (1e6 − p) / 4e14
    long pq = priceMicros * (Price.MICROS_PER_DOLLAR - priceMicros); // ≤ 2.5e11
    long numerator = Math.multiplyExact(Math.multiplyExact(pq, 7L * coefficient), multiplierScaled);
    long divisor = 4L * 100L * 1_000_000L * MULTIPLIER_SCALE;
    return Math.floorDiv(numerator + divisor - 1, divisor);
  }

  /** The fee coefficient in quarters of the taker coefficient (4 = taker, 1 = a quarter, 0 = free). */
  private long coefficientQuarters(boolean maker) {
    if (!maker) {
      if (feeType == FeeType.FLAT) {
        throw new IllegalStateException("the flat fee schedule is not known; check isKnown() first");
      }
      return 4;
    }
    return switch (feeType) {
      case QUADRATIC -> 0;
      case QUADRATIC_WITH_MAKER_FEES -> 1;
      case QUADRATIC_WITH_COMBO_MAKER_FEES -> 2;
      case FLAT -> throw new IllegalStateException("the flat fee schedule is not known; check isKnown() first");
    };
  }

  @Override
  public String toString() {
    return "KalshiFees[" + feeType + " x" + BigDecimal.valueOf(multiplierScaled, 4).stripTrailingZeros()
        .toPlainString() + "]";
  }
}
