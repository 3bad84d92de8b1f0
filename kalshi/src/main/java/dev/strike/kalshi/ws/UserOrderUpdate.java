package dev.strike.kalshi.ws;

import dev.strike.common.event.Side;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import org.jspecify.annotations.Nullable;

/**
 * A {@code user_order} message (private {@code user_orders} channel): the state of one of our orders after a change.
 * Kalshi's docs warn that this channel has been seen silent where {@code fill} was not; execution treats REST write
 * answers and fills as the primary truth (kalshi-api.md §11.15).
 *
 * @param orderId the venue's order id
 * @param userId our user id, or null
 * @param ticker the market
 * @param status the order's state
 * @param statusName the wire status, for {@link OrderStatus#OTHER}
 * @param outcomeSide the outcome
 * @param bookSide buys ({@code bid}) or sells ({@code ask}) that outcome
 * @param yesPrice the limit price in YES terms
 * @param filled contracts filled so far
 * @param remaining contracts still resting
 * @param initial contracts ordered, or null when not sent
 * @param takerFillCost cost of the taker fills, or null
 * @param makerFillCost cost of the maker fills, or null
 * @param takerFees taker fees paid, or null
 * @param makerFees maker fees paid, or null
 * @param clientOrderId our id of the order, or null
 * @param orderGroupId its order group, or null
 * @param selfTradePreventionType as sent, or null
 * @param createdNs creation time, epoch ns, or 0
 * @param lastUpdatedNs last change, epoch ns, or 0
 * @param expirationNs expiry, epoch ns, or 0 when it does not expire
 * @param subaccount the subaccount, or -1 when not given
 * @param tsEvent {@code last_updated_ts_ms} when present, else the envelope's {@code sending_ts_ms}, else
 *     {@code tsInit}, epoch ns
 */
public record UserOrderUpdate(VenueOrderId orderId, @Nullable String userId, MarketTicker ticker,
    OrderStatus status, String statusName, Side outcomeSide, BookSide bookSide, Price yesPrice, Qty filled,
    Qty remaining, @Nullable Qty initial, @Nullable Money takerFillCost, @Nullable Money makerFillCost,
    @Nullable Money takerFees, @Nullable Money makerFees, @Nullable ClientOrderId clientOrderId,
    @Nullable String orderGroupId, @Nullable String selfTradePreventionType, long createdNs, long lastUpdatedNs,
    long expirationNs, int subaccount, long tsEvent, long tsInit) implements KalshiWsEvent {

  /** Validates presence and times. */
  public UserOrderUpdate {
    Checks.present(orderId, "orderId");
    Checks.present(ticker, "ticker");
    Checks.present(status, "status");
    Checks.text(statusName, "statusName");
    Checks.present(outcomeSide, "outcomeSide");
    Checks.present(bookSide, "bookSide");
    Checks.present(yesPrice, "yesPrice");
    Checks.present(filled, "filled");
    Checks.present(remaining, "remaining");
    Checks.notNegative(createdNs, "createdNs");
    Checks.notNegative(lastUpdatedNs, "lastUpdatedNs");
    Checks.notNegative(expirationNs, "expirationNs");
    Checks.times(tsEvent, tsInit);
  }
}
