package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * {@code trade} {@code msg}: one public trade print.
 *
 * @param tradeId the venue's trade id (shared with the fills of our own executions)
 * @param marketTicker the market
 * @param yesPriceDollars the price in YES terms
 * @param noPriceDollars the price in NO terms
 * @param countFp contracts traded
 * @param takerOutcomeSide the outcome the taker traded ({@code yes}/{@code no})
 * @param takerBookSide whether the taker bought ({@code bid}) or sold ({@code ask}) that outcome
 * @param takerSide deprecated: the side the taker bought; read only when the canonical fields are missing
 * @param blockTrade whether it was a block trade ({@code is_block_trade})
 * @param tsMs venue time, Unix milliseconds
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TradeMsg(@Nullable String tradeId, @Nullable String marketTicker, @Nullable String yesPriceDollars,
    @Nullable String noPriceDollars, @Nullable String countFp, @Nullable String takerOutcomeSide,
    @Nullable String takerBookSide, @Nullable String takerSide,
    @JsonProperty("is_block_trade") @Nullable Boolean blockTrade, @Nullable Long tsMs) {}
