package dev.strike.ingest.market.shell;

import dev.strike.common.error.ErrorKind;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.TradeId;
import dev.strike.common.ops.Health;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.service.StrikeService;
import dev.strike.common.time.Clock;
import dev.strike.common.topic.Topic;
import dev.strike.ingest.market.MarketsSettings;
import dev.strike.ingest.market.core.BookKeeper;
import dev.strike.ingest.market.core.LifecycleFold;
import dev.strike.ingest.market.core.MarketCatalog;
import dev.strike.kalshi.KalshiSettings;
import dev.strike.kalshi.auth.KalshiCredentials;
import dev.strike.kalshi.auth.KalshiSigner;
import dev.strike.kalshi.rest.KalshiRestClient;
import dev.strike.kalshi.rest.KalshiRestConfig;
import dev.strike.kalshi.rest.TradesQuery;
import dev.strike.kalshi.ws.BookUpdate;
import dev.strike.kalshi.ws.Channel;
import dev.strike.kalshi.ws.ConnectFailed;
import dev.strike.kalshi.ws.Connected;
import dev.strike.kalshi.ws.Disconnected;
import dev.strike.kalshi.ws.KalshiWsClient;
import dev.strike.kalshi.ws.KalshiWsConfig;
import dev.strike.kalshi.ws.KalshiWsEvent;
import dev.strike.kalshi.ws.LifecycleEventType;
import dev.strike.kalshi.ws.MalformedFrame;
import dev.strike.kalshi.ws.MarketDropped;
import dev.strike.kalshi.ws.MarketLifecycleUpdate;
import dev.strike.kalshi.ws.Resubscribed;
import dev.strike.kalshi.ws.SequenceGap;
import dev.strike.kalshi.ws.SubscribeRequest;
import dev.strike.kalshi.ws.TradePrint;
import dev.strike.kalshi.ws.UnknownMessageType;
import dev.strike.kalshi.ws.UpdateAction;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The {@code ingest-market} service: follows the configured Kalshi markets and puts them on the market-data topics.
 *
 * <ul>
 *   <li>Discovery (REST, every {@code markets.discoveryInterval}): the open markets of the followed series, the
 *       followed tickers, and markets matching the keywords, and the result of every followed market that closed;
 *       changes go to {@code md.markets} (compacted). Lifecycle messages update known markets at once and announce
 *       new ones.
 *   <li>Books and trades (WebSocket, with an API key): {@code orderbook_delta} and {@code trade} for the open followed
 *       markets; the feed's sequence tracking and {@link BookKeeper} keep a correct book per market, published on
 *       {@code md.book} as snapshots, deltas (with the top of book) and gap markers; prints on {@code md.trades}.
 *   <li>Without an API key Kalshi's WebSocket is closed to us: books and trades are polled over REST every
 *       {@code markets.restPollInterval} instead, and {@code /health} says so.
 * </ul>
 *
 * <p>All market state is owned by one lane (a single thread). Malformed frames go to {@code dlq}; an unknown message
 * type is logged once. {@code /health} component {@code feed:kalshi} shows the connection and the age of the last
 * message.
 */
public final class IngestMarketService implements StrikeService {
  /** The service's name (consumer group, health component, {@code --services} value). */
  public static final String NAME = "ingest-market";
  private static final Logger log = LoggerFactory.getLogger(IngestMarketService.class);

  private final MarketsSettings settings;
  private final KalshiSettings kalshi;
  private final Function<KalshiSettings, KalshiWsConfig> wsConfig;
  private final Function<KalshiSettings, KalshiRestConfig> restConfig;
  private final Disposable.Composite running = Disposables.composite();
  private final AtomicBoolean started = new AtomicBoolean();
  private final Sinks.Empty<Void> stopped = Sinks.empty();
  private volatile @Nullable KalshiWsClient ws;
  private volatile @Nullable KalshiRestClient rest;
  private volatile @Nullable Scheduler lane;

  private IngestMarketService(MarketsSettings settings, KalshiSettings kalshi,
      Function<KalshiSettings, KalshiWsConfig> wsConfig, Function<KalshiSettings, KalshiRestConfig> restConfig) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.kalshi = Objects.requireNonNull(kalshi, "kalshi");
    this.wsConfig = wsConfig;
    this.restConfig = restConfig;
  }

  /** The service with production timings. */
  public static IngestMarketService create(MarketsSettings settings, KalshiSettings kalshi) {
    return new IngestMarketService(settings, kalshi, k -> KalshiWsConfig.defaults(k.webSocket()),
        k -> KalshiRestConfig.defaults(k.restRoot()));
  }

  /** The service with the given client settings (tests use short timeouts). */
  public static IngestMarketService create(MarketsSettings settings, KalshiSettings kalshi, KalshiWsConfig ws,
      KalshiRestConfig rest) {
    return new IngestMarketService(settings, kalshi, k -> ws, k -> rest);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Mono<Void> run(ServiceContext context) {
    return Mono.defer(() -> {
      if (!started.compareAndSet(false, true)) {
        return Mono.error(new IllegalStateException(NAME + " was already started"));
      }
      KalshiCredentials credentials = kalshi.credentials().orElse(null);
      Scheduler single = Schedulers.newSingle("strike-" + NAME, true);
      lane = single;
      KalshiSigner signer = credentials == null ? null : new KalshiSigner(credentials, context.clock());
      KalshiRestClient.Builder builder = KalshiRestClient.builder(restConfig.apply(kalshi)).clock(context.clock());
      if (signer != null) {
        builder.signer(signer);
      }
      KalshiRestClient restClient = builder.build();
      rest = restClient;
      Run run = new Run(context, restClient, single, signer);
      run.start();
      return stopped.asMono();
    });
  }

  @Override
  public void close() {
    running.dispose();
    KalshiWsClient client = ws;
    if (client != null) {
      client.close();
    }
    KalshiRestClient restClient = rest;
    if (restClient != null) {
      restClient.close();
    }
    Scheduler single = lane;
    if (single != null) {
      single.dispose();
    }
    stopped.tryEmitEmpty();
  }

  /** One run of the service: its state, owned by the lane. */
  private final class Run {
    final ServiceContext context;
    final KalshiRestClient restClient;
    final Scheduler single;
    final @Nullable KalshiSigner signer;
    final Clock clock;
    final MarketCatalog catalog = new MarketCatalog(settings.rules());
    final BookKeeper books = new BookKeeper();
    final MarketDiscovery discovery;
    final Map<MarketTicker, BookSnapshot> polledBooks = new HashMap<>();
    final Set<TradeId> polledTrades = new HashSet<>();
    final Map<Class<?>, Counter> published = new HashMap<>();
    final Counter frames;
    final Counter malformed;
    final Counter gaps;
    final Counter reconnects;
    final Counter publishFailures;
    final AtomicLong lastMessageNs = new AtomicLong(); // System.nanoTime() of the last message, 0 before any
    final AtomicReference<String> connection = new AtomicReference<>("not connected");
    long lastTradePollSeconds;

    Run(ServiceContext context, KalshiRestClient restClient, Scheduler single, @Nullable KalshiSigner signer) {
      this.context = context;
      this.restClient = restClient;
      this.single = single;
      this.signer = signer;
      this.clock = context.clock();
      this.discovery = new MarketDiscovery(restClient.marketData(), settings, clock);
      MeterRegistry meters = context.meters();
      frames = Counter.builder("strike.feed.messages").description("WebSocket frames received")
          .tag("feed", "kalshi").register(meters);
      malformed = Counter.builder("strike.feed.malformed").description("Frames that could not be read, sent to dlq")
          .tag("feed", "kalshi").register(meters);
      gaps = Counter.builder("strike.feed.seq.gaps")
          .description("Gaps in a WebSocket subscription's seq numbers (each resyncs the market's book)")
          .tag("feed", "kalshi").register(meters);
      reconnects = Counter.builder("strike.feed.reconnects")
          .description("Reconnections scheduled after a lost or failed connection").tag("feed", "kalshi")
          .register(meters);
      publishFailures = Counter.builder("strike.feed.publish.failures")
          .description("Ticks or dead letters Kafka did not accept").tag("feed", "kalshi").register(meters);
      Gauge.builder("strike.feed.age.seconds", lastMessageNs, last -> last.get() == 0 ? -1
              : (System.nanoTime() - last.get()) / 1e9)
          .description("Seconds since the latest message of the feed (-1 before the first)")
          .tag("feed", "kalshi").tag("asset", "all").register(meters);
      Gauge.builder("strike.ingest.markets.followed", catalog, c -> c.subscribed().size())
          .description("Markets whose books and trades are subscribed").register(meters);
      Gauge.builder("strike.ingest.books.synced", books, BookKeeper::syncedMarkets)
          .description("Markets whose book is in sync (snapshot received, no gap since)").register(meters);
    }

    void start() {
      lastTradePollSeconds = clock.nowNs() / 1_000_000_000L;
      context.health().register("feed:kalshi", this::health);
      running.add(Flux.interval(Duration.ZERO, settings.discoveryInterval(), single)
          .onBackpressureDrop()
          .concatMap(tick -> discovery.discover(catalog)
              .onErrorResume(e -> {
                log.warn("{}: market discovery failed (will retry in {}): {}", NAME, settings.discoveryInterval(),
                    e.toString());
                return Mono.empty();
              }), 0)
          .publishOn(single)
          .subscribe(this::onMarkets));
      if (signer != null) {
        KalshiWsClient client = new KalshiWsClient(wsConfig.apply(kalshi), signer, clock);
        ws = client;
        running.add(client.events().publishOn(single, 1_024).subscribe(this::onFeed,
            e -> log.error("{}: Kalshi feed ended: {}", NAME, e.toString(), e)));
        client.subscribe(SubscribeRequest.of(Channel.MARKET_LIFECYCLE_V2)).subscribe(outcome ->
            log.info("{}: lifecycle subscription: {}", NAME, outcome), e -> log.warn("{}: lifecycle subscription "
                + "failed: {}", NAME, e.toString()));
      } else {
        log.warn("{}: no Kalshi API key configured (kalshi.keyId / kalshi.keyFile): Kalshi's WebSocket needs one, "
            + "so books and trades are polled over REST every {}", NAME, settings.restPollInterval());
        connection.set("no API key: REST polling every " + settings.restPollInterval().toMillis() + " ms");
        running.add(Flux.interval(settings.restPollInterval(), settings.restPollInterval(), single)
            .onBackpressureDrop()
            .concatMap(tick -> poll(), 0)
            .subscribe());
      }
    }

    Health health() {
      long last = lastMessageNs.get();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("connection", connection.get());
      details.put("marketsFollowed", catalog.subscribed().size());
      details.put("booksSynced", books.syncedMarkets());
      details.put("lastMessageAgeMs", last == 0 ? -1 : (System.nanoTime() - last) / 1_000_000);
      if (signer == null) {
        return Health.degraded(details);
      }
      String state = connection.get();
      if (state.startsWith("connected")) {
        return Health.up(details);
      }
      return state.equals("not connected") ? Health.down(details) : Health.degraded(details);
    }

    void onMarkets(List<MarketInfo> markets) {
      MarketCatalog.Changes changes = catalog.update(markets);
      apply(changes);
    }

    void apply(MarketCatalog.Changes changes) {
      for (MarketInfo market : changes.publish()) {
        publish(context.topics().mdMarkets(), market);
      }
      for (MarketTicker gone : changes.unsubscribe()) {
        books.forget(gone);
        polledBooks.remove(gone);
      }
      KalshiWsClient client = ws;
      if (client == null) {
        return;
      }
      if (!changes.subscribe().isEmpty()) {
        MarketTicker[] added = changes.subscribe().toArray(MarketTicker[]::new);
        client.subscribe(SubscribeRequest.orderbook(added)).subscribe(
            outcome -> log.info("{}: books of {} market(s): {}", NAME, added.length, outcome),
            e -> log.warn("{}: book subscription failed: {}", NAME, e.toString()));
        client.subscribe(SubscribeRequest.of(Channel.TRADE, added)).subscribe(
            outcome -> { },
            e -> log.warn("{}: trade subscription failed: {}", NAME, e.toString()));
      }
      if (!changes.unsubscribe().isEmpty()) {
        client.updateSubscription(Channel.ORDERBOOK_DELTA, UpdateAction.DELETE_MARKETS, changes.unsubscribe())
            .subscribe(outcome -> { }, e -> log.debug("{}: unsubscribing books: {}", NAME, e.toString()));
        client.updateSubscription(Channel.TRADE, UpdateAction.DELETE_MARKETS, changes.unsubscribe())
            .subscribe(outcome -> { }, e -> log.debug("{}: unsubscribing trades: {}", NAME, e.toString()));
      }
    }

    void onFeed(KalshiWsEvent event) {
      frames.increment();
      lastMessageNs.set(System.nanoTime()); // monotonic, for the age of the feed only
      if (event instanceof BookUpdate update) {
        onBook(update.event());
      } else if (event instanceof TradePrint print) {
        MarketTrade trade = print.trade();
        if (catalog.subscribed().contains(trade.ticker())) {
          publish(context.topics().mdTrades(), trade);
        }
      } else if (event instanceof MarketLifecycleUpdate lifecycle) {
        onLifecycle(lifecycle);
      } else if (event instanceof MalformedFrame bad) {
        malformed.increment();
        context.deadLetters().publish("kalshi-ws", bad.raw(), ErrorKind.DECODE, bad.error(), bad.tsInit())
            .subscribe(v -> { }, e -> log.error("{}: dead letter failed: {}", NAME, e.toString()));
      } else if (event instanceof UnknownMessageType unknown) {
        log.info("{}: ignoring Kalshi message type '{}' (logged once)", NAME, unknown.type());
      } else if (event instanceof SequenceGap gap) {
        gaps.increment();
        log.warn("{}: {} messages lost on {} (seq {} expected, {} received); discovery will catch up", NAME,
            gap.receivedSeq() - gap.expectedSeq(), gap.channel(), gap.expectedSeq(), gap.receivedSeq());
      } else if (event instanceof Connected connected) {
        connection.set("connected (connection " + connected.connection() + ")");
        log.info("{}: connected to Kalshi", NAME);
      } else if (event instanceof Resubscribed resubscribed) {
        connection.set("connected (connection " + resubscribed.connection() + ", resubscribed)");
      } else if (event instanceof Disconnected disconnected) {
        reconnects.increment();
        connection.set("reconnecting: " + disconnected.reason());
        log.warn("{}: disconnected from Kalshi ({}), reconnecting in {}", NAME, disconnected.reason(),
            disconnected.reconnectIn());
      } else if (event instanceof ConnectFailed failed) {
        connection.set("reconnecting: " + failed.reason());
        if (failed.attempt() == 1 || failed.attempt() % 10 == 0) {
          log.warn("{}: cannot connect to Kalshi (attempt {}): {}; retrying in {}", NAME, failed.attempt(),
              failed.reason(), failed.retryIn());
        }
      } else if (event instanceof MarketDropped dropped) {
        log.warn("{}: Kalshi dropped {} from the subscription", NAME, dropped);
      }
    }

    void onBook(BookEvent event) {
      BookKeeper.Outcome outcome = books.on(event);
      for (BookEvent out : outcome.publish()) {
        publish(context.topics().mdBook(), out);
      }
      KalshiWsClient client = ws;
      if (!outcome.resync().isEmpty() && client != null) {
        gaps.increment();
        client.requestSnapshots(outcome.resync()).subscribe(o -> { },
            e -> log.warn("{}: snapshot request failed: {}", NAME, e.toString()));
      }
    }

    void onLifecycle(MarketLifecycleUpdate update) {
      MarketInfo known = catalog.get(update.ticker());
      if (known != null) {
        LifecycleFold.apply(known, update).ifPresent(next -> apply(catalog.update(List.of(next))));
      } else if (update.eventType() == LifecycleEventType.CREATED) {
        discovery.market(update.ticker())
            .publishOn(single)
            .subscribe(market -> apply(catalog.update(List.of(market))),
                e -> log.debug("{}: new market {} not readable yet: {}", NAME, update.ticker(), e.toString()));
      }
    }

    /** REST polling of books and trades (no API key). */
    Mono<Void> poll() {
      List<MarketTicker> tickers = new ArrayList<>(catalog.subscribed());
      long sinceSeconds = lastTradePollSeconds;
      lastTradePollSeconds = clock.nowNs() / 1_000_000_000L;
      Mono<Void> booksPolled = Flux.fromIterable(tickers)
          .concatMap(ticker -> restClient.marketData().bookSnapshot(ticker)
              .onErrorResume(e -> {
                log.debug("{}: polling the book of {}: {}", NAME, ticker, e.toString());
                return Mono.empty();
              }), 0)
          .publishOn(single)
          .doOnNext(this::onPolledBook)
          .then();
      Mono<Void> tradesPolled = restClient.marketData().trades(TradesQuery.all().withTimeRange(sinceSeconds, null))
          .publishOn(single)
          .filter(trade -> catalog.subscribed().contains(MarketTicker.of(trade.ticker())))
          .doOnNext(trade -> {
            MarketTrade mapped = dev.strike.kalshi.mapping.TradeMapper.toMarketTrade(trade, clock.nowNs());
            if (polledTrades.add(mapped.tradeId())) {
              publish(context.topics().mdTrades(), mapped);
            }
          })
          .onErrorResume(e -> {
            log.debug("{}: polling trades: {}", NAME, e.toString());
            return Mono.empty();
          })
          .then();
      return booksPolled.then(tradesPolled).doOnSuccess(v -> lastMessageNs.set(System.nanoTime()));
    }

    void onPolledBook(BookSnapshot snapshot) {
      if (!catalog.subscribed().contains(snapshot.ticker())) {
        return;
      }
      BookSnapshot previous = polledBooks.put(snapshot.ticker(), snapshot);
      if (previous == null || !previous.yesBids().equals(snapshot.yesBids())
          || !previous.noBids().equals(snapshot.noBids())) {
        onBook(snapshot);
      }
    }

    <V extends StrikeEvent> void publish(Topic<V> topic, V value) {
      published.computeIfAbsent(value.getClass(), type -> Counter.builder("strike.ingest.published")
          .description("Events published by ingest-market, by topic and type").tag("topic", topic.baseName()).tag("type", type.getSimpleName()).register(context.meters()))
          .increment();
      context.sender().send(topic, value).subscribe(m -> { }, e -> {
        publishFailures.increment();
        log.error("{}: publishing {} to {} failed: {}", NAME, value.getClass().getSimpleName(), topic.name(),
            e.toString());
      });
    }
  }
}
