package dev.strike.app.replay.shell;

/** Waits on behalf of a paced replay; tests pass one that advances a manual clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  /** The real one: {@link Thread#sleep}. */
  Sleeper THREAD = nanos -> Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));

  /** Waits about {@code nanos} nanoseconds (above 0). */
  void sleepNanos(long nanos) throws InterruptedException;
}
