package dev.strike.kalshi.rest;

import dev.strike.common.event.BookSnapshot;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.json.JsonCodec;
import dev.strike.kalshi.mapping.OrderbookMapper;
import dev.strike.kalshi.wire.EventData;
import dev.strike.kalshi.wire.EventResponse;
import dev.strike.kalshi.wire.EventsResponse;
import dev.strike.kalshi.wire.ExchangeSchedule;
import dev.strike.kalshi.wire.ExchangeScheduleResponse;
import dev.strike.kalshi.wire.ExchangeStatus;
import dev.strike.kalshi.wire.Market;
import dev.strike.kalshi.wire.MarketResponse;
import dev.strike.kalshi.wire.MarketsResponse;
import dev.strike.kalshi.wire.Orderbook;
import dev.strike.kalshi.wire.OrderbookResponse;
import dev.strike.kalshi.wire.Series;
import dev.strike.kalshi.wire.SeriesListResponse;
import dev.strike.kalshi.wire.SeriesResponse;
import dev.strike.kalshi.wire.Trade;
import dev.strike.kalshi.wire.TradesResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Kalshi's public market data (kalshi-api.md §4): series, events, markets, orderbooks, trades and the exchange's
 * status. No credentials needed. Every call is lazy (nothing is sent until subscription), rate limited on the read
 * bucket and retried per the read policy; lists page through every cursor and drop repeats. Thread-safe.
 */
public final class KalshiMarketData {
  private static final JsonCodec<SeriesResponse> SERIES = JsonCodec.of(SeriesResponse.class);
  private static final JsonCodec<SeriesListResponse> SERIES_LIST = JsonCodec.of(SeriesListResponse.class);
  private static final JsonCodec<EventsResponse> EVENTS = JsonCodec.of(EventsResponse.class);
  private static final JsonCodec<EventResponse> EVENT = JsonCodec.of(EventResponse.class);
  private static final JsonCodec<MarketsResponse> MARKETS = JsonCodec.of(MarketsResponse.class);
  private static final JsonCodec<MarketResponse> MARKET = JsonCodec.of(MarketResponse.class);
  private static final JsonCodec<OrderbookResponse> ORDERBOOK = JsonCodec.of(OrderbookResponse.class);
  private static final JsonCodec<TradesResponse> TRADES = JsonCodec.of(TradesResponse.class);
  private static final JsonCodec<ExchangeStatus> STATUS = JsonCodec.of(ExchangeStatus.class);
  private static final JsonCodec<ExchangeScheduleResponse> SCHEDULE = JsonCodec.of(ExchangeScheduleResponse.class);

  private final KalshiHttp http;

  KalshiMarketData(KalshiHttp http) {
    this.http = http;
  }

  /** {@code GET /series/{ticker}}. */
  public Mono<Series> series(SeriesTicker ticker) {
    return http.get(KalshiEndpoint.GET_SERIES, "/series/" + QueryParams.segment(ticker.value()),
        QueryParams.create(), SERIES).map(SeriesResponse::series);
  }

  /** {@code GET /series}, every page; each series once (by ticker). */
  public Flux<Series> seriesList(SeriesQuery query) {
    return Pages.all(cursor -> http.get(KalshiEndpoint.LIST_SERIES, "/series", query.toParams(cursor),
        SERIES_LIST), Series::ticker);
  }

  /** {@code GET /events}, every page; each event once (by event ticker). */
  public Flux<EventData> events(EventsQuery query) {
    return Pages.all(cursor -> eventsPage(query, cursor), EventData::eventTicker);
  }

  /** One page of {@code GET /events}; {@code cursor} null for the first. */
  public Mono<EventsResponse> eventsPage(EventsQuery query, @Nullable String cursor) {
    return http.get(KalshiEndpoint.LIST_EVENTS, "/events", query.toParams(cursor), EVENTS);
  }

  /**
   * {@code GET /events/{ticker}}; with {@code withNestedMarkets} the markets are in the event (read them with
   * {@link EventResponse#allMarkets()}, which also takes the deprecated top-level list).
   */
  public Mono<EventResponse> event(EventTicker ticker, boolean withNestedMarkets) {
    return http.get(KalshiEndpoint.GET_EVENT, "/events/" + QueryParams.segment(ticker.value()),
        QueryParams.create().add("with_nested_markets", withNestedMarkets ? "true" : null), EVENT);
  }

  /** {@code GET /markets}, every page; each market once (by ticker). */
  public Flux<Market> markets(MarketsQuery query) {
    return Pages.all(cursor -> marketsPage(query, cursor), Market::ticker);
  }

  /** One page of {@code GET /markets}; {@code cursor} null for the first. */
  public Mono<MarketsResponse> marketsPage(MarketsQuery query, @Nullable String cursor) {
    return http.get(KalshiEndpoint.LIST_MARKETS, "/markets", query.toParams(cursor), MARKETS);
  }

  /** {@code GET /markets/{ticker}}; a 404 (unknown or archived market) is a {@link KalshiApiException}. */
  public Mono<Market> market(MarketTicker ticker) {
    return http.get(KalshiEndpoint.GET_MARKET, "/markets/" + QueryParams.segment(ticker.value()),
        QueryParams.create(), MARKET).map(MarketResponse::market);
  }

  /** {@code GET /markets/{ticker}/orderbook}, every level. */
  public Mono<Orderbook> orderbook(MarketTicker ticker) {
    return orderbook(ticker, 0);
  }

  /**
   * {@code GET /markets/{ticker}/orderbook?depth=N}.
   *
   * @param depth levels per side, 1–100; 0 for all
   */
  public Mono<Orderbook> orderbook(MarketTicker ticker, int depth) {
    if (depth < 0 || depth > 100) {
      return Mono.error(new IllegalArgumentException("depth must be 0 (all) to 100, got " + depth));
    }
    return http.get(KalshiEndpoint.GET_ORDERBOOK, "/markets/" + QueryParams.segment(ticker.value()) + "/orderbook",
        QueryParams.create().add("depth", depth == 0 ? null : depth), ORDERBOOK).map(OrderbookResponse::orderbookFp);
  }

  /**
   * The whole book of {@code ticker} as a {@link BookSnapshot} ({@code sid}/{@code seq} 0, {@code tsEvent} =
   * {@code tsInit} = the client clock when the response was read).
   */
  public Mono<BookSnapshot> bookSnapshot(MarketTicker ticker) {
    return orderbook(ticker).map(book -> OrderbookMapper.toBookSnapshot(ticker, book, http.clock().nowNs()));
  }

  /** {@code GET /markets/trades}, every page; each trade once (by trade id). */
  public Flux<Trade> trades(TradesQuery query) {
    return Pages.all(cursor -> tradesPage(query, cursor), Trade::tradeId);
  }

  /** One page of {@code GET /markets/trades}; {@code cursor} null for the first. */
  public Mono<TradesResponse> tradesPage(TradesQuery query, @Nullable String cursor) {
    return http.get(KalshiEndpoint.LIST_TRADES, "/markets/trades", query.toParams(cursor), TRADES);
  }

  /** {@code GET /exchange/status}. */
  public Mono<ExchangeStatus> exchangeStatus() {
    return http.get(KalshiEndpoint.GET_EXCHANGE_STATUS, "/exchange/status", QueryParams.create(), STATUS);
  }

  /** {@code GET /exchange/schedule}. */
  public Mono<ExchangeSchedule> exchangeSchedule() {
    return http.get(KalshiEndpoint.GET_EXCHANGE_SCHEDULE, "/exchange/schedule", QueryParams.create(), SCHEDULE)
        .map(ExchangeScheduleResponse::schedule);
  }
}
