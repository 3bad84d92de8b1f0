package dev.strike.ingest.market.shell;

import dev.strike.common.event.MarketInfo;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.time.Clock;
import dev.strike.ingest.market.MarketsSettings;
import dev.strike.ingest.market.core.MarketCatalog;
import dev.strike.kalshi.mapping.MarketInfoMapper;
import dev.strike.kalshi.mapping.MarketParents;
import dev.strike.kalshi.rest.EventsQuery;
import dev.strike.kalshi.rest.KalshiMarketData;
import dev.strike.kalshi.rest.MarketStatusFilter;
import dev.strike.kalshi.rest.MarketsQuery;
import dev.strike.kalshi.wire.EventData;
import dev.strike.kalshi.wire.Market;
import dev.strike.kalshi.wire.Series;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Finds the followed markets over REST and maps them to {@link MarketInfo} with their series' and event's fees: the
 * open markets of each followed series, each followed ticker, markets whose title holds a keyword, and followed
 * markets past their close time that have no final result yet. Series are fetched once. Thread-safe.
 */
final class MarketDiscovery {
  private final KalshiMarketData api;
  private final MarketsSettings settings;
  private final Clock clock;
  private final Map<SeriesTicker, Mono<Series>> series = new ConcurrentHashMap<>();

  MarketDiscovery(KalshiMarketData api, MarketsSettings settings, Clock clock) {
    this.api = api;
    this.settings = settings;
    this.clock = clock;
  }

  /** One discovery round; call on the lane that owns {@code catalog} (it is read once, synchronously). */
  Mono<List<MarketInfo>> discover(MarketCatalog catalog) {
    List<MarketTicker> awaitingResult = catalog.awaitingResult(clock.nowNs());
    Flux<MarketInfo> bySeries = Flux.fromIterable(settings.series()).concatMap(this::openMarketsOf, 0);
    Flux<MarketInfo> byTicker = Flux.fromIterable(settings.tickers()).concatMap(this::market, 0);
    Flux<MarketInfo> byKeyword = settings.keywords().isEmpty() ? Flux.empty() : keywordMatches();
    Flux<MarketInfo> results = Flux.fromIterable(awaitingResult).concatMap(t -> market(t)
        .onErrorResume(e -> Mono.empty()), 0);
    return Flux.concat(bySeries, byTicker, byKeyword, results).collectList();
  }

  /** One market with its parents, mapped. */
  Mono<MarketInfo> market(MarketTicker ticker) {
    return api.market(ticker).flatMap(market -> api.event(EventTicker.of(market.eventTicker()), false)
        .flatMap(response -> {
          EventData event = response.event();
          return seriesOf(SeriesTicker.of(event.seriesTicker())).map(s -> map(market, s, event));
        }));
  }

  private Flux<MarketInfo> openMarketsOf(SeriesTicker seriesTicker) {
    return seriesOf(seriesTicker).flatMapMany(s -> api.events(EventsQuery.all().withSeriesTicker(seriesTicker)
            .withStatus(MarketStatusFilter.OPEN))
        .collectMap(EventData::eventTicker)
        .flatMapMany(events -> api.markets(MarketsQuery.all().withSeriesTicker(seriesTicker)
                .withStatus(MarketStatusFilter.OPEN))
            .concatMap(market -> {
              EventData event = events.get(market.eventTicker());
              return event != null ? Mono.just(map(market, s, event))
                  : api.event(EventTicker.of(market.eventTicker()), false).map(r -> map(market, s, r.event()));
            }, 0)));
  }

  private Flux<MarketInfo> keywordMatches() {
    List<String> words = settings.keywords().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    return api.events(EventsQuery.all().withStatus(MarketStatusFilter.OPEN).withNestedMarkets())
        .concatMap(event -> {
          List<Market> matching = event.markets().stream().filter(m -> {
            String text = ((event.title() == null ? "" : event.title()) + " "
                + (m.yesSubTitle() == null ? "" : m.yesSubTitle())).toLowerCase(Locale.ROOT);
            return words.stream().anyMatch(text::contains);
          }).toList();
          if (matching.isEmpty() || event.seriesTicker() == null) {
            return Flux.empty();
          }
          return seriesOf(SeriesTicker.of(event.seriesTicker()))
              .flatMapMany(s -> Flux.fromIterable(matching).map(m -> map(m, s, event)));
        }, 0);
  }

  private Mono<Series> seriesOf(SeriesTicker ticker) {
    return series.computeIfAbsent(ticker, t -> api.series(t).cache(v -> java.time.Duration.ofHours(1),
        e -> java.time.Duration.ZERO, () -> java.time.Duration.ZERO));
  }

  private MarketInfo map(Market market, Series s, EventData event) {
    return MarketInfoMapper.toMarketInfo(market, MarketParents.of(s, event), clock.nowNs());
  }
}
