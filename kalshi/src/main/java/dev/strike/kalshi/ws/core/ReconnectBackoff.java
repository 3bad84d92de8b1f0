package dev.strike.kalshi.ws.core;

import java.time.Duration;

/**
 * Capped exponential backoff with jitter: before reconnect attempt {@code n} (0 = the first after a loss) wait
 * {@code min(max, initial × 2^n)}, shortened by a random fraction of up to {@code jitter} of itself so that many
 * clients dropped together do not come back together. Pure: the randomness is an argument. Immutable.
 *
 * @param initial the delay of attempt 0, positive
 * @param max the cap, not below {@code initial}
 * @param jitter the largest fraction taken off, 0 (none) to 1 ("full jitter")
 */
public record ReconnectBackoff(Duration initial, Duration max, double jitter) {
  /** Validates the bounds. */
  public ReconnectBackoff {
    if (initial == null || initial.isNegative() || initial.isZero()) {
      throw new IllegalArgumentException("initial backoff must be positive, got " + initial);
    }
    if (max == null || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("max backoff " + max + " must not be below the initial " + initial);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be within [0, 1], got " + jitter);
    }
  }

  /**
   * The delay before attempt {@code attempt}.
   *
   * @param attempt 0 for the first attempt after a loss, then 1, 2, …
   * @param random01 a uniform random number in [0, 1)
   */
  public Duration delay(int attempt, double random01) {
    if (attempt < 0) {
      throw new IllegalArgumentException("attempt must not be negative, got " + attempt);
    }
    if (!(random01 >= 0.0 && random01 < 1.0)) {
      throw new IllegalArgumentException("random01 must be within [0, 1), got " + random01);
    }
    long maxNs = max.toNanos();
    long baseNs = initial.toNanos();
    for (int i = 0; i < attempt && baseNs < maxNs; i++) {
      baseNs = baseNs > maxNs / 2 ? maxNs : baseNs * 2;
    }
    baseNs = Math.min(baseNs, maxNs);
    long cutNs = (long) (baseNs * jitter * random01);
    return Duration.ofNanos(baseNs - cutNs);
  }
}
