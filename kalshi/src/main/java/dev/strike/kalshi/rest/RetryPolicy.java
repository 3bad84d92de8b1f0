package dev.strike.kalshi.rest;

import java.time.Duration;
import java.util.Objects;

/**
 * How reads are retried: at most {@code maxAttempts} attempts in all; before retry {@code n} (0-based) the client
 * waits {@code min(maxBackoff, initialBackoff × 2^n)} shortened by a random fraction of up to {@code jitter} of it,
 * so clients that failed together do not retry together. 429 bodies carry no Retry-After (§6), so the backoff is
 * the only pacing besides the client's own bucket.
 *
 * @param maxAttempts attempts including the first, 1 (no retry) to 100
 * @param initialBackoff the first wait, positive
 * @param maxBackoff the cap of every wait, at least {@code initialBackoff}
 * @param jitter the largest fraction taken off a wait at random, 0 (none) to 1 ("full jitter")
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter) {
  /** Validates the ranges. */
  public RetryPolicy {
    if (maxAttempts < 1 || maxAttempts > 100) {
      throw new IllegalArgumentException("maxAttempts must be 1 to 100, got " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (initialBackoff.isNegative() || initialBackoff.isZero()) {
      throw new IllegalArgumentException("initialBackoff must be positive, got " + initialBackoff);
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff " + maxBackoff + " must be at least initialBackoff "
          + initialBackoff);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be within 0 and 1, got " + jitter);
    }
  }

  /** Five attempts, 200 ms doubling to at most 10 s, half jitter. */
  public static RetryPolicy defaults() {
    return new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(10), 0.5);
  }

  /** One attempt, no retry. */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), 0.0);
  }

  /** The wait before retry {@code retry} (0-based) without jitter: {@code min(max, initial × 2^retry)}. */
  public Duration nominalBackoff(int retry) {
    if (retry < 0) {
      throw new IllegalArgumentException("retry must not be negative, got " + retry);
    }
    long initial = initialBackoff.toNanos();
    long max = maxBackoff.toNanos();
    if (retry >= 62 || initial > (max >> retry)) {
      return maxBackoff;
    }
    return Duration.ofNanos(Math.min(max, initial << retry));
  }

  /**
   * The wait before retry {@code retry} (0-based): the nominal wait minus {@code jitter × unitRandom} of it.
   *
   * @param unitRandom a uniform random number in [0, 1)
   */
  public Duration backoff(int retry, double unitRandom) {
    if (!(unitRandom >= 0.0 && unitRandom < 1.0)) {
      throw new IllegalArgumentException("unitRandom must be within [0, 1), got " + unitRandom);
    }
    long nominal = nominalBackoff(retry).toNanos();
    long cut = (long) (nominal * jitter * unitRandom);
    return Duration.ofNanos(nominal - cut);
  }
}
