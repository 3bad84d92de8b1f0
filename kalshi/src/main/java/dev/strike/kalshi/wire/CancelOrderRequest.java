package dev.strike.kalshi.wire;

import org.jspecify.annotations.Nullable;

/**
 * A V2 cancel, {@code DELETE /portfolio/events/orders/{order_id}} (kalshi-api.md §5.3). It has no body: the id goes
 * in the path, the rest in the query. A cancel without {@code market_ticker} or {@code exchange_index} is routed to
 * shard 0 by Kalshi and misses orders on other shards, so one of them is required here.
 *
 * @param orderId the order, required
 * @param marketTicker the order's market, for routing
 * @param exchangeIndex the order's shard, for routing
 * @param subaccount 0 to 63, or null
 */
public record CancelOrderRequest(String orderId, @Nullable String marketTicker, @Nullable Integer exchangeIndex,
    @Nullable Integer subaccount) {

  /** Requires the id and a routing field. */
  public CancelOrderRequest {
    OrderFields.cancelRouting(orderId, marketTicker, exchangeIndex, subaccount);
  }

  /** A cancel of {@code orderId}, routed by its market. */
  public static CancelOrderRequest of(String orderId, String marketTicker) {
    return new CancelOrderRequest(orderId, marketTicker, null, null);
  }
}
