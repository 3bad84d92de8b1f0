package dev.strike.signals.core.strategy;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@link LadderArbitrage}. Immutable; the compact constructor rejects nulls, value rules are checked by
 * {@link #validate}.
 *
 * @param minProfitMicros the least locked-in profit of one set of legs (a strike pair, or one contract of every
 *     bracket) after all taker fees, micro-dollars, at least 0; default 5,000 (0.5¢)
 * @param minSizeHundredths the least size every leg's ask must show, hundredths of a contract, positive; default 100
 *     (one contract)
 * @param ttl how long the signals stay actionable, positive; default 2 s
 * @param cooldown after firing on an event, how long (event time) the event stays quiet; 0 or more; default 5 s
 */
public record LadderArbitrageParams(long minProfitMicros, long minSizeHundredths, Duration ttl, Duration cooldown)
    implements Validatable {

  /** Rejects nulls. */
  public LadderArbitrageParams {
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(cooldown, "cooldown");
  }

  /** 0.5¢ profit, one contract, 2 s time to live, 5 s cooldown per event. */
  public static LadderArbitrageParams defaults() {
    return new LadderArbitrageParams(5_000L, 100L, Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  @Override
  public void validate(ConfigProblems problems) {
    problems.inRange("minProfitMicros", minProfitMicros, 0, 1_000_000L);
    problems.inRange("minSizeHundredths", minSizeHundredths, 1, Long.MAX_VALUE);
    problems.check(ttl.compareTo(Duration.ZERO) > 0, "ttl", "must be positive, got " + ttl);
    problems.check(!cooldown.isNegative(), "cooldown", "must not be negative, got " + cooldown);
  }
}
