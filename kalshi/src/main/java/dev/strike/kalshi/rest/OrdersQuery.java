package dev.strike.kalshi.rest;

import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code GET /portfolio/orders} (kalshi-api.md §5.5); timestamps Unix seconds, null = not set
 * (subaccount and shard null = all).
 *
 * @param limit page size, 1–1000; null = 1000
 * @param status {@code resting}, {@code canceled} or {@code executed}
 */
public record OrdersQuery(
    @Nullable Integer limit,
    @Nullable MarketTicker ticker,
    List<EventTicker> eventTickers,
    @Nullable Long minTs,
    @Nullable Long maxTs,
    @Nullable String status,
    @Nullable Integer subaccount,
    @Nullable Integer exchangeIndex) {

  /** The largest page Kalshi serves. */
  public static final int MAX_LIMIT = 1000;

  /** Validates ranges and the status word. */
  public OrdersQuery {
    QueryChecks.limit(limit, MAX_LIMIT);
    eventTickers = QueryChecks.list(eventTickers, "event_ticker", 10);
    QueryChecks.unixSeconds(minTs, "min_ts");
    QueryChecks.unixSeconds(maxTs, "max_ts");
    QueryChecks.range(minTs, maxTs, "min_ts", "max_ts");
    if (status != null && !List.of("resting", "canceled", "executed").contains(status)) {
      throw new IllegalArgumentException("status must be resting, canceled or executed, got " + status);
    }
    QueryChecks.subaccount(subaccount);
  }

  /** Every order. */
  public static OrdersQuery all() {
    return new OrdersQuery(null, null, List.of(), null, null, null, null, null);
  }

  /** Orders of {@code ticker}. */
  public static OrdersQuery of(MarketTicker ticker) {
    return new OrdersQuery(null, ticker, List.of(), null, null, null, null, null);
  }

  /** With a page size (1–1000). */
  public OrdersQuery withLimit(int value) {
    return new OrdersQuery(value, ticker, eventTickers, minTs, maxTs, status, subaccount, exchangeIndex);
  }

  /** Orders with status {@code value} ({@code resting}, {@code canceled}, {@code executed}). */
  public OrdersQuery withStatus(String value) {
    return new OrdersQuery(limit, ticker, eventTickers, minTs, maxTs, value, subaccount, exchangeIndex);
  }

  QueryParams toParams(@Nullable String cursor) {
    return QueryParams.create().add("limit", limit == null ? MAX_LIMIT : limit).add("cursor", cursor)
        .add("ticker", ticker).addList("event_ticker", eventTickers).add("min_ts", minTs).add("max_ts", maxTs)
        .add("status", status).add("subaccount", subaccount).add("exchange_index", exchangeIndex);
  }
}
