package dev.strike.app.dataio.core;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A half-open range of record timestamps {@code [from, to)}; either end may be open (null). Record timestamps are
 * whole milliseconds, so the bounds are compared as the first millisecond at or after each instant.
 *
 * @param from inclusive lower bound, or null
 * @param to exclusive upper bound, or null
 */
public record TimeRange(@Nullable Instant from, @Nullable Instant to) {
  /** Every timestamp. */
  public static final TimeRange ALL = new TimeRange(null, null);

  /** Validates that {@code from} is not after {@code to}. */
  public TimeRange {
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }

  /** The smallest record timestamp in range (epoch ms), or null without a lower bound. */
  public @Nullable Long fromMs() {
    return from == null ? null : ceilMillis(from);
  }

  /** Whether a record with this timestamp (epoch ms) is in range. */
  public boolean contains(long timestampMs) {
    return (from == null || timestampMs >= ceilMillis(from)) && (to == null || timestampMs < ceilMillis(to));
  }

  private static long ceilMillis(Instant instant) {
    long ms = instant.toEpochMilli(); // rounds toward negative infinity for the sub-millisecond part
    return instant.getNano() % 1_000_000 == 0 ? ms : ms + 1;
  }
}
