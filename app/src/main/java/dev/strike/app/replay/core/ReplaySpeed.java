package dev.strike.app.replay.core;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How fast a replay runs against event time: {@code factor} seconds of event time per second of wall time
 * ({@code 1} real speed, {@code 60} one recorded hour in a minute), {@link #MAX} as fast as Kafka takes it, or
 * {@link #LOCKSTEP}: unpaced, but each record only once the services have processed everything the previous one set
 * off — the services then see their inputs in the backtest's order (only where the replay runs in their process).
 *
 * @param factor event seconds per wall second, finite and above zero; {@link Double#POSITIVE_INFINITY} for max
 * @param lockstep whether each record waits for the services to settle (then the factor is infinite)
 */
public record ReplaySpeed(double factor, boolean lockstep) {
  /** No pacing at all. */
  public static final ReplaySpeed MAX = new ReplaySpeed(Double.POSITIVE_INFINITY);

  /** No pacing; one record at a time, each after the services processed the previous one and what it caused. */
  public static final ReplaySpeed LOCKSTEP = new ReplaySpeed(Double.POSITIVE_INFINITY, true);

  /** Real speed. */
  public static final ReplaySpeed REAL = new ReplaySpeed(1);

  /** Validates the factor. */
  public ReplaySpeed {
    if (Double.isNaN(factor) || factor <= 0) {
      throw new IllegalArgumentException("speed must be above 0 or 'max', got " + factor);
    }
    if (lockstep && !Double.isInfinite(factor)) {
      throw new IllegalArgumentException("a lockstep replay is unpaced");
    }
  }

  /** A paced (or, for an infinite factor, unpaced) replay that does not wait for the services. */
  public ReplaySpeed(double factor) {
    this(factor, false);
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
    if (t.equals("lockstep")) {
      return LOCKSTEP;
    }
    if (t.endsWith("x")) {
      t = t.substring(0, t.length() - 1);
    }
    double factor;
    try {
      factor = new BigDecimal(t).doubleValue();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("speed must be 'max', 'lockstep' or a factor above 0 (1 = real speed, 60 = "
          + "60x faster), got '" + text + "'");
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
    if (lockstep) {
      return "lockstep";
    }
    if (isMax()) {
      return "max";
    }
    return (factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor)) + "x";
  }
}
