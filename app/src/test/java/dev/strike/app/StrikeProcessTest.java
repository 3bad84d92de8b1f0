package dev.strike.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.Side;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.TradeId;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.topic.Topics;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** {@code strike run} as its own process: it serves, consumes, and on SIGTERM stops cleanly and commits. */
class StrikeProcessTest {

  @Test
  void shouldStopGracefullyAndCommitWhenSentSigterm() throws Exception {
    String prefix = SharedKafka.uniqueName("proc");
    Topics topics = Topics.withPrefix(prefix);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        StrikeCli.class.getName(), "run", "--kafka", SharedKafka.bootstrapServers(), "--prefix", prefix,
        "--http-port", "0", "--services", "signals,alerts")
        .redirectErrorStream(true)
        .start();
    List<String> lines = new CopyOnWriteArrayList<>();
    Thread pump = new Thread(() -> new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8)).lines().forEach(lines::add), "strike-output");
    pump.setDaemon(true);
    pump.start();
    try {
      await().atMost(Duration.ofSeconds(60)).until(() -> lines.stream().anyMatch(l -> l.contains("Press Ctrl-C")));
      Matcher port = Pattern.compile("metrics   http://127\\.0\\.0\\.1:(\\d+)/metrics")
          .matcher(String.join("\n", lines));
      assertThat(port.find()).as(String.join("\n", lines)).isTrue();
      String metricsUrl = "http://127.0.0.1:" + port.group(1) + "/metrics";

      MarketTrade trade = new MarketTrade(TradeId.of("t-1"), MarketTicker.of("KXBTC15M-26AUG171330-30"),
          Price.parse("0.46"), Qty.parse("5.00"), Side.YES, false, 1L, 2L);
      Properties p = new Properties();
      p.put("bootstrap.servers", SharedKafka.bootstrapServers());
      p.put("key.serializer", ByteArraySerializer.class.getName());
      p.put("value.serializer", ByteArraySerializer.class.getName());
      try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
        producer.send(new ProducerRecord<>(topics.mdTrades().name(), 0,
            trade.ticker().value().getBytes(StandardCharsets.UTF_8), topics.mdTrades().codec().encode(trade)))
            .get(10, TimeUnit.SECONDS);
      }
      HttpClient http = HttpClient.newHttpClient();
      await().atMost(Duration.ofSeconds(30)).until(() -> http.send(
          HttpRequest.newBuilder(URI.create(metricsUrl)).build(), HttpResponse.BodyHandlers.ofString()).body()
          .contains("service=\"signals\",type=\"MarketTrade\"} 1.0"));
    } finally {
      process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its output pipe
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
    }
    pump.join(5_000);
    assertThat(process.exitValue()).isEqualTo(143);
    assertThat(lines).anyMatch(l -> l.contains("Strike stopped"));
    assertThat(lines).noneMatch(l -> l.contains("ERROR"));
    Map<TopicPartition, OffsetAndMetadata> committed = SharedKafka.admin()
        .listConsumerGroupOffsets("strike." + prefix + ".signals").partitionsToOffsetAndMetadata()
        .get(10, TimeUnit.SECONDS);
    assertThat(committed.get(new TopicPartition(topics.mdTrades().name(), 0)).offset()).isEqualTo(1);
  }
}
