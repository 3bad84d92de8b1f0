package dev.strike.risk.core.gate;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as operators write them, in the grammar of {@code dev.strike.common.config.DurationText} (which is
 * package-private there): ISO-8601 ({@code PT30S}), {@code 0}, or whole numbers each followed by {@code ns}, {@code us},
 * {@code ms}, {@code s}, {@code m}, {@code h} or {@code d} ({@code 30s}, {@code 1m30s}). A bare number other than zero
 * is refused: its unit would be a guess.
 */
final class DurationValue {
  private DurationValue() {}

  private static final Pattern PART = Pattern.compile("(\\d{1,18})(ns|us|ms|s|m|h|d)");
  private static final long[] UNIT_NS = {86_400_000_000_000L, 3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L,
      1_000_000L, 1_000L, 1L};
  private static final String[] UNIT = {"d", "h", "m", "s", "ms", "us", "ns"};

  /** The duration in nanoseconds; throws {@link IllegalArgumentException} if the text is not a duration. */
  static long parseNs(String text) {
    String trimmed = text.trim();
    if (trimmed.equals("0")) {
      return 0;
    }
    if (trimmed.startsWith("P") || trimmed.startsWith("p") || trimmed.startsWith("-P")) {
      try {
        return Duration.parse(trimmed).toNanos();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a duration: " + e.getMessage(), e);
      }
    }
    Matcher part = PART.matcher(trimmed);
    long totalNs = 0;
    int at = 0;
    while (at < trimmed.length()) {
      part.region(at, trimmed.length());
      if (!part.lookingAt()) {
        throw new IllegalArgumentException("not a duration (write e.g. 30s, 500ms, 14m, 1h30m or PT30S)");
      }
      long amount = Long.parseLong(part.group(1));
      totalNs = Math.addExact(totalNs, Math.multiplyExact(amount, unitNs(part.group(2))));
      at = part.end();
    }
    if (at == 0) {
      throw new IllegalArgumentException("not a duration (write e.g. 30s, 500ms, 14m, 1h30m or PT30S)");
    }
    return totalNs;
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

  private static long unitNs(String unit) {
    for (int i = 0; i < UNIT.length; i++) {
      if (UNIT[i].equals(unit)) {
        return UNIT_NS[i];
      }
    }
    throw new IllegalArgumentException("unknown unit " + unit);
  }
}
