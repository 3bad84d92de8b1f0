package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The 201 response of a batch create: one result per order, in request order; an item either carries an
 * {@code orderId} or an {@code error}.
 */
public record BatchCreateOrdersResponse(List<Item> orders) {
  /** Absent list reads as empty. */
  public BatchCreateOrdersResponse {
    orders = WireChecks.list(orders, "orders");
  }

  /**
   * One order's outcome.
   *
   * @param orderId the new order's id, or null when the item failed
   * @param error why the item failed, or null
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Item(
      @Nullable String orderId,
      @Nullable String clientOrderId,
      @Nullable String fillCount,
      @Nullable String remainingCount,
      @Nullable String averageFillPrice,
      @Nullable String averageFeePaid,
      @Nullable Long tsMs,
      @Nullable KalshiError error) {

    /** Whether this order was placed. */
    public boolean isPlaced() {
      return error == null && orderId != null;
    }
  }
}
