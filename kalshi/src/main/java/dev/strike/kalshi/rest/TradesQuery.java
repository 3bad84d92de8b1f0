package dev.strike.kalshi.rest;

import dev.strike.common.id.MarketTicker;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code GET /markets/trades} (kalshi-api.md §4.6); timestamps Unix seconds, null = not set.
 *
 * @param limit page size, 1–1000; null = 1000
 */
public record TradesQuery(@Nullable Integer limit, @Nullable MarketTicker ticker, @Nullable Long minTs,
    @Nullable Long maxTs, @Nullable Boolean isBlockTrade) {

  /** The largest page Kalshi serves. */
  public static final int MAX_LIMIT = 1000;

  /** Validates ranges. */
  public TradesQuery {
    QueryChecks.limit(limit, MAX_LIMIT);
    QueryChecks.unixSeconds(minTs, "min_ts");
    QueryChecks.unixSeconds(maxTs, "max_ts");
    QueryChecks.range(minTs, maxTs, "min_ts", "max_ts");
  }

  /** Every recent trade of every market. */
  public static TradesQuery all() {
    return new TradesQuery(null, null, null, null, null);
  }

  /** Trades of {@code ticker}. */
  public static TradesQuery of(MarketTicker ticker) {
    return new TradesQuery(null, ticker, null, null, null);
  }

  /** With a page size (1–1000). */
  public TradesQuery withLimit(int value) {
    return new TradesQuery(value, ticker, minTs, maxTs, isBlockTrade);
  }

  /** Trades within [min, max] Unix seconds (either may be null). */
  public TradesQuery withTimeRange(@Nullable Long min, @Nullable Long max) {
    return new TradesQuery(limit, ticker, min, max, isBlockTrade);
  }

  QueryParams toParams(@Nullable String cursor) {
    return QueryParams.create().add("limit", limit == null ? MAX_LIMIT : limit).add("cursor", cursor)
        .add("ticker", ticker).add("min_ts", minTs).add("max_ts", maxTs).add("is_block_trade", isBlockTrade);
  }
}
