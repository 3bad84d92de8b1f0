package dev.strike.app.calibration.core;

import dev.strike.common.event.SpotTick;
import dev.strike.signals.core.SpotView;

/**
 * The spot state of one underlying as the calibration replays it: ticks go in in event-time order, time is advanced
 * to each scoring time, and the {@link SpotView} answers from what it has seen so far only. The signals'
 * {@code SpotTracker} is one; tests use small fakes. Single-threaded.
 */
public interface SpotFeed {
  /** One tick, in non-decreasing {@code tsEvent} order. */
  void onTick(SpotTick tick);

  /** Moves the feed's clock to {@code nowNs} (epoch ns, not before the last tick): sources may go stale. */
  void advanceTo(long nowNs);

  /** The state as of the last tick or {@link #advanceTo} call. */
  SpotView view();
}
