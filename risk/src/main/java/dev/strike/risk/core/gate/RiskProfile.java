package dev.strike.risk.core.gate;

import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Ready-made {@link RiskLimits} for a retail account of about $1,000 trading Kalshi's 15-minute crypto markets.
 * {@link #BALANCED} is the default; {@link #CONSERVATIVE} risks about half as much, {@link #AGGRESSIVE} about twice
 * as much. Start from one and change single limits with {@link #with(String, String)}.
 */
public enum RiskProfile {
  /** Tenth Kelly, $25 (2.5 %) daily loss, 10 % drawdown, 2 losses in a row; at most 10 contracts or $10 an order. */
  CONSERVATIVE(new RiskLimits(Money.parse("0.05"), 0.6, Set.of(), Set.of(), seconds(120), minutes(6 * 60),
      Qty.ofContracts(10), Money.ofDollars(10), Qty.ofContracts(20), 3, Money.ofDollars(100), Money.ofDollars(40),
      Money.ofDollars(80), Money.ofDollars(25), 250, 1_000, 2, 5, 30, 150, seconds(60), Price.parse("0.10"),
      Price.parse("0.90"), new BigDecimal("0.10"), RiskLimits.DEFAULT_MIN_ORDER_QTY)),
  /** Quarter Kelly, $50 (5 %) daily loss, 15 % drawdown, 3 losses in a row; at most 25 contracts or $25 an order. */
  BALANCED(new RiskLimits(RiskLimits.DEFAULT_MIN_EDGE, 0.5, Set.of(), Set.of(), seconds(60), minutes(24 * 60),
      Qty.ofContracts(25), Money.ofDollars(25), Qty.ofContracts(50), 5, Money.ofDollars(250), Money.ofDollars(100),
      Money.ofDollars(200), Money.ofDollars(50), 500, 1_500, RiskLimits.DEFAULT_MAX_CONSECUTIVE_LOSSES, 10, 60, 300,
      seconds(30), Price.parse("0.05"), Price.parse("0.95"), RiskLimits.DEFAULT_KELLY_FRACTION,
      RiskLimits.DEFAULT_MIN_ORDER_QTY)),
  /** Half Kelly, $100 (10 %) daily loss, 25 % drawdown, 5 losses in a row; at most 50 contracts or $50 an order. */
  AGGRESSIVE(new RiskLimits(Money.parse("0.02"), 0.4, Set.of(), Set.of(), seconds(30), minutes(48 * 60),
      Qty.ofContracts(50), Money.ofDollars(50), Qty.ofContracts(100), 10, Money.ofDollars(500), Money.ofDollars(200),
      Money.ofDollars(400), Money.ofDollars(100), 1_000, 2_500, 5, 20, 120, 600, seconds(10), Price.parse("0.02"),
      Price.parse("0.98"), new BigDecimal("0.50"), RiskLimits.DEFAULT_MIN_ORDER_QTY));

  private final RiskLimits limits;

  RiskProfile(RiskLimits limits) {
    this.limits = limits;
  }

  /** This profile's limits. */
  public RiskLimits limits() {
    return limits;
  }

  /** This profile's limits with one value replaced; see {@link RiskLimits#with(String, String)}. */
  public RiskLimits with(String key, String value) {
    return limits.with(key, value);
  }

  /** Every key {@link #with(String, String)} accepts. */
  public static List<String> keys() {
    return RiskLimits.keys();
  }

  /**
   * The profile named {@code name}, case-insensitive ({@code balanced}).
   *
   * @throws IllegalArgumentException naming the known profiles if there is none
   */
  public static RiskProfile named(String name) {
    for (RiskProfile profile : values()) {
      if (profile.name().equalsIgnoreCase(name == null ? "" : name.trim())) {
        return profile;
      }
    }
    throw new IllegalArgumentException("unknown risk profile \"" + name + "\"; known: conservative, balanced, "
        + "aggressive");
  }

  private static long seconds(long s) {
    return s * 1_000_000_000L;
  }

  private static long minutes(long m) {
    return seconds(m * 60);
  }
}
