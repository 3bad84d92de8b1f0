package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /portfolio/events/orders/{order_id}/amend} (kalshi-api.md §5.3). The order keeps its
 * queue priority only when the size decreases at the same price.
 *
 * @param ticker the order's market, required
 * @param side the order's side, required (must match the order)
 * @param price the new YES limit, 2–4 decimals
 * @param count contracts already filled plus the desired resting size, 0–2 decimals
 * @param clientOrderId the order's current client id, or null
 * @param updatedClientOrderId a new client id for the amended order, or null
 * @param exchangeIndex the order's shard, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AmendOrderRequest(
    String ticker,
    BookSide side,
    String price,
    String count,
    @Nullable String clientOrderId,
    @Nullable String updatedClientOrderId,
    @Nullable Integer exchangeIndex) {

  /** Validates presence and formats. */
  public AmendOrderRequest {
    WireChecks.id(ticker, "ticker");
    if (side == null) {
      throw new IllegalArgumentException("side is required (bid or ask)");
    }
    OrderFields.price(price, "price");
    OrderFields.count(count, "count");
    if (clientOrderId != null) {
      WireChecks.id(clientOrderId, "client_order_id");
    }
    if (updatedClientOrderId != null) {
      WireChecks.id(updatedClientOrderId, "updated_client_order_id");
    }
    OrderFields.exchangeIndex(exchangeIndex, "exchange_index");
  }
}
