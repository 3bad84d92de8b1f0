package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * {@code fill} {@code msg} (private channel): one execution of one of our orders.
 *
 * @param tradeId the venue's trade id
 * @param orderId the venue's order id
 * @param clientOrderId our id of the order, when it has one
 * @param marketTicker the market
 * @param taker whether we took liquidity ({@code is_taker})
 * @param outcomeSide the outcome traded ({@code yes}/{@code no})
 * @param bookSide {@code bid} (bought that outcome) or {@code ask} (sold it)
 * @param side deprecated outcome side, read only when {@code outcome_side} is missing
 * @param action deprecated {@code buy}/{@code sell}, read only when {@code book_side} is missing
 * @param yesPriceDollars the price in YES terms
 * @param countFp contracts filled
 * @param feeCost the fee charged, dollars
 * @param postPositionFp our signed position after this fill (authoritative)
 * @param tsMs venue time, Unix milliseconds
 * @param subaccount the subaccount, when not the primary
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FillMsg(@Nullable String tradeId, @Nullable String orderId, @Nullable String clientOrderId,
    @Nullable String marketTicker, @JsonProperty("is_taker") @Nullable Boolean taker,
    @Nullable String outcomeSide, @Nullable String bookSide, @Nullable String side, @Nullable String action,
    @Nullable String yesPriceDollars, @Nullable String countFp, @Nullable String feeCost,
    @Nullable String postPositionFp, @Nullable Long tsMs, @Nullable Integer subaccount) {}
