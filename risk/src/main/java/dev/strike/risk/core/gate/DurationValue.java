package dev.strike.risk.core.gate;

import dev.strike.common.config.DurationText;
import java.time.Duration;

/**
 * Durations as operators write them, read by {@link DurationText}: ISO-8601 ({@code PT30S}), {@code 0}, or whole numbers each followed by {@code ns}, {@code us},
 * {@code ms}, {@code s}, {@code m}, {@code h} or {@code d} ({@code 30s}, {@code 1m30s}). A bare number other than zero
 * is refused: its unit would be a guess.
 */
final class DurationValue {
  private DurationValue() {}

  private static final long[] UNIT_NS = {86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L,
      1_000_000L, 1_000L, 1L};
  private static final String[] UNIT = {"d", "h", "m", "s", "ms", "us", "ns"};

  /** The duration in nanoseconds; throws {@link IllegalArgumentException} if the text is not a duration. */
  static long parseNs(String text) {
    Duration duration = DurationText.parse(text).orElseThrow(() ->
        new IllegalArgumentException("not a duration (write e.g. 30s, 500ms, 14m, 1h30m or PT30S)"));
    try {
      return duration.toNanos();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("too long to count in nanoseconds", e);
    }
  }

  /** {@code ns} in the largest unit that writes it exactly ({@code 30s}, {@code 14m}, {@code 1500ms}). */
  static String format(long ns) {
    if (ns == 0) {
      return "0";
    }
    for (int i = 0; i < UNIT_NS.length; i++) {
      if (ns % UNIT_NS[i] == 0) {
        return (ns / UNIT_NS[i]) + UNIT[i];
      }
    }
    throw new AssertionError("unreachable: every duration is a whole number of nanoseconds");
  }
}
