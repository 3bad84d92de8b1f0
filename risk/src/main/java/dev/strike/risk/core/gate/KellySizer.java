package dev.strike.risk.core.gate;

import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Fractional Kelly sizing of a binary contract bought at price {@code c} (dollars) that pays $1 with probability
 * {@code p}: the full-Kelly share of the bankroll is {@code f* = (p − c) / (1 − c)}, the stake is
 * {@code kellyFraction × f* × bankroll}, and the size is the whole contracts the stake buys at {@code c} plus the
 * taker fee of one contract. Every step is {@link BigDecimal} arithmetic rounded down (toward the smaller bet).
 * Immutable, thread-safe.
 *
 * @param kellyFraction the share of full Kelly to bet, in (0, 1]
 */
public record KellySizer(BigDecimal kellyFraction) {
  /** Digits kept for {@code f*}; far finer than a micro-dollar of stake on any bankroll we hold. */
  private static final int FRACTION_SCALE = 12;

  /** Validates the fraction. */
  public KellySizer {
    Objects.requireNonNull(kellyFraction, "kellyFraction");
    if (kellyFraction.signum() <= 0 || kellyFraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("kellyFraction must be within (0, 1], got " + kellyFraction);
    }
  }

  /**
   * The Kelly size of a buy.
   *
   * @param winProbability the model's probability that the bought side wins, in [0, 1]
   * @param price the limit price of the bought side; at $0 or $1 there is no bet and the size is zero
   * @param feePerContractMicros the taker fee of one contract at {@code price}, micro-dollars, rounded up, ≥ 0
   * @param bankroll what Kelly sizes against (the account's equity); at or below zero the size is zero
   */
  public KellySize size(double winProbability, Price price, long feePerContractMicros, Money bankroll) {
    if (!(winProbability >= 0.0 && winProbability <= 1.0)) {
      throw new IllegalArgumentException("winProbability must be within [0, 1], got " + winProbability);
    }
    if (feePerContractMicros < 0) {
      throw new IllegalArgumentException("feePerContractMicros must not be negative, got " + feePerContractMicros);
    }
    if (price.micros() <= 0 || price.micros() >= Price.MICROS_PER_DOLLAR) {
      return new KellySize(kellyFraction, BigDecimal.ZERO, Money.ZERO, Qty.ZERO);
    }
    BigDecimal c = BigDecimal.valueOf(price.micros(), 6); // exact: micro-dollars are six decimals
    BigDecimal p = BigDecimal.valueOf(winProbability);
    BigDecimal fullKelly = p.subtract(c).divide(BigDecimal.ONE.subtract(c), FRACTION_SCALE, RoundingMode.DOWN);
    if (fullKelly.signum() <= 0 || !bankroll.isPositive()) {
      return new KellySize(kellyFraction, fullKelly, Money.ZERO, Qty.ZERO);
    }
    long stakeMicros = kellyFraction.multiply(fullKelly).multiply(BigDecimal.valueOf(bankroll.micros()))
        .setScale(0, RoundingMode.DOWN).longValueExact();
    long contracts = stakeMicros / Math.addExact(price.micros(), feePerContractMicros);
    return new KellySize(kellyFraction, fullKelly, Money.ofMicros(stakeMicros), Qty.ofContracts(contracts));
  }

  /**
   * What Kelly asked for.
   *
   * @param kellyFraction the fraction of full Kelly used
   * @param fullKelly {@code f*}, the full-Kelly share of the bankroll (negative or zero: no edge, no bet)
   * @param stake the money Kelly would bet, micro-dollars, rounded down, ≥ 0
   * @param qty whole contracts the stake buys, fees included
   */
  public record KellySize(BigDecimal kellyFraction, BigDecimal fullKelly, Money stake, Qty qty) {
    /** One line for the {@code sizing} text: {@code kelly 0.25 × f* 0.1234 = stake $30.85 → 64.00}. */
    public String describe() {
      return "kelly " + kellyFraction.toPlainString() + " × f* "
          + fullKelly.setScale(4, RoundingMode.DOWN).toPlainString() + " of equity = stake " + stake + " → " + qty;
    }
  }
}
