package dev.strike.app.calibration.core;

import java.util.List;
import java.util.Objects;

/**
 * How a calibration run scores forecasts.
 *
 * @param horizonsNs how long before each market's close the forecasts are taken, ns, positive, distinct, in the
 *     order the table lists them
 * @param probabilityClip probabilities are clipped to {@code [clip, 1 − clip]} for the log loss only, in (0, 0.5)
 * @param maxQuoteAgeNs the newest quote at or before the scoring time must be at most this old, ns, positive; an
 *     older one counts as no quote ({@link Exclusion.Reason#STALE_QUOTE})
 */
public record CalibrationParams(List<Long> horizonsNs, double probabilityClip, long maxQuoteAgeNs) {
  private static final long MINUTE_NS = 60_000_000_000L;

  /** Validates the values. */
  public CalibrationParams {
    horizonsNs = List.copyOf(Objects.requireNonNull(horizonsNs, "horizonsNs"));
    if (horizonsNs.isEmpty()) {
      throw new IllegalArgumentException("at least one horizon is needed");
    }
    for (long h : horizonsNs) {
      if (h <= 0) {
        throw new IllegalArgumentException("horizons are positive, got " + h + " ns");
      }
    }
    if (horizonsNs.stream().distinct().count() != horizonsNs.size()) {
      throw new IllegalArgumentException("horizons must be distinct, got " + horizonsNs);
    }
    ScoringRules.checkClip(probabilityClip);
    if (maxQuoteAgeNs <= 0) {
      throw new IllegalArgumentException("maxQuoteAgeNs must be positive, got " + maxQuoteAgeNs);
    }
  }

  /** Issue 4's horizons, 10, 5, 2 and 1 minutes; clip 1e-4; quotes at most 10 s old (the dataset's cadence is 2 s). */
  public static CalibrationParams defaults() {
    return new CalibrationParams(List.of(10 * MINUTE_NS, 5 * MINUTE_NS, 2 * MINUTE_NS, MINUTE_NS), 1e-4,
        10_000_000_000L);
  }
}
