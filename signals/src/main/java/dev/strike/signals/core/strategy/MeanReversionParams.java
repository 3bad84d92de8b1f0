package dev.strike.signals.core.strategy;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.money.Money;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@link MeanReversion}. Immutable; the constructor rejects nulls, {@link #validate} checks the values.
 *
 * @param zWindow the window of the spot z-score and of the mean the index is expected to revert to; positive; default
 *     5 min
 * @param zThreshold the strategy acts when |z| is above this; positive; default 1.0
 * @param reversionFraction the share of the index's distance to the window mean expected to revert before the close
 *     (the model prices the contract at {@code spot + f × (mean − spot)}); in (0, 1]; default 0.5
 * @param fullConfidenceZ the |z| at which the confidence reaches 1 (confidence = min(1, |z| / this)); at least
 *     {@code zThreshold}; default 3.0
 * @param minShift the least change of P(YES) the expected reversion must make for the strategy to act: below it the
 *     view adds nothing and what is left is the plain fair-value edge (the fair-value strategy's business); in
 *     [0, 1); default 0.01
 * @param minEdge the least edge after the taker fee, per contract, to enter; $0–$1; default $0.03
 * @param minTimeToClose no entry closer to the close than this; not negative; default 1 min
 * @param maxTimeToClose no entry further from the close than this; at least {@code minTimeToClose}; default 14 min
 * @param ttl how long a signal stays actionable; positive; default 5 s
 * @param cooldown no new signal on a market for this long (event time) after one; not negative; default 30 s
 */
public record MeanReversionParams(Duration zWindow, double zThreshold, double reversionFraction,
    double fullConfidenceZ, double minShift, Money minEdge, Duration minTimeToClose, Duration maxTimeToClose,
    Duration ttl, Duration cooldown) implements CryptoTaEntryParams {

  /** Rejects nulls. */
  public MeanReversionParams {
    Objects.requireNonNull(zWindow, "zWindow");
    CryptoTaEntryParams.requireNonNull(minEdge, minTimeToClose, maxTimeToClose, ttl, cooldown);
  }

  /**
   * 5-minute z above 1.0, half the deviation reverting, full confidence at |z| 3, a shift of at least 0.01, 3¢ edge,
   * 1–14 minutes to close, 5 s TTL, 30 s cooldown.
   */
  public static MeanReversionParams defaults() {
    return new MeanReversionParams(Duration.ofMinutes(5), 1.0, 0.5, 3.0, 0.01, Money.ofCents(3), Duration.ofMinutes(1),
        Duration.ofMinutes(14), Duration.ofSeconds(5), Duration.ofSeconds(30));
  }

  @Override
  public void validate(ConfigProblems problems) {
    CryptoTaEntries.positive(problems, "zWindow", zWindow);
    boolean thresholdOk = problems.check(zThreshold > 0 && Double.isFinite(zThreshold), "zThreshold",
        "must be positive, got " + zThreshold);
    problems.check(reversionFraction > 0 && reversionFraction <= 1, "reversionFraction",
        "must be within (0, 1], got " + reversionFraction);
    if (thresholdOk) {
      problems.check(fullConfidenceZ >= zThreshold && Double.isFinite(fullConfidenceZ), "fullConfidenceZ",
          "must be at least zThreshold (" + zThreshold + "), got " + fullConfidenceZ);
    }
    problems.check(minShift >= 0 && minShift < 1, "minShift", "must be within [0, 1), got " + minShift);
    CryptoTaEntries.validateEntry(problems, this);
  }
}
