package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/** The response of a V2 amend; counts in contracts, prices in dollars per contract, {@code tsMs} Unix ms. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AmendOrderResponse(
    String orderId,
    @Nullable String clientOrderId,
    @Nullable String remainingCount,
    @Nullable String fillCount,
    @Nullable String averageFillPrice,
    @Nullable String averageFeePaid,
    @Nullable Long tsMs) {

  /** Requires the order id. */
  public AmendOrderResponse {
    WireChecks.id(orderId, "order_id");
  }
}
