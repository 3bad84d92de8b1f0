package dev.strike.ingest.spot.core;

import java.time.Duration;
import java.util.Objects;

/**
 * When a feed reconnects after losing its connection: capped exponential backoff with jitter, and optionally a
 * limit of consecutive failures after which it gives up. A failure is a connection that ended before it proved
 * useful (no subscription ack, no trade); a connection that proved useful resets the count, so a long-lived
 * connection that drops is retried after {@code minBackoff}. Immutable.
 *
 * @param minBackoff the delay before the first retry, positive
 * @param maxBackoff the cap of the delay, at least {@code minBackoff}
 * @param maxAttempts consecutive failures after which the feed gives up; 0 never gives up
 */
public record ReconnectPolicy(Duration minBackoff, Duration maxBackoff, int maxAttempts) {
  /** Validates the bounds. */
  public ReconnectPolicy {
    Objects.requireNonNull(minBackoff, "minBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (minBackoff.isNegative() || minBackoff.isZero()) {
      throw new IllegalArgumentException("minBackoff must be positive, got " + minBackoff);
    }
    if (maxBackoff.compareTo(minBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff (" + maxBackoff + ") must be at least minBackoff ("
          + minBackoff + ")");
    }
    if (maxAttempts < 0) {
      throw new IllegalArgumentException("maxAttempts must not be negative, got " + maxAttempts);
    }
  }

  /**
   * The delay before the next connection attempt, in nanoseconds: within {@code [minBackoff, ceiling]} where the
   * ceiling doubles with every consecutive failure from {@code minBackoff} up to {@code maxBackoff}. The jitter
   * spreads reconnecting clients so that they do not hit the exchange in step.
   *
   * @param failures consecutive failures so far; 0 (a reconnect the exchange asked for) waits {@code minBackoff}
   * @param jitter uniform in [0, 1), from the caller's random source (core code has none)
   */
  public long delayNs(int failures, double jitter) {
    if (!(jitter >= 0.0 && jitter < 1.0)) {
      throw new IllegalArgumentException("jitter must be within [0, 1), got " + jitter);
    }
    long min = minBackoff.toNanos();
    long ceiling = ceilingNs(failures);
    return min + (long) (jitter * (ceiling - min));
  }

  /** The largest delay {@link #delayNs} can return after {@code failures} consecutive failures, in nanoseconds. */
  public long ceilingNs(int failures) {
    long min = minBackoff.toNanos();
    long max = maxBackoff.toNanos();
    int doublings = Math.max(0, failures - 1);
    if (doublings >= 62 || min > (max >> doublings)) {
      return max;
    }
    return Math.min(max, min << doublings);
  }

  /** Whether the feed gives up after {@code failures} consecutive failures. */
  public boolean givesUp(int failures) {
    return maxAttempts > 0 && failures >= maxAttempts;
  }
}
