package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The response of a batch cancel: one result per order, in request order. */
public record BatchCancelOrdersResponse(List<Item> orders) {
  /** Absent list reads as empty. */
  public BatchCancelOrdersResponse {
    orders = WireChecks.list(orders, "orders");
  }

  /**
   * One cancel's outcome.
   *
   * @param reducedBy contracts canceled
   * @param error why the item failed (e.g. not found), or null
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Item(@Nullable String orderId, @Nullable String clientOrderId, @Nullable String reducedBy,
      @Nullable Long tsMs, @Nullable KalshiError error) {

    /** Whether this order was canceled. */
    public boolean isCanceled() {
      return error == null;
    }
  }
}
