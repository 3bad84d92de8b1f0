package dev.strike.app.replay.core;

/**
 * When each replayed event is due on the wall clock: the first event anchors event time to wall time, and every later
 * event is due {@code (tsEvent - first tsEvent) / speed} after the anchor. An event older than the newest one seen (a
 * partition whose times go backwards) is due at once rather than in the past; the plan never waits to go back in time.
 * At {@link ReplaySpeed#MAX} nothing waits.
 *
 * <p>Pure: the caller passes its clock's reading ({@code nowNanos}, any monotonic nanosecond scale such as
 * {@link System#nanoTime()}) and does the sleeping. Single-threaded.
 */
public final class PacingPlan {
  private final ReplaySpeed speed;
  private boolean anchored;
  private long firstEventNs;
  private long anchorNanos;

  /** A plan for {@code speed}. */
  public PacingPlan(ReplaySpeed speed) {
    this.speed = java.util.Objects.requireNonNull(speed, "speed");
  }

  /**
   * How long to wait, in nanoseconds (0 or more), before publishing the event with {@code tsEventNs} when the clock
   * reads {@code nowNanos}. The first call anchors the plan.
   */
  public long waitNanos(long tsEventNs, long nowNanos) {
    if (!anchored) {
      anchored = true;
      firstEventNs = tsEventNs;
      anchorNanos = nowNanos;
      return 0;
    }
    if (speed.isMax() || tsEventNs <= firstEventNs) {
      return 0;
    }
    long due = anchorNanos + wallNanos(tsEventNs - firstEventNs);
    return Math.max(0, due - nowNanos);
  }

  /** Wall nanoseconds for {@code eventNanos} of event time at this speed. */
  long wallNanos(long eventNanos) {
    if (speed.factor() == 1) {
      return eventNanos;
    }
    return (long) Math.ceil(eventNanos / speed.factor());
  }

  /** The speed. */
  public ReplaySpeed speed() {
    return speed;
  }
}
