package dev.strike.kalshi.wire;

/** {@code GET /portfolio/orders/{order_id}}: {@code {"order": Order}}. */
public record OrderResponse(Order order) {
  /** Requires the order. */
  public OrderResponse {
    if (order == null) {
      throw new IllegalArgumentException("order is required");
    }
  }
}
