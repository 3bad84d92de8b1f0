package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * {@code user_order} {@code msg} (private {@code user_orders} channel): the state of one of our orders after a change.
 *
 * @param orderId the venue's order id
 * @param userId our user id
 * @param ticker the market
 * @param status {@code resting}, {@code canceled} or {@code executed}
 * @param outcomeSide the outcome ({@code yes}/{@code no})
 * @param bookSide {@code bid} (buys that outcome) or {@code ask} (sells it)
 * @param yesPriceDollars the limit price in YES terms
 * @param fillCountFp contracts filled so far
 * @param remainingCountFp contracts still resting
 * @param initialCountFp contracts ordered
 * @param takerFillCostDollars cost of the taker fills
 * @param makerFillCostDollars cost of the maker fills
 * @param takerFeesDollars taker fees paid
 * @param makerFeesDollars maker fees paid
 * @param clientOrderId our id of the order
 * @param orderGroupId its order group, when it has one
 * @param selfTradePreventionType {@code taker_at_cross} or {@code maker}
 * @param createdTsMs when it was created, Unix milliseconds
 * @param lastUpdatedTsMs when it last changed, Unix milliseconds
 * @param expirationTsMs when it expires, Unix milliseconds, when it does
 * @param subaccountNumber the subaccount
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UserOrderMsg(@Nullable String orderId, @Nullable String userId, @Nullable String ticker,
    @Nullable String status, @Nullable String outcomeSide, @Nullable String bookSide,
    @Nullable String yesPriceDollars, @Nullable String fillCountFp, @Nullable String remainingCountFp,
    @Nullable String initialCountFp, @Nullable String takerFillCostDollars, @Nullable String makerFillCostDollars,
    @Nullable String takerFeesDollars, @Nullable String makerFeesDollars, @Nullable String clientOrderId,
    @Nullable String orderGroupId, @Nullable String selfTradePreventionType, @Nullable Long createdTsMs,
    @Nullable Long lastUpdatedTsMs, @Nullable Long expirationTsMs, @Nullable Integer subaccountNumber) {}
