package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * A public trade print ({@code GET /markets/trades}, kalshi-api.md §4.6).
 *
 * @param tradeId the trade id, required (our own executions share it with our fills)
 * @param ticker the market, required
 * @param countFp contracts traded
 * @param yesPriceDollars the YES price; {@code noPriceDollars} is its complement
 * @param takerOutcomeSide the outcome the taker bought (canonical; the deprecated {@code taker_side} is ignored)
 * @param takerBookSide the taker's side of the YES book
 * @param createdTime RFC 3339
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Trade(
    String tradeId,
    String ticker,
    @Nullable String countFp,
    @Nullable String yesPriceDollars,
    @Nullable String noPriceDollars,
    @Nullable OutcomeSide takerOutcomeSide,
    @Nullable BookSide takerBookSide,
    @Nullable String createdTime,
    @Nullable Boolean isBlockTrade) {

  /** Requires the trade id and the ticker. */
  public Trade {
    WireChecks.id(tradeId, "trade.trade_id");
    WireChecks.id(ticker, "trade.ticker");
  }
}
