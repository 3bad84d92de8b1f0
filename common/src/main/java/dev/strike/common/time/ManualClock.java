package dev.strike.common.time;

/** A clock that moves only when told to; for tests. Thread-safe (volatile reads, synchronized writes). */
public final class ManualClock implements Clock {
  private volatile long nowNs;

  /** A clock standing at {@code startNs}. */
  public ManualClock(long startNs) {
    this.nowNs = startNs;
  }

  @Override
  public long nowNs() {
    return nowNs;
  }

  /** Sets the time; it may go backwards, because tests sometimes need that. */
  public synchronized void set(long epochNs) {
    this.nowNs = epochNs;
  }

  /** Moves the time forward by {@code deltaNs} (not negative). */
  public synchronized void advance(long deltaNs) {
    if (deltaNs < 0) {
      throw new IllegalArgumentException("advance needs a non-negative delta, got " + deltaNs);
    }
    this.nowNs = Math.addExact(nowNs, deltaNs);
  }
}
