package dev.strike.common.time;

/**
 * The only way core code learns the time besides event timestamps (ARCHITECTURE §2). {@link SystemClock} exists
 * only in shells, {@link ReplayClock} in backtests, {@link ManualClock} in tests.
 */
public interface Clock {
  /** The current time in epoch nanoseconds. */
  long nowNs();
}
