package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * The 201 response of the V2 create (flat, no {@code order} wrapper; kalshi-api.md §5.2).
 *
 * @param orderId Kalshi's id of the new order, required
 * @param fillCount contracts filled immediately
 * @param remainingCount contracts resting after placement (0 for the unfilled rest of IOC/FOK)
 * @param averageFillPrice dollars per contract, only when something filled
 * @param averageFeePaid dollars per contract, only when something filled
 * @param tsMs matching-engine time, Unix ms
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateOrderResponse(
    String orderId,
    @Nullable String clientOrderId,
    @Nullable String fillCount,
    @Nullable String remainingCount,
    @Nullable String averageFillPrice,
    @Nullable String averageFeePaid,
    @Nullable Long tsMs) {

  /** Requires the order id. */
  public CreateOrderResponse {
    WireChecks.id(orderId, "order_id");
  }
}
