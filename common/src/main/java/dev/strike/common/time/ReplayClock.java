package dev.strike.common.time;

/**
 * Time in a backtest: it stands at the {@code tsEvent} of the last event replayed and never goes backwards, so
 * timers and time-to-live checks behave as they did live. Single-threaded use (the backtest loop).
 */
public final class ReplayClock implements Clock {
  private long nowNs;

  /** A replay clock starting at {@code startNs}. */
  public ReplayClock(long startNs) {
    this.nowNs = startNs;
  }

  @Override
  public long nowNs() {
    return nowNs;
  }

  /**
   * Moves the clock to {@code eventNs}. An event older than the clock (out-of-order input) leaves it where it is.
   *
   * @return the clock's time after the move
   */
  public long advanceTo(long eventNs) {
    if (eventNs > nowNs) {
      nowNs = eventNs;
    }
    return nowNs;
  }
}
