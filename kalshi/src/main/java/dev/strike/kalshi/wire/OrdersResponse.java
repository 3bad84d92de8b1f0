package dev.strike.kalshi.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code GET /portfolio/orders}: {@code {"orders": [Order], "cursor"}}. */
public record OrdersResponse(List<Order> orders, @Nullable String cursor) implements Paged<Order> {
  /** Absent list reads as empty. */
  public OrdersResponse {
    orders = WireChecks.list(orders, "orders");
  }

  @Override
  public List<Order> items() {
    return orders;
  }
}
