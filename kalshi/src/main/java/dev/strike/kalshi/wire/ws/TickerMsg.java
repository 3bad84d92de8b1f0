package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * {@code ticker} {@code msg}: a market's top of book, last trade and totals, sent whenever one of them changes.
 *
 * @param marketTicker the market
 * @param marketId the market's UUID
 * @param priceDollars last trade price
 * @param yesBidDollars best YES bid
 * @param yesAskDollars best YES ask
 * @param yesBidSizeFp size at the best YES bid
 * @param yesAskSizeFp size at the best YES ask
 * @param lastTradeSizeFp size of the last trade
 * @param volumeFp contracts traded
 * @param openInterestFp contracts open
 * @param dollarVolume traded value, whole dollars
 * @param dollarOpenInterest open value, whole dollars
 * @param tsMs venue time, Unix milliseconds
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TickerMsg(@Nullable String marketTicker, @Nullable String marketId, @Nullable String priceDollars,
    @Nullable String yesBidDollars, @Nullable String yesAskDollars, @Nullable String yesBidSizeFp,
    @Nullable String yesAskSizeFp, @Nullable String lastTradeSizeFp, @Nullable String volumeFp,
    @Nullable String openInterestFp, @Nullable Long dollarVolume, @Nullable Long dollarOpenInterest,
    @Nullable Long tsMs) {}
