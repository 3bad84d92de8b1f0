package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * An order as the portfolio reads return it ({@code GET /portfolio/orders[/{order_id}]}, kalshi-api.md §5.5).
 * Reads are eventually consistent; the V2 write response and the WebSocket are fresher.
 *
 * @param orderId Kalshi's id, required
 * @param clientOrderId our idempotency key, or null for orders placed without one
 * @param outcomeSide the outcome the order trades (canonical; {@code side} is ignored)
 * @param bookSide its side of the YES book (canonical; {@code action} is ignored)
 * @param type {@code limit} ({@code market} only on old records)
 * @param status {@code resting}, {@code canceled} or {@code executed}
 * @param yesPriceDollars the limit in YES terms
 * @param initialCountFp contracts ordered
 * @param fillCountFp contracts filled so far
 * @param remainingCountFp contracts still resting
 * @param expirationTime RFC 3339, or null
 * @param createdTime RFC 3339
 * @param lastUpdateTime RFC 3339, or null
 * @param lastUpdateReason e.g. {@code PostOnlyCrossCancel}, when sent
 * @param exchangeIndex the shard it rests on
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Order(
    String orderId,
    @Nullable String userId,
    @Nullable String clientOrderId,
    @Nullable String ticker,
    @Nullable OutcomeSide outcomeSide,
    @Nullable BookSide bookSide,
    @Nullable String type,
    @Nullable String status,
    @Nullable String yesPriceDollars,
    @Nullable String noPriceDollars,
    @Nullable String initialCountFp,
    @Nullable String fillCountFp,
    @Nullable String remainingCountFp,
    @Nullable String takerFillCostDollars,
    @Nullable String makerFillCostDollars,
    @Nullable String takerFeesDollars,
    @Nullable String makerFeesDollars,
    @Nullable String expirationTime,
    @Nullable String createdTime,
    @Nullable String lastUpdateTime,
    @Nullable String lastUpdateReason,
    @Nullable String selfTradePreventionType,
    @Nullable String orderGroupId,
    @Nullable Boolean cancelOrderOnPause,
    @Nullable Integer subaccountNumber,
    @Nullable Integer exchangeIndex) {

  /** Status of an order that can still fill. */
  public static final String RESTING = "resting";
  /** Status of an order canceled (by us, by expiry or by the exchange) before it filled completely. */
  public static final String CANCELED = "canceled";
  /** Status of an order that filled completely. */
  public static final String EXECUTED = "executed";

  /** Requires the order id. */
  public Order {
    WireChecks.id(orderId, "order.order_id");
  }

  /** Whether the order is resting (may still fill). */
  public boolean isResting() {
    return RESTING.equalsIgnoreCase(status);
  }
}
