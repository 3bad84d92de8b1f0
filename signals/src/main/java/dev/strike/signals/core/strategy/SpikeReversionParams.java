package dev.strike.signals.core.strategy;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.money.Money;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@link SpikeReversion}. Immutable; the constructor rejects nulls, {@link #validate} checks the values.
 *
 * @param window the window of the spike's log return ({@code SpotView.logReturn}); positive; default 60 s
 * @param threshold a spike is a log return over {@code window} larger than this in size; in (0, 1); default 0.03
 * @param bar the bar length of the RSI filter (bars of the index by event time); positive, at most {@code window};
 *     default 5 s
 * @param rsiPeriod the RSI's period, bars; 1–1000; default 14
 * @param overbought an up-spike counts only with the RSI above this; in (50, 100); default 70
 * @param oversold a down-spike counts only with the RSI below this; in (0, 50); default 30
 * @param reversionWeight how much of the spike the model expects to give back: the contract is priced at
 *     {@code spot × exp(−w × logReturn)}, the pre-spike level blended with now (0 = now, 1 = the pre-spike level);
 *     in (0, 1]; default 0.5
 * @param minShift the least change of P(YES) the expected give-back must make for the strategy to act: below it the
 *     view adds nothing and what is left is the plain fair-value edge (the fair-value strategy's business); in
 *     [0, 1); default 0.01
 * @param minEdge the least edge after the taker fee, per contract, to enter; $0–$1; default $0.03
 * @param minTimeToClose no entry closer to the close than this; not negative; default 1 min
 * @param maxTimeToClose no entry further from the close than this; at least {@code minTimeToClose}; default 14 min
 * @param ttl how long a signal stays actionable; positive; default 5 s
 * @param cooldown no new signal on a market for this long (event time) after one; not negative; default 30 s
 * @param maxGap a spot feed silent for longer than this (event time) restarts the RSI: bars across the gap would be
 *     carried-forward guesses; at least {@code bar}; default 30 s
 */
public record SpikeReversionParams(Duration window, double threshold, Duration bar, int rsiPeriod,
    double overbought, double oversold, double reversionWeight, double minShift, Money minEdge, Duration minTimeToClose,
    Duration maxTimeToClose, Duration ttl, Duration cooldown, Duration maxGap) implements CryptoTaEntryParams {

  /** Rejects nulls. */
  public SpikeReversionParams {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(bar, "bar");
    CryptoTaEntryParams.requireNonNull(minEdge, minTimeToClose, maxTimeToClose, ttl, cooldown);
    Objects.requireNonNull(maxGap, "maxGap");
  }

  /**
   * A 3 % move within 60 s confirmed by RSI(14) on 5-second bars beyond 70/30, half of it expected back, moving
   * P(YES) by at least 0.01; 3¢ edge,
   * 1–14 minutes to close, 5 s TTL, 30 s cooldown, RSI restarted after 30 s without ticks.
   */
  public static SpikeReversionParams defaults() {
    return new SpikeReversionParams(Duration.ofSeconds(60), 0.03, Duration.ofSeconds(5), 14, 70, 30, 0.5, 0.01,
        Money.ofCents(3), Duration.ofMinutes(1), Duration.ofMinutes(14), Duration.ofSeconds(5),
        Duration.ofSeconds(30), Duration.ofSeconds(30));
  }

  @Override
  public void validate(ConfigProblems problems) {
    boolean windowOk = CryptoTaEntries.positive(problems, "window", window);
    problems.check(threshold > 0 && threshold < 1, "threshold", "must be within (0, 1), got " + threshold);
    if (CryptoTaEntries.positive(problems, "bar", bar) && windowOk) {
      problems.check(bar.compareTo(window) <= 0, "bar", "must be at most window (" + window + "), got " + bar);
    }
    problems.inRange("rsiPeriod", rsiPeriod, 1, 1000);
    problems.check(overbought > 50 && overbought < 100, "overbought", "must be within (50, 100), got " + overbought);
    problems.check(oversold > 0 && oversold < 50, "oversold", "must be within (0, 50), got " + oversold);
    problems.check(reversionWeight > 0 && reversionWeight <= 1, "reversionWeight",
        "must be within (0, 1], got " + reversionWeight);
    problems.check(minShift >= 0 && minShift < 1, "minShift", "must be within [0, 1), got " + minShift);
    CryptoTaEntries.validateEntry(problems, this);
    problems.check(maxGap.compareTo(bar) >= 0, "maxGap", "must be at least bar (" + bar + "), got " + maxGap);
  }
}
