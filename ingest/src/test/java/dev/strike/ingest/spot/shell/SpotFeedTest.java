package dev.strike.ingest.spot.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.strike.common.event.SpotTick;
import dev.strike.common.id.Asset;
import dev.strike.common.ops.Health;
import dev.strike.common.ops.HealthStatus;
import dev.strike.common.time.Clock;
import dev.strike.common.time.ManualClock;
import dev.strike.common.time.SystemClock;
import dev.strike.ingest.spot.core.Exchange;
import dev.strike.ingest.spot.core.FeedPhase;
import dev.strike.ingest.spot.core.ReconnectPolicy;
import dev.strike.ingest.spot.core.Subscription;
import dev.strike.ingest.spot.testing.ExchangeCase;
import dev.strike.ingest.spot.testing.ExchangeSamples;
import dev.strike.ingest.spot.testing.FakeExchange;
import dev.strike.ingest.spot.testing.RecordingPublisher;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** One feed against a local server speaking its exchange's protocol; outputs recorded in memory. */
class SpotFeedTest {
  private static final List<Asset> ASSETS = List.of(Asset.of("BTC"), Asset.of("ETH"), Asset.of("SOL"));
  private static final Asset BTC = Asset.of("BTC");
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Instant T0 = Instant.parse("2026-08-25T03:35:57.198335Z");

  private final List<AutoCloseable> cleanup = new ArrayList<>();
  private final RecordingPublisher publisher = new RecordingPublisher();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  @AfterEach
  void tearDown() throws Exception {
    for (int i = cleanup.size() - 1; i >= 0; i--) {
      cleanup.get(i).close();
    }
  }

  private static FeedOptions options() {
    return new FeedOptions(Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(1),
        Duration.ofSeconds(2), new ReconnectPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 0));
  }

  private FakeExchange server(ExchangeCase exchange) {
    FakeExchange server = exchange.start();
    cleanup.add(server);
    return server;
  }

  private FakeExchange server(FakeExchange.Script script, String path) {
    FakeExchange server = FakeExchange.start(script, path);
    cleanup.add(server);
    return server;
  }

  private SpotFeed feed(Exchange exchange, String url, FeedOptions options, Clock clock) {
    Scheduler scheduler = Schedulers.newSingle("test-" + exchange.id(), true);
    SpotFeed feed = new SpotFeed(exchange.protocol(ASSETS), URI.create(url), options, publisher, clock, meters,
        scheduler);
    cleanup.add(scheduler::dispose);
    cleanup.add(feed);
    return feed;
  }

  private SpotFeed running(Exchange exchange, String url, FeedOptions options, Clock clock) {
    SpotFeed feed = feed(exchange, url, options, clock);
    Disposable run = feed.run().subscribe();
    cleanup.add(run::dispose);
    return feed;
  }

  private SpotFeed running(ExchangeCase exchange, FakeExchange server) {
    return running(exchange.exchange(), server.url(), options(), SystemClock.INSTANCE);
  }

  private static void awaitSubscribed(SpotFeed feed) {
    await().atMost(WAIT).until(() -> feed.state().phase() == FeedPhase.CONNECTED
        && feed.state().assets().values().stream().allMatch(a -> a.subscription() == Subscription.ACTIVE));
  }

  private double gauge(String name, Exchange exchange, Asset asset) {
    return meters.get(name).tags("feed", exchange.id(), "asset", asset.symbol()).gauge().value();
  }

  private double counter(String name, Exchange exchange) {
    return meters.get(name).tags("feed", exchange.id()).counter().count();
  }

  @ParameterizedTest
  @EnumSource(ExchangeCase.class)
  void shouldSendTheExchangesSubscribeMessagesWhenConnected(ExchangeCase exchange) {
    FakeExchange server = server(exchange);

    SpotFeed feed = running(exchange, server);

    awaitSubscribed(feed);
    assertThat(server.received()).startsWith(exchange.exchange().protocol(ASSETS).subscribeMessages()
        .toArray(String[]::new));
  }

  @ParameterizedTest
  @EnumSource(ExchangeCase.class)
  void shouldTurnTradesIntoTicksWithSourceExactDecimalsAndExchangeTime(ExchangeCase exchange) {
    FakeExchange server = server(exchange);
    ManualClock clock = new ManualClock(T0.toEpochMilli() * 1_000_000L + 5_000_000L);
    SpotFeed feed = running(exchange.exchange(), server.url(), options(), clock);
    awaitSubscribed(feed);

    server.push(exchange.trade(BTC, 101, "80691.50", "0.00120000", T0));

    await().atMost(WAIT).until(() -> publisher.ticks().size() == 1);
    SpotTick tick = publisher.ticks().get(0);
    assertThat(tick.asset()).isEqualTo(BTC);
    assertThat(tick.source()).isEqualTo(exchange.exchange().source());
    assertThat(tick.price().toPlainString()).isEqualTo("80691.50");
    assertThat(tick.size().toPlainString()).isEqualTo("0.00120000");
    assertThat(tick.tsEvent()).isEqualTo(1_787_628_957_198_335_000L);
    assertThat(tick.tsInit()).isEqualTo(clock.nowNs());
    await().atMost(WAIT).until(() -> meters.get("strike.feed.ticks").tags("feed", exchange.exchange().id(),
        "asset", "BTC").counter().count() == 1.0);
  }

  @ParameterizedTest
  @EnumSource(ExchangeCase.class)
  void shouldReconnectResubscribeAndTickAgainWhenTheConnectionDrops(ExchangeCase exchange) {
    FakeExchange server = server(exchange);
    SpotFeed feed = running(exchange, server);
    awaitSubscribed(feed);
    server.push(exchange.trade(BTC, 1, "100.5", "1", T0));
    await().atMost(WAIT).until(() -> publisher.ticks().size() == 1);

    server.dropConnection();

    await().atMost(WAIT).until(() -> server.connections() == 2);
    awaitSubscribed(feed);
    List<String> subscribe = exchange.exchange().protocol(ASSETS).subscribeMessages();
    assertThat(server.received(subscribe::contains)).hasSize(2 * subscribe.size());
    server.push(exchange.trade(BTC, 2, "100.75", "2", T0.plusSeconds(1)));
    await().atMost(WAIT).until(() -> publisher.ticks().size() == 2);
    assertThat(publisher.ticks().get(1).price()).isEqualTo(new BigDecimal("100.75"));
    assertThat(counter("strike.feed.reconnects", exchange.exchange())).isEqualTo(1.0);
    assertThat(feed.state().connections()).isEqualTo(2);
  }

  @Test
  void shouldPublishOnlyTheMissedTradesWhenASnapshotRepeatsSomeAfterAReconnect() {
    String first = ExchangeSamples.krakenTrade("ETH/USD", 9001, "3200.5", "0.1", "2024-07-27T21:15:58Z");
    String snapshot = "{\"channel\":\"trade\",\"type\":\"snapshot\",\"data\":["
        + "{\"symbol\":\"ETH/USD\",\"side\":\"buy\",\"price\":3200.5,\"qty\":0.1,\"ord_type\":\"limit\","
        + "\"trade_id\":9001,\"timestamp\":\"2024-07-27T21:15:58Z\"},"
        + "{\"symbol\":\"ETH/USD\",\"side\":\"sell\",\"price\":3201.10,\"qty\":0.2,\"ord_type\":\"market\","
        + "\"trade_id\":9002,\"timestamp\":\"2024-07-27T21:15:59Z\"}]}";
    FakeExchange server = server(FakeExchange.kraken(Set.of(), snapshot), "/v2");
    server.goSilent(); // the first connection gets no snapshot: answer by hand
    SpotFeed feed = running(Exchange.KRAKEN, server.url(), options(), SystemClock.INSTANCE);
    await().atMost(WAIT).until(() -> server.connections() == 1 && !server.received().isEmpty());
    server.push(ExchangeSamples.krakenAck("ETH/USD"), first);
    await().atMost(WAIT).until(() -> publisher.ticks().size() == 1);

    server.answerAgain();
    server.dropConnection();

    await().atMost(WAIT).until(() -> publisher.ticks().size() == 2);
    assertThat(publisher.ticks()).extracting(t -> t.price().toPlainString()).containsExactly("3200.5", "3201.10");
    await().atMost(WAIT).until(() -> counter("strike.feed.duplicates", Exchange.KRAKEN) == 1.0);
    assertThat(feed.state().connections()).isEqualTo(2);
  }

  @Test
  void shouldDeadLetterAMalformedFrameWithTheReasonAndGoOn() {
    FakeExchange server = server(ExchangeCase.COINBASE);
    SpotFeed feed = running(ExchangeCase.COINBASE, server);
    awaitSubscribed(feed);

    server.push("{\"type\":\"match\",\"product_id\":\"BTC-USD\",\"price\":", ExchangeCase.COINBASE.trade(BTC, 5,
        "1.5", "2", T0));

    await().atMost(WAIT).until(() -> publisher.ticks().size() == 1);
    assertThat(publisher.letters()).singleElement().satisfies(letter -> {
      assertThat(letter.source().value()).isEqualTo("coinbase");
      assertThat(letter.raw()).isEqualTo("{\"type\":\"match\",\"product_id\":\"BTC-USD\",\"price\":");
      assertThat(letter.reason()).startsWith("not JSON: Unexpected end-of-input");
    });
    assertThat(counter("strike.feed.malformed", Exchange.COINBASE)).isEqualTo(1.0);
    assertThat(feed.state().phase()).isEqualTo(FeedPhase.CONNECTED);
  }

  @Test
  void shouldDeadLetterABinaryFrame() {
    FakeExchange server = server(ExchangeCase.BITSTAMP);
    SpotFeed feed = running(ExchangeCase.BITSTAMP, server);
    awaitSubscribed(feed);

    server.pushBinary(new byte[] {1, 2, 3});

    await().atMost(WAIT).until(() -> publisher.letters().size() == 1);
    assertThat(publisher.letters().get(0).reason()).isEqualTo("binary frame; the exchange sends JSON text");
  }

  @Test
  void shouldLogAnUnknownMessageTypeOnceAndIgnoreIt() {
    Logger logger = (Logger) LoggerFactory.getLogger(SpotFeed.class);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    logger.addAppender(logs);
    cleanup.add(() -> logger.detachAppender(logs));
    FakeExchange server = server(ExchangeCase.KRAKEN);
    SpotFeed feed = running(ExchangeCase.KRAKEN, server);
    awaitSubscribed(feed);

    server.push(ExchangeSamples.KRAKEN_TICKER, ExchangeSamples.KRAKEN_TICKER, ExchangeSamples.KRAKEN_TICKER,
        ExchangeSamples.KRAKEN_TRADE);

    await().atMost(WAIT).until(() -> publisher.ticks().size() == 1);
    assertThat(logs.list).filteredOn(e -> e.getFormattedMessage().contains("unknown type"))
        .singleElement().extracting(ILoggingEvent::getFormattedMessage)
        .isEqualTo("kraken: ignoring messages of unknown type 'channel:ticker' (logged once per type)");
    assertThat(counter("strike.feed.unknown", Exchange.KRAKEN)).isEqualTo(3.0);
    assertThat(publisher.letters()).isEmpty();
  }

  @Test
  void shouldFlagAStaleSourceInTheGaugeAndHealthWhenItsLastTradeIsOlderThanTheCutoff() {
    FakeExchange server = server(ExchangeCase.BITSTAMP);
    long t0 = T0.getEpochSecond() * 1_000_000_000L + T0.getNano();
    ManualClock clock = new ManualClock(t0);
    SpotFeed feed = running(Exchange.BITSTAMP, server.url(), options(), clock);
    awaitSubscribed(feed);
    for (Asset asset : ASSETS) {
      server.push(ExchangeCase.BITSTAMP.trade(asset, 1, "10", "1", T0));
    }
    await().atMost(WAIT).until(() -> publisher.ticks().size() == 3);
    clock.advance(Duration.ofSeconds(2).toNanos());
    assertThat(feed.health().status()).isEqualTo(HealthStatus.UP);
    assertThat(gauge("strike.feed.age.seconds", Exchange.BITSTAMP, BTC)).isEqualTo(2.0);

    clock.advance(Duration.ofSeconds(9).toNanos());
    server.push(ExchangeCase.BITSTAMP.trade(Asset.of("ETH"), 2, "11", "1", T0.plusSeconds(11)),
        ExchangeCase.BITSTAMP.trade(Asset.of("SOL"), 2, "12", "1", T0.plusSeconds(11)));
    await().atMost(WAIT).until(() -> publisher.ticks().size() == 5);

    Health health = feed.health();
    assertThat(health.status()).isEqualTo(HealthStatus.DEGRADED);
    assertThat(health.details()).containsEntry("state", "stale: BTC 11.0 s").containsEntry("stale.BTC", true)
        .containsEntry("stale.ETH", false).containsEntry("ageMs.BTC", 11_000L).containsEntry("lastPrice.SOL", "12");
    assertThat(gauge("strike.feed.age.seconds", Exchange.BITSTAMP, BTC)).isEqualTo(11.0);
    assertThat(gauge("strike.feed.stale", Exchange.BITSTAMP, BTC)).isEqualTo(1.0);
    assertThat(gauge("strike.feed.stale", Exchange.BITSTAMP, Asset.of("ETH"))).isEqualTo(0.0);
    assertThat(meters.get("strike.feed.condition").tags("feed", "bitstamp").gauge().value()).isEqualTo(1.0);
  }

  @Test
  void shouldReportARefusedSubscriptionAsDegraded() {
    FakeExchange server = server(FakeExchange.kraken(Set.of("SOL/USD")), "/v2");
    SpotFeed feed = running(Exchange.KRAKEN, server.url(), options(), SystemClock.INSTANCE);

    await().atMost(WAIT).until(() -> feed.state().assets().get(Asset.of("SOL")).subscription()
        == Subscription.REJECTED);

    Health health = feed.health();
    assertThat(health.status()).isEqualTo(HealthStatus.DEGRADED);
    assertThat(health.details()).containsEntry("subscription.SOL", "rejected")
        .containsEntry("lastProblem", "subscription for SOL refused: Currency pair not supported SOL/USD");
    assertThat(counter("strike.feed.subscription.rejections", Exchange.KRAKEN)).isEqualTo(1.0);
  }

  @Test
  void shouldPingKrakenAndTakeThePongsAsProofOfLife() {
    FakeExchange server = server(ExchangeCase.KRAKEN);
    FeedOptions fast = new FeedOptions(Duration.ofSeconds(10), Duration.ofMillis(1500), Duration.ofMillis(100),
        Duration.ofSeconds(2), new ReconnectPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 0));
    SpotFeed feed = running(Exchange.KRAKEN, server.url(), fast, SystemClock.INSTANCE);

    await().atMost(WAIT).until(() -> server.received(m -> m.contains("\"ping\"")).size() >= 3);
    assertThat(server.received(m -> m.contains("\"ping\""))).startsWith("{\"method\":\"ping\",\"req_id\":1}",
        "{\"method\":\"ping\",\"req_id\":2}");
    assertThat(feed.state().connections()).isEqualTo(1);
  }

  @Test
  void shouldReconnectAtOnceWithoutCountingAFailureWhenBitstampAsksTo() {
    FakeExchange server = server(ExchangeCase.BITSTAMP);
    SpotFeed feed = running(ExchangeCase.BITSTAMP, server);
    awaitSubscribed(feed);

    server.push(ExchangeSamples.BITSTAMP_RECONNECT);

    await().atMost(WAIT).until(() -> server.connections() == 2);
    awaitSubscribed(feed);
    assertThat(feed.state().consecutiveFailures()).isZero();
    assertThat(feed.state().lastProblem()).isEqualTo("the exchange sent bts:request_reconnect");
  }

  @Test
  void shouldCloseAndReopenAConnectionThatStaysSilent() {
    FakeExchange server = server(ExchangeCase.COINBASE);
    server.goSilent();
    FeedOptions quiet = new FeedOptions(Duration.ofSeconds(10), Duration.ofMillis(300), Duration.ofMillis(100),
        Duration.ofSeconds(2), new ReconnectPolicy(Duration.ofMillis(20), Duration.ofMillis(50), 0));
    SpotFeed feed = running(Exchange.COINBASE, server.url(), quiet, SystemClock.INSTANCE);

    await().atMost(WAIT).until(() -> server.connections() >= 2);
    assertThat(feed.state().lastProblem()).isEqualTo("no frame for 300 ms");
  }

  @Test
  void shouldBeDownAndGiveUpWhenTheExchangeCannotBeReached() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    FeedOptions limited = new FeedOptions(Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(1),
        Duration.ofSeconds(2), new ReconnectPolicy(Duration.ofMillis(10), Duration.ofMillis(20), 3));
    SpotFeed feed = feed(Exchange.KRAKEN, "ws://127.0.0.1:" + port + "/v2", limited, SystemClock.INSTANCE);
    assertThat(feed.health().status()).isEqualTo(HealthStatus.DOWN);

    feed.run().block(WAIT);

    assertThat(feed.state().phase()).isEqualTo(FeedPhase.GAVE_UP);
    Health health = feed.health();
    assertThat(health.status()).isEqualTo(HealthStatus.DOWN);
    assertThat((String) health.details().get("state")).startsWith("gave up after 3 consecutive failures: ");
    assertThat(counter("strike.feed.reconnects", Exchange.KRAKEN)).isEqualTo(2.0);
  }

  @Test
  void shouldGiveUpAConnectionWhoseHandshakeNeverCompletes() throws IOException {
    try (ServerSocket mute = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      FeedOptions impatient = new FeedOptions(Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(1),
          Duration.ofMillis(300), new ReconnectPolicy(Duration.ofMillis(10), Duration.ofMillis(20), 2));
      SpotFeed feed = feed(Exchange.COINBASE, "ws://127.0.0.1:" + mute.getLocalPort() + "/", impatient,
          SystemClock.INSTANCE);

      feed.run().block(WAIT);

      assertThat(feed.state().phase()).isEqualTo(FeedPhase.GAVE_UP);
      assertThat(feed.state().lastProblem()).isEqualTo("could not connect within 300 ms");
    }
  }

  @Test
  void shouldReportStoppedAndRemoveItsMetersWhenClosed() {
    FakeExchange server = server(ExchangeCase.COINBASE);
    SpotFeed feed = feed(Exchange.COINBASE, server.url(), options(), SystemClock.INSTANCE);
    Disposable run = feed.run().subscribe();
    awaitSubscribed(feed);

    feed.close();
    run.dispose();

    assertThat(feed.health().details()).containsEntry("state", "stopped");
    assertThat(meters.find("strike.feed.age.seconds").gauges()).isEmpty();
    await().atMost(WAIT).until(() -> feed.state().phase() == FeedPhase.STOPPED);
  }

  @Test
  void shouldKeepTheRawTextOfTheMalformedFrameInUtf8() {
    FakeExchange server = server(ExchangeCase.COINBASE);
    SpotFeed feed = running(ExchangeCase.COINBASE, server);
    awaitSubscribed(feed);

    server.push("{\"type\":\"match\",\"product_id\":\"BTC-USD\",\"price\":\"€\"}");

    await().atMost(WAIT).until(() -> publisher.letters().size() == 1);
    assertThat(publisher.letters().get(0).raw().getBytes(StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"match\",\"product_id\":\"BTC-USD\",\"price\":\"€\"}"
            .getBytes(StandardCharsets.UTF_8));
    assertThat(publisher.letters().get(0).reason()).isEqualTo("price is not a decimal: '€'");
  }
}
