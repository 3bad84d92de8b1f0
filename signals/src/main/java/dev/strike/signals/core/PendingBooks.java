package dev.strike.signals.core;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.id.MarketTicker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Book events of markets whose {@code MarketInfo} has not arrived yet: the latest snapshot and the deltas after it, to
 * be applied in order when the metadata comes. The signals service reads {@code md.markets} and {@code md.book} side
 * by side, so after a (re)start a market's snapshot can come first; Kalshi sends a snapshot only on subscription, and
 * dropping it left the market's book unusable until the next one. Bounded: at most {@link #MAX_MARKETS} markets (the
 * oldest is dropped) and {@link #MAX_DELTAS} deltas per market (then the market waits for a new snapshot). Not
 * thread-safe: owned by the engine.
 */
final class PendingBooks {
  /** Markets held at most. */
  static final int MAX_MARKETS = 1_024;
  /** Deltas held per market at most. */
  static final int MAX_DELTAS = 10_000;

  private final Map<MarketTicker, List<BookEvent>> pending = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<MarketTicker, List<BookEvent>> eldest) {
      return size() > MAX_MARKETS;
    }
  };

  /** Holds {@code event} of a market without metadata; a delta before any snapshot is useless and not held. */
  void hold(BookEvent event) {
    MarketTicker ticker = event.ticker();
    if (event instanceof BookSnapshot) {
      List<BookEvent> events = new ArrayList<>();
      events.add(event);
      pending.remove(ticker); // re-inserted last: the newest market is the last to be dropped
      pending.put(ticker, events);
    } else if (event instanceof BookDelta) {
      List<BookEvent> events = pending.get(ticker);
      if (events == null) {
        return;
      }
      if (events.size() > MAX_DELTAS) {
        pending.remove(ticker);
        return;
      }
      events.add(event);
    } else {
      pending.remove(ticker); // a gap: what was held is no longer the book
    }
  }

  /** The held events of {@code ticker}, in arrival order, forgetting them; empty if none. */
  List<BookEvent> take(MarketTicker ticker) {
    List<BookEvent> events = pending.remove(ticker);
    return events == null ? List.of() : events;
  }

  /** Markets with held events. */
  int markets() {
    return pending.size();
  }
}
