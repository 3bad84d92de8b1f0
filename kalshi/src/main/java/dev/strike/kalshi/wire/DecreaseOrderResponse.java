package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The response of a V2 decrease: the resting size left, contracts; {@code tsMs} Unix ms. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DecreaseOrderResponse(String orderId, @Nullable String clientOrderId, @Nullable String remainingCount,
    @Nullable Long tsMs) {

  /** Requires the order id. */
  public DecreaseOrderResponse {
    WireChecks.id(orderId, "order_id");
  }
}
