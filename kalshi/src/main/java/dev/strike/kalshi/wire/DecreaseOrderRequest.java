package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /portfolio/events/orders/{order_id}/decrease} (kalshi-api.md §5.3): exactly one of
 * {@code reduceBy} and {@code reduceTo}, and (for routing, as with cancels) a market ticker or a shard.
 *
 * @param reduceBy contracts to take off the resting size, positive
 * @param reduceTo the resting size to leave, zero or more
 * @param exchangeIndex the order's shard, for routing
 * @param marketTicker the order's market, for routing
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DecreaseOrderRequest(@Nullable String reduceBy, @Nullable String reduceTo,
    @Nullable Integer exchangeIndex, @Nullable String marketTicker) {

  /** Requires exactly one of reduce_by and reduce_to, well formed. */
  public DecreaseOrderRequest {
    if ((reduceBy == null) == (reduceTo == null)) {
      throw new IllegalArgumentException("exactly one of reduce_by and reduce_to is required");
    }
    if (reduceBy != null) {
      OrderFields.count(reduceBy, "reduce_by");
    } else {
      OrderFields.count(reduceTo, "reduce_to", true);
    }
    if (marketTicker == null && exchangeIndex == null) {
      throw new IllegalArgumentException("a decrease needs market_ticker or exchange_index for routing; without "
          + "both Kalshi routes it to exchange index 0");
    }
    OrderFields.exchangeIndex(exchangeIndex, "exchange_index");
    if (marketTicker != null) {
      WireChecks.id(marketTicker, "market_ticker");
    }
  }

  /** Take {@code contracts} off the resting size of an order of {@code marketTicker}. */
  public static DecreaseOrderRequest reduceBy(String contracts, String marketTicker) {
    return new DecreaseOrderRequest(contracts, null, null, marketTicker);
  }

  /** Leave {@code contracts} resting on an order of {@code marketTicker}. */
  public static DecreaseOrderRequest reduceTo(String contracts, String marketTicker) {
    return new DecreaseOrderRequest(null, contracts, null, marketTicker);
  }
}
