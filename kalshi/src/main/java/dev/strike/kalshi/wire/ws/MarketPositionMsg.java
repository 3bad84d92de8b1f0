package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * {@code market_position} {@code msg} (private {@code market_positions} channel): our position in one market.
 *
 * @param userId our user id
 * @param marketTicker the market
 * @param positionFp signed position, contracts (positive = YES, negative = NO)
 * @param positionCostDollars cost of the position
 * @param realizedPnlDollars realized profit and loss
 * @param feesPaidDollars fees paid
 * @param positionFeeCostDollars fees attributed to the open position
 * @param volumeFp contracts traded
 * @param subaccount the subaccount, when not the primary
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MarketPositionMsg(@Nullable String userId, @Nullable String marketTicker, @Nullable String positionFp,
    @Nullable String positionCostDollars, @Nullable String realizedPnlDollars, @Nullable String feesPaidDollars,
    @Nullable String positionFeeCostDollars, @Nullable String volumeFp, @Nullable Integer subaccount) {}
