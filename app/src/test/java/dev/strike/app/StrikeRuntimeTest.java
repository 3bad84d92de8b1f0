package dev.strike.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.app.config.StrikeConfig;
import dev.strike.common.config.ConfigLoader;
import dev.strike.common.config.ConfigSources;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.DeadLetter;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.testing.TopicReader;
import dev.strike.common.topic.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import dev.strike.kalshi.testing.KalshiRestFake;
import dev.strike.kalshi.testing.KalshiWsFake;
import dev.strike.kalshi.testing.TestKeys;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrikeRuntimeTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private String get(int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  @Test
  void shouldRunEveryServiceOnKafkaDeadLetterBadInputAndCommitOnClose(@TempDir Path dir) throws Exception {
    String prefix = SharedKafka.uniqueName("rt");
    // no exchange is reachable from a test: Kalshi is served by the local fakes, the spot feeds are off
    KalshiRestFake kalshiRest = KalshiRestFake.start();
    KalshiWsFake kalshiWs = KalshiWsFake.start();
    Path keyFile = TestKeys.writeOwnerOnly(dir.resolve("kalshi.key"), TestKeys.pkcs1Pem(TestKeys.rsa().getPrivate()));
    Map<String, String> overrides = new java.util.HashMap<>(Map.of("kafka.bootstrapServers",
        SharedKafka.bootstrapServers(), "kafka.topicPrefix", prefix, "http.port", "0",
        "spot.feeds.coinbase.enabled", "false", "spot.feeds.kraken.enabled", "false",
        "spot.feeds.bitstamp.enabled", "false"));
    overrides.putAll(Map.of("kalshi.environment", "custom", "kalshi.restUrl", kalshiRest.restRoot().toString(),
        "kalshi.webSocketUrl", kalshiWs.url().toString(), "kalshi.keyId", TestKeys.KEY_ID,
        "kalshi.keyFile", keyFile.toString()));
    overrides.putAll(Map.of("api.port", "0", "api.jwtSecretFile", dir.resolve("api").resolve("jwt.secret").toString()));
    StrikeConfig config = ConfigLoader.load(StrikeConfig.class, StrikeConfig.defaults(), ConfigSources.none()
        .withOverrides(overrides));
    Topics topics = config.kafka().topics();
    ByteArrayOutputStream banner = new ByteArrayOutputStream();
    StrikeRuntime runtime = StrikeRuntime.start(config, new PrintStream(banner, true, StandardCharsets.UTF_8));
    try {
      assertThat(banner.toString(StandardCharsets.UTF_8)).contains("paper trading")
          .contains("services  ingest-market, ingest-spot, signals, risk, execution, alerts, api")
          .contains("/metrics").contains("/health");
      int port = runtime.opsPort();
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get(port, "/health"))
          .startsWith("{\"status\":\"up\"").contains("service:signals").contains("service:alerts").contains("service:api")
          .contains("feed:kalshi"));

      BookGap gap = new BookGap(MarketTicker.of("KXBTC15M-26AUG171330-30"), 1, 5, 7, "seq gap", 1L, 2L);
      Properties p = new Properties();
      p.put("bootstrap.servers", SharedKafka.bootstrapServers());
      p.put("key.serializer", ByteArraySerializer.class.getName());
      p.put("value.serializer", ByteArraySerializer.class.getName());
      try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
        byte[] key = gap.ticker().value().getBytes(StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(topics.mdBook().name(), 0, key, topics.mdBook().codec().encode(gap)))
            .get(10, TimeUnit.SECONDS);
        producer.send(new ProducerRecord<>(topics.mdBook().name(), 0, key, "not json".getBytes(StandardCharsets.UTF_8)))
            .get(10, TimeUnit.SECONDS);
      }

      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get(port, "/metrics"))
          .contains("strike_service_events_total{process=\"strike\",service=\"signals\",type=\"BookGap\"} 1.0")
          .contains("strike_service_events_total{process=\"strike\",service=\"execution\",type=\"BookGap\"} 1.0"));
      // signals, risk and execution each read md.book: each dead-letters the bad record once
      await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.readAll(topics.dlq().name(), true).size() == 3);
      List<DeadLetter> letters = TopicReader.readAll(topics.dlq().name(), true).stream()
          .map(r -> topics.dlq().codec().decode(r.value())).toList();
      assertThat(letters).allSatisfy(letter -> {
        assertThat(letter.source()).isEqualTo(topics.mdBook().name());
        assertThat(letter.offset()).isEqualTo(1);
        assertThat(letter.errorKind()).isEqualTo("decode");
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).isEqualTo("not json");
      });
    } finally {
      runtime.close();
      kalshiWs.close();
      kalshiRest.close();
    }
    assertThat(runtime.awaitTermination()).isZero();
    Map<TopicPartition, OffsetAndMetadata> committed = SharedKafka.admin()
        .listConsumerGroupOffsets("strike." + prefix + ".signals").partitionsToOffsetAndMetadata()
        .get(10, TimeUnit.SECONDS);
    assertThat(committed.get(new TopicPartition(topics.mdBook().name(), 0)).offset()).isEqualTo(2);
  }
}
