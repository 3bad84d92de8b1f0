package dev.strike.signals.core.strategy;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@link MarketMaker}. Immutable; the compact constructor rejects nulls, value rules are checked by
 * {@link #validate}.
 *
 * @param riskAversion γ of the reservation price {@code r = p − q·γ·V}, per contract of inventory and per dollar
 *     ({@code q} in contracts, {@code V} the probability's variance until the close in dollars²); finite, 0 or more;
 *     default 0.1
 * @param baseHalfSpreadMicros the half-spread without volatility, micro-dollars, 0 or more and at most
 *     {@code maxHalfSpreadMicros}; default 20,000 (2¢)
 * @param volSpreadMultiplier k of the volatility term {@code k·Δp} added to the half-spread, Δp the probability's
 *     one-sigma move over {@code volHorizon}; finite, 0 or more; default 1.0
 * @param maxHalfSpreadMicros the half-spread's cap, micro-dollars, at most 500,000; default 100,000 (10¢)
 * @param volHorizon the horizon of the probability's one-sigma move (how long a resting quote is exposed before it is
 *     re-priced), positive; default 10 s
 * @param requoteInterval a quote whose price did not change is repeated after this long (event time), positive;
 *     default 10 s
 * @param quoteTtl how long a quote stays actionable, at least {@code requoteInterval} (so an unchanged quote is
 *     repeated before it lapses); default 15 s
 * @param minTimeToClose no quotes this close to the market's close, 0 or more; default 60 s (the settlement window)
 * @param maxInventoryHundredths at this net position (hundredths of a contract, either way) the side that would grow
 *     it stops quoting; positive; default 10,000 (100 contracts)
 */
public record MarketMakerParams(double riskAversion, long baseHalfSpreadMicros, double volSpreadMultiplier,
    long maxHalfSpreadMicros, Duration volHorizon, Duration requoteInterval, Duration quoteTtl,
    Duration minTimeToClose, long maxInventoryHundredths) implements Validatable {

  /** Rejects nulls. */
  public MarketMakerParams {
    Objects.requireNonNull(volHorizon, "volHorizon");
    Objects.requireNonNull(requoteInterval, "requoteInterval");
    Objects.requireNonNull(quoteTtl, "quoteTtl");
    Objects.requireNonNull(minTimeToClose, "minTimeToClose");
  }

  /** γ 0.1, half-spread 2¢ + 1 × Δp(10 s) capped at 10¢, re-quote every 10 s, 15 s quotes, quiet in the last minute. */
  public static MarketMakerParams defaults() {
    return new MarketMakerParams(0.1, 20_000L, 1.0, 100_000L, Duration.ofSeconds(10), Duration.ofSeconds(10),
        Duration.ofSeconds(15), Duration.ofSeconds(60), 10_000L);
  }

  @Override
  public void validate(ConfigProblems problems) {
    problems.check(Double.isFinite(riskAversion) && riskAversion >= 0, "riskAversion",
        "must be a finite number of 0 or more, got " + riskAversion);
    problems.inRange("maxHalfSpreadMicros", maxHalfSpreadMicros, 0, 500_000L);
    problems.inRange("baseHalfSpreadMicros", baseHalfSpreadMicros, 0, Math.max(0, maxHalfSpreadMicros));
    problems.check(Double.isFinite(volSpreadMultiplier) && volSpreadMultiplier >= 0, "volSpreadMultiplier",
        "must be a finite number of 0 or more, got " + volSpreadMultiplier);
    problems.check(volHorizon.compareTo(Duration.ZERO) > 0, "volHorizon", "must be positive, got " + volHorizon);
    problems.check(requoteInterval.compareTo(Duration.ZERO) > 0, "requoteInterval",
        "must be positive, got " + requoteInterval);
    problems.check(quoteTtl.compareTo(requoteInterval) >= 0 && quoteTtl.compareTo(Duration.ZERO) > 0, "quoteTtl",
        "must be positive and at least requoteInterval (" + requoteInterval + "), got " + quoteTtl);
    problems.check(!minTimeToClose.isNegative(), "minTimeToClose", "must not be negative, got " + minTimeToClose);
    problems.inRange("maxInventoryHundredths", maxInventoryHundredths, 1, Long.MAX_VALUE);
  }
}
