package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /portfolio/positions} (kalshi-api.md §5.6): one page of market and event positions. The cursor pages
 * both lists together.
 *
 * @param marketPositions positions per market
 * @param eventPositions positions per event
 * @param cursor the next page's cursor; null or empty on the last page
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Positions(List<MarketPosition> marketPositions, List<EventPosition> eventPositions,
    @Nullable String cursor) {

  /** Absent lists read as empty. */
  public Positions {
    marketPositions = WireChecks.list(marketPositions, "market_positions");
    eventPositions = WireChecks.list(eventPositions, "event_positions");
  }

  /** Whether another page follows. */
  public boolean hasNextPage() {
    return WireChecks.hasMore(cursor);
  }
}
