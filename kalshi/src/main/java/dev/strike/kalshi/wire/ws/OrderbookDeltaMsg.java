package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * {@code orderbook_delta} {@code msg}: the signed change of the resting size at one level.
 *
 * @param marketTicker the market
 * @param marketId the market's UUID
 * @param priceDollars the level's price (NO levels in NO prices with {@code use_yes_price: false})
 * @param deltaFp signed change of the size, e.g. {@code "-25.00"}
 * @param side {@code yes} or {@code no}
 * @param tsMs venue time, Unix milliseconds (optional)
 * @param clientOrderId our order that caused the change, present only for our own orders
 * @param subaccount the subaccount of that order, present only for our own orders
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrderbookDeltaMsg(@Nullable String marketTicker, @Nullable String marketId,
    @Nullable String priceDollars, @Nullable String deltaFp, @Nullable String side, @Nullable Long tsMs,
    @Nullable String clientOrderId, @Nullable Integer subaccount) {}
