package dev.strike.kalshi.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code GET /markets}: {@code {"markets": [Market], "cursor"}}. */
public record MarketsResponse(List<Market> markets, @Nullable String cursor) implements Paged<Market> {
  /** Absent list reads as empty. */
  public MarketsResponse {
    markets = WireChecks.list(markets, "markets");
  }

  @Override
  public List<Market> items() {
    return markets;
  }
}
