package dev.strike.kalshi.wire;

import java.util.List;

/**
 * The body of {@code POST /portfolio/events/orders/batched}: {@code {"orders": [CreateOrderRequest…]}}. Billed per
 * item (N × 10 tokens by default); the whole batch must fit in the write bucket.
 */
public record BatchCreateOrdersRequest(List<CreateOrderRequest> orders) {
  /** Requires at least one order and distinct client order ids. */
  public BatchCreateOrdersRequest {
    orders = WireChecks.list(orders, "orders");
    if (orders.isEmpty()) {
      throw new IllegalArgumentException("a batch needs at least one order");
    }
    long distinct = orders.stream().map(CreateOrderRequest::clientOrderId).filter(id -> id != null).distinct()
        .count();
    long withId = orders.stream().filter(o -> o.clientOrderId() != null).count();
    if (distinct != withId) {
      throw new IllegalArgumentException("client_order_id must be unique within a batch");
    }
  }
}
