package dev.strike.kalshi.ws.core;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookEvent;
import dev.strike.common.id.MarketTicker;
import java.util.List;

/**
 * Receives what the {@link BookSequencer} decided for one input, in order. The shell implements it (publish to the
 * feed, send {@code update_subscription get_snapshot}, count); tests record the calls. Called on the sequencer's
 * thread only, during the call that caused it; implementations must not call back into the sequencer.
 */
public interface SequencerOutput {
  /** A book event for consumers: a snapshot or delta that passed the checks, or a {@code BookGap}. */
  void publish(BookEvent event);

  /**
   * Ask the venue for fresh snapshots (an {@code update_subscription} with action {@code get_snapshot}).
   *
   * @param sid the subscription the markets are on
   * @param markets the markets, sorted, not empty
   */
  void requestSnapshots(long sid, List<MarketTicker> markets);

  /** A delta that was not passed on, and why. Nothing is published for it. */
  void dropped(BookDelta delta, DropReason reason);
}
