package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code GET /markets/{ticker}/orderbook}: {@code {"orderbook_fp": {"yes_dollars": […], "no_dollars": […]}}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrderbookResponse(Orderbook orderbookFp) {
  /** Requires the book. */
  public OrderbookResponse {
    if (orderbookFp == null) {
      throw new IllegalArgumentException("orderbook_fp is required");
    }
  }
}
