package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * The response of a V2 cancel.
 *
 * @param orderId the canceled order, required
 * @param reducedBy contracts that were still resting and are now canceled
 * @param tsMs matching-engine time, Unix ms
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CancelOrderResponse(String orderId, @Nullable String clientOrderId, @Nullable String reducedBy,
    @Nullable Long tsMs) {

  /** Requires the order id. */
  public CancelOrderResponse {
    WireChecks.id(orderId, "order_id");
  }
}
