package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code DELETE /portfolio/events/orders/batched}: {@code {"orders": [{order_id, subaccount?,
 * exchange_index?, market_ticker?}]}}. Billed per item (N × 2 tokens by default).
 */
public record BatchCancelOrdersRequest(List<Item> orders) {
  /** Requires at least one order. */
  public BatchCancelOrdersRequest {
    orders = WireChecks.list(orders, "orders");
    if (orders.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one order");
    }
  }

  /** One order to cancel; like {@link CancelOrderRequest}, it needs a market ticker or shard for routing. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Item(String orderId, @Nullable Integer subaccount, @Nullable Integer exchangeIndex,
      @Nullable String marketTicker) {
    /** Requires the id and a routing field. */
    public Item {
      OrderFields.cancelRouting(orderId, marketTicker, exchangeIndex, subaccount);
    }

    /** A cancel of {@code orderId}, routed by its market. */
    public static Item of(String orderId, String marketTicker) {
      return new Item(orderId, null, null, marketTicker);
    }
  }
}
