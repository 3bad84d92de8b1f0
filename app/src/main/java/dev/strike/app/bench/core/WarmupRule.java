package dev.strike.app.bench.core;

import java.time.Duration;
import java.util.Locale;

/**
 * When {@code strike bench latency} has warmed up by itself ({@code --warmup auto}): at least {@link #MIN}, then at the
 * end of the first {@link #WINDOW} in which the JIT compilers of all the run's JVMs together spent less than
 * {@link #SETTLED_SHARE} of the window compiling; at most {@link #MAX}. Why: with the broker, the clients and the
 * services in one JVM, C2 was still compiling 60–70 s into a run at 1,000 events/s on 2 cores (half a core at
 * 55–70 s at 500/s, 3 % of one at 150 s), and the figures measured the compiler, not Strike (p50 38.5 ms after
 * 30 s of warm-up, 5.3 ms after 150 s, same machine). Compilation time is what {@code CompilationMXBean} reports.
 * Pure.
 */
public final class WarmupRule {
  /** The shortest warm-up. */
  public static final Duration MIN = Duration.ofSeconds(30);
  /** The longest warm-up: the run measures then even if the JIT is still busy (and says so). */
  public static final Duration MAX = Duration.ofSeconds(300);
  /** How long each look at the JIT spans. */
  public static final Duration WINDOW = Duration.ofSeconds(10);
  /** The JIT's share of a window below which the run counts as warm: 5 %. */
  public static final double SETTLED_SHARE = 0.05;

  private WarmupRule() {}

  /** Whether compiling {@code jitMsInWindow} ms (all JVMs together) over one {@link #WINDOW} counts as settled. */
  public static boolean settled(long jitMsInWindow) {
    if (jitMsInWindow < 0) {
      throw new IllegalArgumentException("jitMsInWindow must not be negative, got " + jitMsInWindow);
    }
    return jitMsInWindow < SETTLED_SHARE * WINDOW.toMillis();
  }

  /**
   * Whether the warm-up ends after a window that ended {@code elapsed} into it and in which the JIT compiled
   * {@code jitMsInWindow} ms: it is at least {@link #MIN} and either settled or at {@link #MAX}.
   */
  public static boolean done(Duration elapsed, long jitMsInWindow) {
    if (elapsed.compareTo(MIN) < 0) {
      return false;
    }
    return elapsed.compareTo(MAX) >= 0 || settled(jitMsInWindow);
  }

  /** The line the run prints about its warm-up. */
  public static String describe(Duration elapsed, long jitMsInWindow) {
    String share = String.format(Locale.ROOT, "%.1f %%", 100.0 * jitMsInWindow / WINDOW.toMillis());
    return settled(jitMsInWindow)
        ? "warm-up: " + elapsed.toSeconds() + " s, until the JIT settled (it compiled " + share + " of the last "
            + WINDOW.toSeconds() + " s)"
        : "warm-up: " + elapsed.toSeconds() + " s, the limit; the JIT still compiled " + share + " of the last "
            + WINDOW.toSeconds() + " s, so the figures include some compilation";
  }
}
