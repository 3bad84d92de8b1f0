package dev.strike.ingest.market.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.common.book.ArrayOrderBook;
import dev.strike.common.book.OrderBook;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.DeadLetter;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.Side;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.kafka.DeadLetters;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.ops.HealthRegistry;
import dev.strike.common.ops.HealthStatus;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.testing.TopicReader;
import dev.strike.common.time.SystemClock;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import dev.strike.ingest.market.MarketsSettings;
import dev.strike.kalshi.KalshiEnvironment;
import dev.strike.kalshi.KalshiSettings;
import dev.strike.kalshi.testing.KalshiRestFake;
import dev.strike.kalshi.testing.KalshiTestClients;
import dev.strike.kalshi.testing.KalshiWsFake;
import dev.strike.kalshi.testing.KalshiWsFake.Level;
import dev.strike.kalshi.testing.TestKeys;
import dev.strike.kalshi.wire.EventData;
import dev.strike.kalshi.wire.Market;
import dev.strike.kalshi.wire.PriceRange;
import dev.strike.kalshi.wire.Series;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.Disposable;

/**
 * ingest-market end to end: Kalshi's REST and WebSocket APIs served on 127.0.0.1 by the fakes (which verify our
 * signatures), the real embedded Kafka broker, and the topics read back.
 */
class IngestMarketServiceTest {
  private static final String BTC_1 = "KXBTC15M-26AUG171330-30";
  private static final String BTC_2 = "KXBTC15M-26AUG171345-45";
  private static final String BTC_3 = "KXBTC15M-26AUG171400-00";
  private static final String OTHER = "KXINX-26AUG17-B6000";
  private static final List<PriceRange> TAPERED = List.of(new PriceRange("0.0000", "0.1000", "0.0010"),
      new PriceRange("0.1000", "0.9000", "0.0100"), new PriceRange("0.9000", "1.0000", "0.0010"));

  @TempDir
  Path dir;
  private KalshiRestFake rest;
  private KalshiWsFake ws;
  private Topics topics;
  private KafkaSender sender;
  private HealthRegistry health;
  private SimpleMeterRegistry meters;
  private IngestMarketService service;
  private Disposable running;

  @BeforeEach
  void start() {
    rest = KalshiRestFake.start();
    ws = KalshiWsFake.start();
    rest.pageSize(2);
    rest.putSeries(Series.of("KXBTC15M", "BTC up or down in 15 minutes", "quadratic", BigDecimal.ONE));
    rest.putSeries(Series.of("KXINX", "S&P 500", "quadratic", new BigDecimal("0.5")));
    for (String[] m : new String[][] {{BTC_1, "KXBTC15M-26AUG171330"}, {BTC_2, "KXBTC15M-26AUG171345"},
        {BTC_3, "KXBTC15M-26AUG171400"}}) {
      rest.putEvent(EventData.of(m[1], "KXBTC15M", "BTC price up in next 15 mins?"));
      rest.putMarket(Market.of(m[0], m[1], "active", "greater_or_equal", new BigDecimal("63485.16"), null,
          "2026-08-17T17:15:00Z", "2099-08-17T17:30:00Z", TAPERED));
      ws.setBook(m[0], List.of(Level.of("0.4300", "120.00"), Level.of("0.4500", "310.00")),
          List.of(Level.of("0.5000", "40.00"), Level.of("0.5300", "150.00")));
    }
    rest.putEvent(EventData.of("KXINX-26AUG17", "KXINX", "S&P 500 at close"));
    rest.putMarket(Market.of(OTHER, "KXINX-26AUG17", "active", "between", new BigDecimal("6000"),
        new BigDecimal("6025"), "2026-08-17T13:30:00Z", "2099-08-17T20:00:00Z", TAPERED));
    ws.addMarket(OTHER);

    topics = Topics.withPrefix(SharedKafka.uniqueName("im"));
    new TopicProvisioner(SharedKafka.admin(), 1, Duration.ofSeconds(30)).ensure(topics.all());
    sender = new KafkaSender(SenderOptions.lowLatency(SharedKafka.bootstrapServers(), "ingest-test"));
    health = new HealthRegistry();
    meters = new SimpleMeterRegistry();
  }

  @AfterEach
  void stop() {
    if (running != null) {
      running.dispose();
    }
    if (service != null) {
      service.close();
    }
    sender.close();
    ws.close();
    rest.close();
  }

  private void run(boolean withKey) {
    Path keyFile = TestKeys.writeOwnerOnly(dir.resolve("kalshi.key"), TestKeys.pkcs1Pem(TestKeys.rsa().getPrivate()));
    KalshiSettings kalshi = new KalshiSettings(KalshiEnvironment.CUSTOM, rest.restRoot().toString(),
        ws.url().toString(), withKey ? TestKeys.KEY_ID : "", withKey ? keyFile.toString() : "");
    MarketsSettings markets = new MarketsSettings(List.of(SeriesTicker.of("KXBTC15M")), List.of(), List.of(),
        Duration.ofSeconds(1), Duration.ofMillis(300));
    service = IngestMarketService.create(markets, kalshi, ws.clientConfig(),
        KalshiTestClients.fastConfig(rest.restRoot()));
    ServiceContext context = new ServiceContext(topics, SharedKafka.bootstrapServers(), Map.of(), sender,
        new DeadLetters(sender, topics.dlq(), SystemClock.INSTANCE, meters), meters, health, SystemClock.INSTANCE);
    running = service.run(context).subscribe();
  }

  private static <V extends dev.strike.common.event.StrikeEvent> List<V> read(Topic<V> topic) {
    return TopicReader.readAll(topic.name(), true).stream().map(r -> topic.codec().decode(r.value())).toList();
  }

  /** The books a consumer of md.book ends up with, folding snapshots, deltas and gaps in order. */
  private Map<MarketTicker, OrderBook> folded() {
    Map<MarketTicker, OrderBook> books = new HashMap<>();
    for (BookEvent event : read(topics.mdBook())) {
      OrderBook book = books.computeIfAbsent(event.ticker(), ArrayOrderBook::new);
      if (event instanceof BookSnapshot s) {
        book.applySnapshot(s.yesBids(), s.noBids());
      } else if (event instanceof BookDelta d) {
        assertThat(book.applyDelta(d.side(), d.price().micros(), d.deltaHundredths()))
            .isNotEqualTo(OrderBook.DeltaResult.NEGATIVE_SIZE);
        assertThat(d.top()).isEqualTo(book.top());
      } else if (event instanceof BookGap) {
        book.clear();
      }
    }
    return books;
  }

  private static NavigableMap<Long, Long> ladder(OrderBook book, Side side) {
    NavigableMap<Long, Long> out = new TreeMap<>();
    for (BookLevel level : book.bids(side)) {
      out.put(level.price().micros(), level.qty().hundredths());
    }
    return out;
  }

  private void awaitBookEquals(String ticker) {
    await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
      OrderBook book = folded().get(MarketTicker.of(ticker));
      assertThat(book).isNotNull();
      assertThat(ladder(book, Side.YES)).isEqualTo(ws.book(ticker, "yes"));
      assertThat(ladder(book, Side.NO)).isEqualTo(ws.book(ticker, "no"));
    });
  }

  @Test
  void shouldDiscoverTheFollowedSeriesAcrossPagesAndIgnoreTheRest() {
    run(true);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(read(topics.mdMarkets()))
        .extracting(m -> m.ticker().value()).containsExactlyInAnyOrder(BTC_1, BTC_2, BTC_3));
    MarketInfo btc = read(topics.mdMarkets()).get(0);
    assertThat(btc.seriesTicker().value()).isEqualTo("KXBTC15M");
    assertThat(btc.floorStrike()).isEqualByComparingTo("63485.16");
    assertThat(rest.count("GET", "/markets")).as("pages of 2").isGreaterThanOrEqualTo(2);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(health.check().components().get("feed:kalshi").status()).isEqualTo(HealthStatus.UP));
  }

  @Test
  void shouldBuildTheSameBookAsTheExchangeFromSnapshotAndDeltas() {
    run(true);
    await().atMost(Duration.ofSeconds(30)).until(() -> read(topics.mdBook()).size() >= 3);
    ws.pushDelta(BTC_1, "yes", "0.4500", "-100.00");
    ws.pushDelta(BTC_1, "yes", "0.4400", "25.50");
    ws.pushDelta(BTC_1, "no", "0.5400", "7.00");
    ws.pushDelta(BTC_1, "no", "0.5000", "-40.00");
    awaitBookEquals(BTC_1);

    // and the REST book of the same moment reads the same
    OrderBook published = folded().get(MarketTicker.of(BTC_1));
    rest.putOrderbookJson(BTC_1, orderbookJson(ws.book(BTC_1, "yes"), ws.book(BTC_1, "no")));
    BookSnapshot viaRest = KalshiTestClients.signedClient(rest).marketData().bookSnapshot(MarketTicker.of(BTC_1))
        .block(Duration.ofSeconds(10));
    assertThat(viaRest.yesBids()).isEqualTo(published.bids(Side.YES));
    assertThat(viaRest.noBids()).isEqualTo(published.bids(Side.NO));
  }

  @Test
  void shouldRecoverFromASequenceGapThroughASnapshotWithoutApplyingQuarantinedDeltas() {
    run(true);
    await().atMost(Duration.ofSeconds(30)).until(() -> read(topics.mdBook()).size() >= 3);
    ws.injectSeqGap("orderbook_delta");
    ws.pushDelta(BTC_2, "yes", "0.4500", "-10.00");
    ws.pushDelta(BTC_2, "no", "0.5300", "5.00");
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(read(topics.mdBook()))
        .anySatisfy(e -> assertThat(e).isInstanceOf(BookGap.class)));
    awaitBookEquals(BTC_2);
    ws.pushDelta(BTC_2, "yes", "0.4300", "1.00");
    awaitBookEquals(BTC_2);

    List<BookEvent> events = read(topics.mdBook()).stream().filter(e -> e.ticker().value().equals(BTC_2)).toList();
    int gap = indexOf(events, BookGap.class);
    int nextSnapshot = gap + 1;
    while (nextSnapshot < events.size() && !(events.get(nextSnapshot) instanceof BookSnapshot)) {
      assertThat(events.get(nextSnapshot)).as("nothing but a snapshot may follow a gap").isInstanceOf(BookGap.class);
      nextSnapshot++;
    }
    assertThat(events.get(nextSnapshot)).isInstanceOf(BookSnapshot.class);
  }

  @Test
  void shouldRebuildCorrectBooksAfterADisconnect() {
    run(true);
    await().atMost(Duration.ofSeconds(30)).until(() -> read(topics.mdBook()).size() >= 3);
    ws.dropConnections();
    await().atMost(Duration.ofSeconds(30)).until(() -> ws.connectionsAccepted() >= 2
        && ws.activeConnections() == 1 && !ws.commands("subscribe").isEmpty()
        && ws.commands("subscribe").get(ws.commands("subscribe").size() - 1).connection() >= 2);
    ws.pushDelta(BTC_3, "no", "0.5200", "33.00");
    awaitBookEquals(BTC_3);
    assertThat(meters.find("strike.feed.reconnects").counter().count()).isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void shouldDeadLetterAMalformedFrameAndGoOn() {
    run(true);
    await().atMost(Duration.ofSeconds(30)).until(() -> read(topics.mdBook()).size() >= 3);
    ws.pushRaw("{\"type\":\"orderbook_delta\",\"sid\":");
    ws.pushDelta(BTC_1, "yes", "0.4300", "1.00");
    awaitBookEquals(BTC_1);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(read(topics.dlq()))
        .singleElement().satisfies(letter -> {
          DeadLetter d = letter;
          assertThat(d.source()).isEqualTo("kalshi-ws");
          assertThat(d.errorKind()).isEqualTo("decode");
          assertThat(new String(d.value(), StandardCharsets.UTF_8)).startsWith("{\"type\":\"orderbook_delta\"");
        }));
  }

  @Test
  void shouldPublishTradesAndResultsOfFollowedMarkets() {
    run(true);
    await().atMost(Duration.ofSeconds(30)).until(() -> read(topics.mdBook()).size() >= 3);
    ws.pushTrade(BTC_1, "t-1", "0.4600", "5.00", "yes", "bid");
    ws.pushTrade(OTHER, "t-2", "0.1000", "1.00", "no", "bid");
    ws.pushLifecycle(BTC_1, "determined", Map.of("result", "yes", "settlement_value", "1.0000",
        "determination_ts", 1_786_987_801L));
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(read(topics.mdTrades()))
        .singleElement().satisfies(t -> {
          MarketTrade trade = t;
          assertThat(trade.ticker().value()).isEqualTo(BTC_1);
          assertThat(trade.yesPrice().toDollarString()).isEqualTo("0.4600");
        }));
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(read(topics.mdMarkets()))
        .anySatisfy(m -> {
          assertThat(m.ticker().value()).isEqualTo(BTC_1);
          assertThat(m.result()).isEqualTo(MarketResult.YES);
        }));
  }

  @Test
  void shouldPollBooksOverRestWithoutAnApiKey() {
    rest.putOrderbookJson(BTC_1, orderbookJson(ws.book(BTC_1, "yes"), ws.book(BTC_1, "no")));
    run(false);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(read(topics.mdBook()))
        .anySatisfy(e -> assertThat(e.ticker().value()).isEqualTo(BTC_1)));
    assertThat(ws.connectionsAccepted()).isZero();
    assertThat(health.check().components().get("feed:kalshi").status()).isEqualTo(HealthStatus.DEGRADED);
    assertThat(health.check().components().get("feed:kalshi").details().get("connection").toString())
        .contains("no API key");
  }

  private static int indexOf(List<BookEvent> events, Class<?> type) {
    for (int i = 0; i < events.size(); i++) {
      if (type.isInstance(events.get(i))) {
        return i;
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in " + events);
  }

  private static String orderbookJson(NavigableMap<Long, Long> yes, NavigableMap<Long, Long> no) {
    return "{\"yes_dollars\":" + levels(yes) + ",\"no_dollars\":" + levels(no) + "}";
  }

  private static String levels(NavigableMap<Long, Long> ladder) {
    StringBuilder out = new StringBuilder("[");
    for (Map.Entry<Long, Long> level : ladder.entrySet()) {
      if (out.length() > 1) {
        out.append(',');
      }
      out.append("[\"").append(dev.strike.common.money.Price.ofMicros(level.getKey()).toDollarString())
          .append("\",\"").append(dev.strike.common.money.Qty.ofHundredths(level.getValue()).toContractString())
          .append("\"]");
    }
    return out.append(']').toString();
  }
}
