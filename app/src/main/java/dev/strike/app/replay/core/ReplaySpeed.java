package dev.strike.app.replay.core;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How fast a replay runs against event time: {@code factor} seconds of event time per second of wall time
 * ({@code 1} real speed, {@code 60} one recorded hour in a minute), or {@link #MAX} as fast as Kafka takes it.
 *
 * @param factor event seconds per wall second, finite and above zero; {@link Double#POSITIVE_INFINITY} for max
 */
public record ReplaySpeed(double factor) {
  /** No pacing at all. */
  public static final ReplaySpeed MAX = new ReplaySpeed(Double.POSITIVE_INFINITY);

  /** Real speed. */
  public static final ReplaySpeed REAL = new ReplaySpeed(1);

  /** Validates the factor. */
  public ReplaySpeed {
    if (Double.isNaN(factor) || factor <= 0) {
      throw new IllegalArgumentException("speed must be above 0 or 'max', got " + factor);
    }
  }

  /**
   * Reads {@code max}, or a factor such as {@code 1}, {@code 60}, {@code 0.5} (a trailing {@code x} is allowed).
   *
   * @throws IllegalArgumentException for anything else
   */
  public static ReplaySpeed parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("max")) {
      return MAX;
    }
    if (t.endsWith("x")) {
      t = t.substring(0, t.length() - 1);
    }
    double factor;
    try {
      factor = new BigDecimal(t).doubleValue();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("speed must be 'max' or a factor above 0 (1 = real speed, 60 = 60x faster),"
          + " got '" + text + "'");
    }
    if (!(factor > 0) || Double.isInfinite(factor)) {
      throw new IllegalArgumentException("speed must be 'max' or a factor above 0, got '" + text + "'");
    }
    return new ReplaySpeed(factor);
  }

  /** Whether the replay is unpaced. */
  public boolean isMax() {
    return Double.isInfinite(factor);
  }

  @Override
  public String toString() {
    if (isMax()) {
      return "max";
    }
    return (factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor)) + "x";
  }
}
