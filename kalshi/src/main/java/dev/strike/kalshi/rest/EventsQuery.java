package dev.strike.kalshi.rest;

import dev.strike.common.id.EventTicker;
import dev.strike.common.id.SeriesTicker;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code GET /events} (kalshi-api.md §4.2); timestamps Unix seconds, null = not set. Combo
 * ({@code KXMVE…}) events are never listed there. Build with {@link #all()} and the {@code with…} methods.
 *
 * @param limit page size, 1–200; null = 200
 * @param nestedMarkets whether each event carries its markets ({@code with_nested_markets})
 * @param status {@code paused} is a market-only status and refused here
 */
public record EventsQuery(
    @Nullable Integer limit,
    boolean nestedMarkets,
    @Nullable MarketStatusFilter status,
    @Nullable SeriesTicker seriesTicker,
    List<EventTicker> tickers,
    @Nullable Long minCloseTs,
    @Nullable Long minUpdatedTs) {

  /** The largest page Kalshi serves. */
  public static final int MAX_LIMIT = 200;

  /** Validates ranges. */
  public EventsQuery {
    QueryChecks.limit(limit, MAX_LIMIT);
    if (status == MarketStatusFilter.PAUSED) {
      throw new IllegalArgumentException("events have no paused status filter (unopened, open, closed, settled)");
    }
    tickers = QueryChecks.list(tickers, "tickers", Integer.MAX_VALUE);
    QueryChecks.unixSeconds(minCloseTs, "min_close_ts");
    QueryChecks.unixSeconds(minUpdatedTs, "min_updated_ts");
  }

  /** No filter, without nested markets. */
  public static EventsQuery all() {
    return new EventsQuery(null, false, null, null, List.of(), null, null);
  }

  /** With a page size (1–200). */
  public EventsQuery withLimit(int value) {
    return new EventsQuery(value, nestedMarkets, status, seriesTicker, tickers, minCloseTs, minUpdatedTs);
  }

  /** Each event with its markets. */
  public EventsQuery withNestedMarkets() {
    return new EventsQuery(limit, true, status, seriesTicker, tickers, minCloseTs, minUpdatedTs);
  }

  /** Events whose markets have this status. */
  public EventsQuery withStatus(MarketStatusFilter value) {
    return new EventsQuery(limit, nestedMarkets, value, seriesTicker, tickers, minCloseTs, minUpdatedTs);
  }

  /** Events of this series. */
  public EventsQuery withSeriesTicker(SeriesTicker value) {
    return new EventsQuery(limit, nestedMarkets, status, value, tickers, minCloseTs, minUpdatedTs);
  }

  /** These events. */
  public EventsQuery withTickers(List<EventTicker> value) {
    return new EventsQuery(limit, nestedMarkets, status, seriesTicker, value, minCloseTs, minUpdatedTs);
  }

  /** Events closing at or after {@code value} Unix seconds. */
  public EventsQuery withMinCloseTs(long value) {
    return new EventsQuery(limit, nestedMarkets, status, seriesTicker, tickers, value, minUpdatedTs);
  }

  /** Events updated at or after {@code value} Unix seconds. */
  public EventsQuery withMinUpdatedTs(long value) {
    return new EventsQuery(limit, nestedMarkets, status, seriesTicker, tickers, minCloseTs, value);
  }

  QueryParams toParams(@Nullable String cursor) {
    return QueryParams.create()
        .add("limit", limit == null ? MAX_LIMIT : limit)
        .add("cursor", cursor)
        .add("with_nested_markets", nestedMarkets ? "true" : null)
        .add("status", status == null ? null : status.wire())
        .add("series_ticker", seriesTicker)
        .addList("tickers", tickers)
        .add("min_close_ts", minCloseTs)
        .add("min_updated_ts", minUpdatedTs);
  }
}
