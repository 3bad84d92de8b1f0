package dev.strike.common.time;

import java.time.Instant;

/**
 * Wall-clock time with the best resolution the platform gives ({@link Instant#now()}), in epoch nanoseconds. For
 * shells only: cores get a {@link Clock} injected. Thread-safe.
 */
public final class SystemClock implements Clock {
  /** The one instance. */
  public static final SystemClock INSTANCE = new SystemClock();

  private SystemClock() {}

  @Override
  public long nowNs() {
    Instant now = Instant.now();
    return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
  }
}
