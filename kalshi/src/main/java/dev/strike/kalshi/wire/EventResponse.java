package dev.strike.kalshi.wire;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /events/{event_ticker}}: {@code {"event": EventData, "markets": [Market]}}. Kalshi deprecated the
 * top-level {@code markets} in favour of {@code event.markets}; {@link #allMarkets()} reads both.
 *
 * @param event the event, required
 * @param markets the deprecated top-level markets, empty when absent
 */
public record EventResponse(EventData event, List<Market> markets) {
  /** Requires the event; absent list reads as empty. */
  public EventResponse {
    if (event == null) {
      throw new IllegalArgumentException("event is required");
    }
    markets = WireChecks.list(markets, "markets");
  }

  /** The event's markets: the nested ones, then any top-level ones not nested, each ticker once. */
  public List<Market> allMarkets() {
    Map<String, Market> byTicker = new LinkedHashMap<>();
    for (Market market : event.markets()) {
      byTicker.putIfAbsent(market.ticker(), market);
    }
    for (Market market : markets) {
      byTicker.putIfAbsent(market.ticker(), market);
    }
    return List.copyOf(new ArrayList<>(byTicker.values()));
  }
}
