package dev.strike.kalshi.rest;

import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Filters of {@code GET /markets} (kalshi-api.md §4.3), checked as Kalshi documents them, because it ignores bad
 * combinations silently: at most 10 event tickers; one timestamp family at a time (created, close, settled,
 * updated); created only with status unopened/open or none, close only with closed or none, settled only with
 * settled or none, {@code min_updated_ts} only alone (or with {@code mve_filter=exclude} and a series).
 * Timestamps are Unix seconds. Null means "not set". Build with {@link #all()} and the {@code with…} methods.
 *
 * @param limit page size, 1–1000; null = the client's default (1000, the fewest requests)
 */
public record MarketsQuery(
    @Nullable Integer limit,
    List<EventTicker> eventTickers,
    @Nullable SeriesTicker seriesTicker,
    @Nullable MarketStatusFilter status,
    List<MarketTicker> tickers,
    @Nullable String mveFilter,
    @Nullable Long minCreatedTs,
    @Nullable Long maxCreatedTs,
    @Nullable Long minCloseTs,
    @Nullable Long maxCloseTs,
    @Nullable Long minSettledTs,
    @Nullable Long maxSettledTs,
    @Nullable Long minUpdatedTs) {

  /** The largest page Kalshi serves. */
  public static final int MAX_LIMIT = 1000;

  /** Validates the documented rules. */
  public MarketsQuery {
    QueryChecks.limit(limit, MAX_LIMIT);
    eventTickers = QueryChecks.list(eventTickers, "event_ticker", 10);
    tickers = QueryChecks.list(tickers, "tickers", Integer.MAX_VALUE);
    if (mveFilter != null && !mveFilter.equals("only") && !mveFilter.equals("exclude")) {
      throw new IllegalArgumentException("mve_filter must be only or exclude, got " + mveFilter);
    }
    QueryChecks.unixSeconds(minCreatedTs, "min_created_ts");
    QueryChecks.unixSeconds(maxCreatedTs, "max_created_ts");
    QueryChecks.unixSeconds(minCloseTs, "min_close_ts");
    QueryChecks.unixSeconds(maxCloseTs, "max_close_ts");
    QueryChecks.unixSeconds(minSettledTs, "min_settled_ts");
    QueryChecks.unixSeconds(maxSettledTs, "max_settled_ts");
    QueryChecks.unixSeconds(minUpdatedTs, "min_updated_ts");
    QueryChecks.range(minCreatedTs, maxCreatedTs, "min_created_ts", "max_created_ts");
    QueryChecks.range(minCloseTs, maxCloseTs, "min_close_ts", "max_close_ts");
    QueryChecks.range(minSettledTs, maxSettledTs, "min_settled_ts", "max_settled_ts");
    boolean created = minCreatedTs != null || maxCreatedTs != null;
    boolean close = minCloseTs != null || maxCloseTs != null;
    boolean settled = minSettledTs != null || maxSettledTs != null;
    boolean updated = minUpdatedTs != null;
    int families = (created ? 1 : 0) + (close ? 1 : 0) + (settled ? 1 : 0) + (updated ? 1 : 0);
    if (families > 1) {
      throw new IllegalArgumentException("the created, close, settled and updated timestamp filters are mutually "
          + "exclusive; use one family");
    }
    if (created && status != null && status != MarketStatusFilter.UNOPENED && status != MarketStatusFilter.OPEN) {
      throw new IllegalArgumentException("created-time filters only work with status unopened, open or none");
    }
    if (close && status != null && status != MarketStatusFilter.CLOSED) {
      throw new IllegalArgumentException("close-time filters only work with status closed or none");
    }
    if (settled && status != null && status != MarketStatusFilter.SETTLED) {
      throw new IllegalArgumentException("settled-time filters only work with status settled or none");
    }
    if (updated && (status != null || !eventTickers.isEmpty() || !tickers.isEmpty()
        || (mveFilter != null || seriesTicker != null) && !("exclude".equals(mveFilter) && seriesTicker != null))) {
      throw new IllegalArgumentException("min_updated_ts only works alone, or with mve_filter=exclude and a "
          + "series_ticker");
    }
  }

  /** No filter: every market. */
  public static MarketsQuery all() {
    return new MarketsQuery(null, List.of(), null, null, List.of(), null, null, null, null, null, null, null, null);
  }

  /** With a page size (1–1000). */
  public MarketsQuery withLimit(int value) {
    return new MarketsQuery(value, eventTickers, seriesTicker, status, tickers, mveFilter, minCreatedTs,
        maxCreatedTs, minCloseTs, maxCloseTs, minSettledTs, maxSettledTs, minUpdatedTs);
  }

  /** Markets of these events (at most 10). */
  public MarketsQuery withEventTickers(List<EventTicker> value) {
    return new MarketsQuery(limit, value, seriesTicker, status, tickers, mveFilter, minCreatedTs, maxCreatedTs,
        minCloseTs, maxCloseTs, minSettledTs, maxSettledTs, minUpdatedTs);
  }

  /** Markets of this series. */
  public MarketsQuery withSeriesTicker(SeriesTicker value) {
    return new MarketsQuery(limit, eventTickers, value, status, tickers, mveFilter, minCreatedTs, maxCreatedTs,
        minCloseTs, maxCloseTs, minSettledTs, maxSettledTs, minUpdatedTs);
  }

  /** Markets with this status (one value). */
  public MarketsQuery withStatus(MarketStatusFilter value) {
    return new MarketsQuery(limit, eventTickers, seriesTicker, value, tickers, mveFilter, minCreatedTs,
        maxCreatedTs, minCloseTs, maxCloseTs, minSettledTs, maxSettledTs, minUpdatedTs);
  }

  /** These markets. */
  public MarketsQuery withTickers(List<MarketTicker> value) {
    return new MarketsQuery(limit, eventTickers, seriesTicker, status, value, mveFilter, minCreatedTs,
        maxCreatedTs, minCloseTs, maxCloseTs, minSettledTs, maxSettledTs, minUpdatedTs);
  }

  /** {@code only} or {@code exclude} combo markets. */
  public MarketsQuery withMveFilter(String value) {
    return new MarketsQuery(limit, eventTickers, seriesTicker, status, tickers, value, minCreatedTs, maxCreatedTs,
        minCloseTs, maxCloseTs, minSettledTs, maxSettledTs, minUpdatedTs);
  }

  /** Markets created within [min, max] Unix seconds (either may be null). */
  public MarketsQuery withCreatedBetween(@Nullable Long min, @Nullable Long max) {
    return new MarketsQuery(limit, eventTickers, seriesTicker, status, tickers, mveFilter, min, max, minCloseTs,
        maxCloseTs, minSettledTs, maxSettledTs, minUpdatedTs);
  }

  /** Markets closing within [min, max] Unix seconds (either may be null). */
  public MarketsQuery withCloseBetween(@Nullable Long min, @Nullable Long max) {
    return new MarketsQuery(limit, eventTickers, seriesTicker, status, tickers, mveFilter, minCreatedTs,
        maxCreatedTs, min, max, minSettledTs, maxSettledTs, minUpdatedTs);
  }

  /** Markets settled within [min, max] Unix seconds (either may be null). */
  public MarketsQuery withSettledBetween(@Nullable Long min, @Nullable Long max) {
    return new MarketsQuery(limit, eventTickers, seriesTicker, status, tickers, mveFilter, minCreatedTs,
        maxCreatedTs, minCloseTs, maxCloseTs, min, max, minUpdatedTs);
  }

  /** Markets updated at or after {@code value} Unix seconds. */
  public MarketsQuery withMinUpdatedTs(long value) {
    return new MarketsQuery(limit, eventTickers, seriesTicker, status, tickers, mveFilter, minCreatedTs,
        maxCreatedTs, minCloseTs, maxCloseTs, minSettledTs, maxSettledTs, value);
  }

  QueryParams toParams(@Nullable String cursor) {
    return QueryParams.create()
        .add("limit", limit == null ? MAX_LIMIT : limit)
        .add("cursor", cursor)
        .addList("event_ticker", eventTickers)
        .add("series_ticker", seriesTicker)
        .add("status", status == null ? null : status.wire())
        .addList("tickers", tickers)
        .add("mve_filter", mveFilter)
        .add("min_created_ts", minCreatedTs)
        .add("max_created_ts", maxCreatedTs)
        .add("min_close_ts", minCloseTs)
        .add("max_close_ts", maxCloseTs)
        .add("min_settled_ts", minSettledTs)
        .add("max_settled_ts", maxSettledTs)
        .add("min_updated_ts", minUpdatedTs);
  }
}
