package dev.strike.kalshi.rest;

import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.VenueOrderId;
import org.jspecify.annotations.Nullable;

/**
 * Filters shared by the portfolio lists {@code GET /portfolio/positions}, {@code /fills} and {@code /settlements}
 * (kalshi-api.md §5.6–§5.8); each endpoint sends the ones it documents. Timestamps Unix seconds; null = not set.
 *
 * @param limit page size, 1–1000; null = 1000
 * @param orderId fills only
 * @param settlementStatus positions only: {@code unsettled} (Kalshi's default), {@code settled} or {@code all}
 * @param countFilter positions only: {@code position}, {@code total_traded} or both, comma separated
 */
public record PortfolioQuery(
    @Nullable Integer limit,
    @Nullable MarketTicker ticker,
    @Nullable EventTicker eventTicker,
    @Nullable VenueOrderId orderId,
    @Nullable Long minTs,
    @Nullable Long maxTs,
    @Nullable String settlementStatus,
    @Nullable String countFilter,
    @Nullable Integer subaccount,
    @Nullable Integer exchangeIndex) {

  /** The largest page Kalshi serves. */
  public static final int MAX_LIMIT = 1000;

  /** Validates ranges. */
  public PortfolioQuery {
    QueryChecks.limit(limit, MAX_LIMIT);
    QueryChecks.unixSeconds(minTs, "min_ts");
    QueryChecks.unixSeconds(maxTs, "max_ts");
    QueryChecks.range(minTs, maxTs, "min_ts", "max_ts");
    if (settlementStatus != null && !java.util.List.of("unsettled", "settled", "all").contains(settlementStatus)) {
      throw new IllegalArgumentException("settlement_status must be unsettled, settled or all, got "
          + settlementStatus);
    }
    QueryChecks.subaccount(subaccount);
  }

  /** No filter. */
  public static PortfolioQuery all() {
    return new PortfolioQuery(null, null, null, null, null, null, null, null, null, null);
  }

  /** Only {@code value}'s records. */
  public PortfolioQuery withTicker(MarketTicker value) {
    return new PortfolioQuery(limit, value, eventTicker, orderId, minTs, maxTs, settlementStatus, countFilter,
        subaccount, exchangeIndex);
  }

  /** With a page size (1–1000). */
  public PortfolioQuery withLimit(int value) {
    return new PortfolioQuery(value, ticker, eventTicker, orderId, minTs, maxTs, settlementStatus, countFilter,
        subaccount, exchangeIndex);
  }

  /** Positions with this settlement status ({@code unsettled}, {@code settled}, {@code all}). */
  public PortfolioQuery withSettlementStatus(String value) {
    return new PortfolioQuery(limit, ticker, eventTicker, orderId, minTs, maxTs, value, countFilter, subaccount,
        exchangeIndex);
  }

  /** Records within [min, max] Unix seconds (either may be null). */
  public PortfolioQuery withTimeRange(@Nullable Long min, @Nullable Long max) {
    return new PortfolioQuery(limit, ticker, eventTicker, orderId, min, max, settlementStatus, countFilter,
        subaccount, exchangeIndex);
  }

  /** For subaccount {@code value} (0 primary, 1–63). */
  public PortfolioQuery withSubaccount(int value) {
    return new PortfolioQuery(limit, ticker, eventTicker, orderId, minTs, maxTs, settlementStatus, countFilter,
        value, exchangeIndex);
  }

  QueryParams positionsParams(@Nullable String cursor) {
    return QueryParams.create().add("limit", limit == null ? MAX_LIMIT : limit).add("cursor", cursor)
        .add("count_filter", countFilter).add("settlement_status", settlementStatus).add("ticker", ticker)
        .add("event_ticker", eventTicker).add("subaccount", subaccount).add("exchange_index", exchangeIndex);
  }

  QueryParams fillsParams(@Nullable String cursor) {
    return QueryParams.create().add("limit", limit == null ? MAX_LIMIT : limit).add("cursor", cursor)
        .add("ticker", ticker).add("order_id", orderId).add("min_ts", minTs).add("max_ts", maxTs)
        .add("subaccount", subaccount).add("exchange_index", exchangeIndex);
  }

  QueryParams settlementsParams(@Nullable String cursor) {
    return QueryParams.create().add("limit", limit == null ? MAX_LIMIT : limit).add("cursor", cursor)
        .add("ticker", ticker).add("event_ticker", eventTicker).add("min_ts", minTs).add("max_ts", maxTs)
        .add("subaccount", subaccount);
  }
}
