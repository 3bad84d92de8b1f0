package dev.strike.ingest.spot.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.strike.common.config.ConfigException;
import dev.strike.common.event.SpotTick;
import dev.strike.common.id.Asset;
import dev.strike.common.ops.HealthRegistry;
import dev.strike.common.ops.HealthStatus;
import dev.strike.common.service.StrikeService;
import dev.strike.common.time.SystemClock;
import dev.strike.ingest.spot.SpotSettings;
import dev.strike.ingest.spot.testing.ExchangeCase;
import dev.strike.ingest.spot.testing.FakeExchange;
import dev.strike.ingest.spot.testing.SpotKafka;
import dev.strike.ingest.spot.testing.SpotKafka.Keyed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

/** The whole service on the embedded broker, fed by three local exchanges. */
class IngestSpotServiceTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Instant T0 = Instant.parse("2026-08-25T03:35:57.198335Z");

  private static SpotSettings settings(String coinbase, String kraken, String bitstamp, int maxAttempts) {
    SpotSettings d = SpotSettings.defaults();
    return new SpotSettings(d.assets(), new SpotSettings.Feeds(new SpotSettings.Feed(coinbase != null,
        coinbase == null ? SpotSettings.Feeds.COINBASE_URL : coinbase), new SpotSettings.Feed(kraken != null,
        kraken == null ? SpotSettings.Feeds.KRAKEN_URL : kraken), new SpotSettings.Feed(bitstamp != null,
        bitstamp == null ? SpotSettings.Feeds.BITSTAMP_URL : bitstamp)), Duration.ofSeconds(10),
        Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(2),
        new SpotSettings.Reconnect(Duration.ofMillis(20), Duration.ofMillis(100), maxAttempts));
  }

  @Test
  void shouldPublishEveryExchangesTicksToMdSpotAndReportEachFeedInHealth() throws Exception {
    HealthRegistry health = new HealthRegistry();
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    try (SpotKafka kafka = SpotKafka.create(); FakeExchange coinbase = ExchangeCase.COINBASE.start();
        FakeExchange kraken = ExchangeCase.KRAKEN.start(); FakeExchange bitstamp = ExchangeCase.BITSTAMP.start()) {
      StrikeService service = IngestSpotService.create(settings(coinbase.url(), kraken.url(), bitstamp.url(), 0));
      AtomicReference<String> ended = new AtomicReference<>();
      Disposable run = service.run(kafka.context(SystemClock.INSTANCE, meters, health))
          .subscribe(v -> { }, e -> ended.set("failed: " + e), () -> ended.set("completed"));
      try {
        await().atMost(WAIT).until(() -> coinbase.received().size() == 1 && kraken.received().size() == 1
            && bitstamp.received().size() == 3);
        await().atMost(WAIT).until(() -> health.check().components().keySet()
            .containsAll(List.of("feed:coinbase", "feed:kraken", "feed:bitstamp", "service:ingest-spot")));
        Instant now = Instant.now();

        coinbase.push(ExchangeCase.COINBASE.trade(Asset.of("BTC"), 1, "80691.53", "0.5", now));
        kraken.push(ExchangeCase.KRAKEN.trade(Asset.of("BTC"), 1, "80690.0", "0.25", now));
        bitstamp.push(ExchangeCase.BITSTAMP.trade(Asset.of("ETH"), 1, "3201.10", "2", now));

        await().atMost(WAIT).until(() -> kafka.ticks().size() == 3);
        assertThat(kafka.ticks()).extracting(Keyed::key, t -> t.value().source().value(),
            t -> t.value().price().toPlainString()).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("BTC", "coinbase", "80691.53"),
                org.assertj.core.groups.Tuple.tuple("BTC", "kraken", "80690.0"),
                org.assertj.core.groups.Tuple.tuple("ETH", "bitstamp", "3201.10"));
        assertThat(health.check().components().get("service:ingest-spot").status()).isEqualTo(HealthStatus.UP);
        assertThat(health.check().components().get("feed:kraken").details()).containsEntry("lastPrice.BTC",
            "80690.0");
        assertThat(meters.get("strike.feed.ticks").tags("feed", "bitstamp", "asset", "ETH").counter().count())
            .isEqualTo(1.0);
      } finally {
        service.close();
      }
      assertThat(ended.get()).isEqualTo("completed");
      assertThat(run.isDisposed()).isTrue();
      assertThat(health.check().components().get("feed:coinbase").details()).containsEntry("state", "stopped");
      assertThat(meters.find("strike.feed.ticks").counters()).isEmpty();
      assertThat(kafka.ticks()).extracting(Keyed::value).extracting(SpotTick::tsEvent).allSatisfy(ts ->
          assertThat(ts).isPositive());
    }
  }

  @Test
  void shouldFailWhenEveryFeedGaveUp() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String dead = "ws://127.0.0.1:" + port + "/";
    StrikeService service = IngestSpotService.create(settings(dead, dead, null, 2));
    try (SpotKafka kafka = SpotKafka.create()) {
      HealthRegistry health = new HealthRegistry();

      assertThatThrownBy(() -> service.run(kafka.context(SystemClock.INSTANCE, new SimpleMeterRegistry(), health))
          .block(WAIT)).isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("every spot feed gave up: coinbase (").hasMessageContaining("kraken (");
      assertThat(health.check().components().get("feed:kraken").status()).isEqualTo(HealthStatus.DOWN);
    } finally {
      service.close();
    }
  }

  @Test
  void shouldRunIdleAndSaySoWhenNoFeedIsEnabled() {
    StrikeService service = IngestSpotService.create(settings(null, null, null, 0));
    try (SpotKafka kafka = SpotKafka.create()) {
      HealthRegistry health = new HealthRegistry();
      AtomicReference<String> ended = new AtomicReference<>();
      service.run(kafka.context(SystemClock.INSTANCE, new SimpleMeterRegistry(), health))
          .subscribe(v -> { }, e -> ended.set("failed"), () -> ended.set("completed"));

      assertThat(health.check().components().get("service:ingest-spot").details()).containsEntry("feeds", "none");
      assertThat(health.check().status()).isEqualTo(HealthStatus.UP);
      service.close();
      assertThat(ended.get()).isEqualTo("completed");
    }
  }

  @Test
  void shouldRefuseSettingsThatBreakARuleWhenCreated() {
    SpotSettings d = SpotSettings.defaults();
    SpotSettings broken = new SpotSettings(d.assets(), d.feeds(), Duration.ZERO, d.idleTimeout(), d.pingInterval(),
        d.connectTimeout(), d.reconnect());

    assertThatThrownBy(() -> IngestSpotService.create(broken)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("staleAfter: must be positive");
  }

  @Test
  void shouldKeepItsName() {
    assertThat(IngestSpotService.create(SpotSettings.defaults()).name()).isEqualTo("ingest-spot");
  }
}
