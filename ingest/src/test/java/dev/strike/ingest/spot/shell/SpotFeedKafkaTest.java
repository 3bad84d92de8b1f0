package dev.strike.ingest.spot.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.common.event.DeadLetter;
import dev.strike.common.event.SpotTick;
import dev.strike.common.id.Asset;
import dev.strike.common.id.SourceId;
import dev.strike.common.time.ManualClock;
import dev.strike.ingest.spot.core.ReconnectPolicy;
import dev.strike.ingest.spot.core.Subscription;
import dev.strike.ingest.spot.testing.ExchangeCase;
import dev.strike.ingest.spot.testing.FakeExchange;
import dev.strike.ingest.spot.testing.SpotKafka;
import dev.strike.ingest.spot.testing.SpotKafka.Keyed;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** A feed publishing through Kafka on the embedded broker: md.spot and dlq as the other services read them. */
class SpotFeedKafkaTest {
  private static final List<Asset> ASSETS = List.of(Asset.of("BTC"), Asset.of("ETH"), Asset.of("SOL"));
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Instant T0 = Instant.parse("2026-08-25T03:35:57.198335Z");
  private static final long T0_NS = T0.getEpochSecond() * 1_000_000_000L + T0.getNano();

  private static FeedOptions options() {
    return new FeedOptions(Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(1),
        Duration.ofSeconds(2), new ReconnectPolicy(Duration.ofMillis(20), Duration.ofMillis(200), 0));
  }

  /** Runs {@code body} with a feed of {@code exchange} publishing to a fresh Kafka namespace. */
  private static void withFeed(ExchangeCase exchange, ManualClock clock, FeedBody body) throws Exception {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    Scheduler scheduler = Schedulers.newSingle("kafka-test-" + exchange.exchange().id(), true);
    try (SpotKafka kafka = SpotKafka.create(); FakeExchange server = exchange.start()) {
      KafkaSpotPublisher publisher = new KafkaSpotPublisher(kafka.sender(), kafka.topics().mdSpot(),
          kafka.deadLetters(clock, meters));
      SpotFeed feed = new SpotFeed(exchange.exchange().protocol(ASSETS), URI.create(server.url()), options(),
          publisher, clock, meters, scheduler);
      Disposable run = feed.run().subscribe();
      try {
        await().atMost(WAIT).until(() -> feed.state().assets().values().stream()
            .allMatch(a -> a.subscription() == Subscription.ACTIVE));
        body.run(kafka, server, feed);
      } finally {
        run.dispose();
        feed.close();
      }
    } finally {
      scheduler.dispose();
    }
  }

  @FunctionalInterface
  private interface FeedBody {
    void run(SpotKafka kafka, FakeExchange server, SpotFeed feed) throws Exception;
  }

  @ParameterizedTest
  @EnumSource(ExchangeCase.class)
  void shouldPublishTicksToMdSpotKeyedByAssetWithSourceAndExchangeTime(ExchangeCase exchange) throws Exception {
    ManualClock clock = new ManualClock(T0_NS + 3_000_000L);
    withFeed(exchange, clock, (kafka, server, feed) -> {
      server.push(exchange.trade(Asset.of("BTC"), 7, "80691.53", "0.00000001", T0),
          exchange.trade(Asset.of("SOL"), 8, "181.370", "12.5", T0.plusMillis(1)));

      await().atMost(WAIT).until(() -> kafka.ticks().size() == 2);
      SourceId source = exchange.exchange().source();
      assertThat(kafka.ticks()).containsExactlyInAnyOrder(
          new Keyed<>("BTC", new SpotTick(Asset.of("BTC"), source, new BigDecimal("80691.53"),
              new BigDecimal("0.00000001"), T0_NS, T0_NS + 3_000_000L)),
          new Keyed<>("SOL", new SpotTick(Asset.of("SOL"), source, new BigDecimal("181.370"),
              new BigDecimal("12.5"), T0_NS + 1_000_000L, T0_NS + 3_000_000L)));
      assertThat(kafka.ticks()).filteredOn(t -> t.key().equals("SOL")).singleElement()
          .satisfies(t -> assertThat(t.value().price().toPlainString()).isEqualTo("181.370"));
    });
  }

  @Test
  void shouldDeadLetterAMalformedFrameWithItsReasonAndKeepPublishing() throws Exception {
    ManualClock clock = new ManualClock(T0_NS);
    withFeed(ExchangeCase.KRAKEN, clock, (kafka, server, feed) -> {
      String bad = "{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\",\"price\":\"x\"}]}";
      server.push(bad, ExchangeCase.KRAKEN.trade(Asset.of("ETH"), 3, "3201.10", "0.2", T0));

      await().atMost(WAIT).until(() -> kafka.ticks().size() == 1 && kafka.deadLetters().size() == 1);
      DeadLetter letter = kafka.deadLetters().get(0).value();
      assertThat(kafka.deadLetters().get(0).key()).isEqualTo("kraken");
      assertThat(letter.source()).isEqualTo("kraken");
      assertThat(letter.errorKind()).isEqualTo("decode");
      assertThat(letter.error()).isEqualTo("price is not a decimal: 'x'");
      assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo(bad);
      assertThat(letter.partition()).isEqualTo(-1);
      assertThat(letter.tsEvent()).isEqualTo(T0_NS);
      assertThat(kafka.ticks().get(0).value().price().toPlainString()).isEqualTo("3201.10");
    });
  }
}
