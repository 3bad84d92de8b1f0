package dev.strike.signals.core.strategy;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@link ParityArbitrage}. Immutable; the compact constructor rejects nulls, value rules are checked by
 * {@link #validate}.
 *
 * @param minProfitMicros the least locked-in profit per YES+NO pair after both taker fees, micro-dollars, at least
 *     0; default 5,000 (0.5¢)
 * @param minSizeHundredths the least size both asks must show, hundredths of a contract, positive; default 100 (one
 *     contract)
 * @param ttl how long the two signals stay actionable, positive; default 2 s
 * @param cooldown after firing on a market, how long (event time) it stays quiet while its two asks do not change;
 *     0 or more; default 5 s
 */
public record ParityArbitrageParams(long minProfitMicros, long minSizeHundredths, Duration ttl, Duration cooldown)
    implements Validatable {

  /** Rejects nulls. */
  public ParityArbitrageParams {
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(cooldown, "cooldown");
  }

  /** 0.5¢ profit per pair, one contract, 2 s time to live, 5 s cooldown. */
  public static ParityArbitrageParams defaults() {
    return new ParityArbitrageParams(5_000L, 100L, Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  @Override
  public void validate(ConfigProblems problems) {
    problems.inRange("minProfitMicros", minProfitMicros, 0, 1_000_000L);
    problems.inRange("minSizeHundredths", minSizeHundredths, 1, Long.MAX_VALUE);
    problems.check(ttl.compareTo(Duration.ZERO) > 0, "ttl", "must be positive, got " + ttl);
    problems.check(!cooldown.isNegative(), "cooldown", "must not be negative, got " + cooldown);
  }
}
