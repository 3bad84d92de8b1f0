package dev.strike.signals.core.strategy;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of an arbitrage strategy ({@link ParityArbitrage}, {@link LadderArbitrage}): both lock in a profit by
 * buying a set of legs at their asks, and both take the same four settings. Immutable; the compact constructor rejects
 * nulls, value rules are checked by {@link #validate}.
 *
 * @param minProfitMicros the least locked-in profit of one set of legs (a YES+NO pair, a strike pair, or one contract
 *     of every bracket) after all taker fees, micro-dollars, at least 0; default 5,000 (0.5¢)
 * @param minSizeHundredths the least size every leg's ask must show, hundredths of a contract, positive; default 100
 *     (one contract)
 * @param ttl how long the signals stay actionable, positive; default 2 s
 * @param cooldown after firing, how long (event time) the strategy stays quiet on what it fired on (a parity market
 *     while its two asks do not change, a ladder event); 0 or more; default 5 s
 */
public record ArbitrageParams(long minProfitMicros, long minSizeHundredths, Duration ttl, Duration cooldown)
    implements Validatable {

  /** Rejects nulls. */
  public ArbitrageParams {
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(cooldown, "cooldown");
  }

  /** 0.5¢ profit per set of legs, one contract, 2 s time to live, 5 s cooldown. */
  public static ArbitrageParams defaults() {
    return new ArbitrageParams(5_000L, 100L, Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  @Override
  public void validate(ConfigProblems problems) {
    problems.inRange("minProfitMicros", minProfitMicros, 0, 1_000_000L);
    problems.inRange("minSizeHundredths", minSizeHundredths, 1, Long.MAX_VALUE);
    problems.check(ttl.compareTo(Duration.ZERO) > 0, "ttl", "must be positive, got " + ttl);
    problems.check(!cooldown.isNegative(), "cooldown", "must not be negative, got " + cooldown);
  }
}
