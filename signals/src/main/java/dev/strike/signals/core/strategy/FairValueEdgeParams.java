package dev.strike.signals.core.strategy;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import dev.strike.common.money.Money;
import java.time.Duration;

/**
 * Settings of {@link FairValueEdge} (configuration section {@code signals.strategies.fairValueEdge}).
 *
 * @param minEdge the least expected value per contract after fees, dollars (0.03 = 3¢ = 3 % of the payout)
 * @param minTimeToClose no entries closer to the close than this
 * @param maxTimeToClose no entries further from the close than this (14 minutes suits the 15-minute markets; raise it
 *     for the hourly and daily ladders)
 * @param minSpotHistory the spot index must have this much history (and a volatility estimate) before it trades
 * @param cooldown after a signal on a market and side, none again for this long (event time)
 * @param ttl how long a signal stays actionable
 */
public record FairValueEdgeParams(Money minEdge, Duration minTimeToClose,
    Duration maxTimeToClose, Duration minSpotHistory, Duration cooldown, Duration ttl) implements Validatable {

  /** 3 % edge, 1–14 minutes before the close, 5 minutes of spot history, 30 s cooldown, 5 s to live. */
  public static FairValueEdgeParams defaults() {
    return new FairValueEdgeParams(Money.ofCents(3), Duration.ofMinutes(1), Duration.ofMinutes(14), Duration.ofMinutes(5),
        Duration.ofSeconds(30), Duration.ofSeconds(5));
  }

  /** {@link #minEdge} in micro-dollars. */
  public long minEdgeMicros() {
    return minEdge.micros();
  }

  @Override
  public void validate(ConfigProblems problems) {
    problems.check(!minEdge.isNegative() && minEdge.micros() < 1_000_000, "minEdge",
        "must be a dollar amount in [0, 1), got " + minEdge.toDollarString());
    problems.check(!minTimeToClose.isNegative(), "minTimeToClose", "must not be negative, got " + minTimeToClose);
    problems.check(maxTimeToClose.compareTo(minTimeToClose) > 0, "maxTimeToClose",
        "must be above minTimeToClose (" + minTimeToClose + "), got " + maxTimeToClose);
    problems.check(!minSpotHistory.isNegative(), "minSpotHistory", "must not be negative, got " + minSpotHistory);
    problems.check(!cooldown.isNegative(), "cooldown", "must not be negative, got " + cooldown);
    problems.check((!ttl.isNegative() && !ttl.isZero()), "ttl", "must be positive, got " + ttl);
  }
}
