package dev.strike.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.strike.app.backtest.shell.DatasetProfile;
import dev.strike.app.config.StrikeConfig;
import dev.strike.app.dataset.shell.Dataset;
import dev.strike.app.replay.core.ReplaySpeed;
import dev.strike.app.replay.shell.RunReplay;
import dev.strike.common.config.ConfigLoader;
import dev.strike.common.config.ConfigSources;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.topic.Topics;
import dev.strike.kalshi.testing.KalshiRestFake;
import dev.strike.kalshi.testing.KalshiWsFake;
import dev.strike.kalshi.testing.TestKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole system in one process on the embedded broker: every service (Kalshi served by the local fakes, the spot
 * feeds off), the committed sample replayed through it; then {@code /metrics} is scraped over HTTP, every metric family
 * the operators rely on must be there, and {@code promtool check metrics} (Debian package {@code prometheus}) must
 * accept the exposition without a complaint.
 */
class MetricsExpositionTest {
  static final Path PROMTOOL = Path.of(System.getProperty("strike.promtool", "/usr/bin/promtool"));

  /** The families issue 8 asks for, as exposed (see docs/metrics.md). */
  static final List<String> REQUIRED = List.of(
      "strike_risk_cash_dollars",
      "strike_risk_equity_dollars",
      "strike_risk_daily_pnl_dollars",
      "strike_risk_open_positions",
      "strike_risk_win_rate_ratio",
      "strike_trades_total",
      "strike_risk_fees_dollars",
      "strike_signals_latency_seconds_bucket",
      "strike_risk_decision_latency_seconds_bucket",
      "strike_execution_order_latency_seconds_bucket",
      "strike_feed_age_seconds",
      "strike_feed_reconnects_total",
      "strike_feed_seq_gaps_total",
      "strike_kafka_consumer_lag_records",
      "strike_dlq_records_total");

  @Test
  void shouldExposeEveryRequiredFamilyThatPromtoolAcceptsWhenTheSampleIsReplayedThroughTheSystem(@TempDir Path dir)
      throws Exception {
    String prefix = SharedKafka.uniqueName("metrics");
    KalshiRestFake kalshiRest = KalshiRestFake.start();
    KalshiWsFake kalshiWs = KalshiWsFake.start();
    Path keyFile = TestKeys.writeOwnerOnly(dir.resolve("kalshi.key"), TestKeys.pkcs1Pem(TestKeys.rsa().getPrivate()));
    Map<String, String> overrides = new HashMap<>(Map.of("kafka.bootstrapServers",
        SharedKafka.bootstrapServers(), "kafka.topicPrefix", prefix, "http.port", "0",
        "spot.feeds.coinbase.enabled", "false", "spot.feeds.kraken.enabled", "false",
        "spot.feeds.bitstamp.enabled", "false"));
    overrides.putAll(Map.of("kalshi.environment", "custom", "kalshi.restUrl", kalshiRest.restRoot().toString(),
        "kalshi.webSocketUrl", kalshiWs.url().toString(), "kalshi.keyId", TestKeys.KEY_ID,
        "kalshi.keyFile", keyFile.toString()));
    overrides.putAll(Map.of("api.port", "0", "api.jwtSecretFile", dir.resolve("jwt.secret").toString()));
    overrides.putAll(DatasetProfile.overrides(Dataset.KAPELAME));
    StrikeConfig config = ConfigLoader.load(StrikeConfig.class, StrikeConfig.defaults(), ConfigSources.none()
        .withOverrides(overrides));
    Topics topics = config.kafka().topics();
    String text;
    StrikeRuntime runtime = StrikeRuntime.start(config, new PrintStream(OutputStream.nullOutputStream()));
    try {
      List<String> groups = ServiceCatalog.inFlowOrder(List.of("signals", "risk", "execution", "alerts")).stream()
          .map(name -> RunReplay.groupId(topics, name)).toList();
      StringWriter replayOut = new StringWriter();
      URI metrics = URI.create("http://127.0.0.1:" + runtime.opsPort() + "/metrics");
      RunReplay.Summary summary = new RunReplay(runtime.bootstrapServers(), config.kafka().clientProperties(),
          config.kafka().replicationFactor(), config.kafka().partitions(), Duration.ofMinutes(2))
          .run(Samples.kapelame().getParent(), Dataset.KAPELAME, topics, groups, ReplaySpeed.MAX, metrics,
              new PrintWriter(replayOut, true));
      assertThat(summary.fills()).as(replayOut.toString()).isPositive();
      text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(metrics).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      // the status line reads the same registry: its trades are the fills on the topic, all taker in this sample
      dev.strike.app.status.core.ConsoleStatus status = runtime.status();
      assertThat(status).isNotNull();
      assertThat(status.trades()).isEqualTo(new dev.strike.app.status.core.ConsoleStatus.Trades(summary.fills(),
          sum(text, "strike_trades_total{liquidity=\"maker\"")));
      assertThat(status.trades().count()).isEqualTo(sum(text, "strike_trades_total{"));
      assertThat(status.account()).isNotNull();
      assertThat(status.account().wins() + status.account().losses())
          .isEqualTo(sum(text, "strike_risk_round_trips_won{") + sum(text, "strike_risk_round_trips_lost{"));
      assertThat(status.eventsProcessed()).isGreaterThanOrEqualTo(19_809);
      assertThat(status.format()).startsWith("status: up ").contains(" | trades " + summary.fills())
          .contains(" | balance $");
    } finally {
      runtime.close();
      kalshiWs.close();
      kalshiRest.close();
    }
    Files.writeString(Path.of("target", "metrics-exposition.txt"), text);

    List<String> families = new ArrayList<>();
    Matcher sample = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]").matcher(text);
    while (sample.find()) {
      families.add(sample.group(1));
    }
    assertThat(families).containsAll(REQUIRED);
    assertThat(promtool(text)).isEmpty();
  }

  /** The sum of the samples whose line starts with {@code prefix}. */
  private static long sum(String exposition, String prefix) {
    double total = 0;
    for (String line : exposition.split("\n")) {
      if (line.startsWith(prefix)) {
        total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return Math.round(total);
  }

  /** What {@code promtool check metrics} reports on {@code exposition}: empty when it is clean. */
  static String promtool(String exposition) throws IOException, InterruptedException {
    if (!Files.isExecutable(PROMTOOL)) {
      fail(PROMTOOL + " not found: install the Debian package prometheus (apt-get install prometheus), which "
          + "provides promtool, or point -Dstrike.promtool at it");
    }
    Process process = new ProcessBuilder(PROMTOOL.toString(), "check", "metrics").redirectErrorStream(true).start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(exposition.getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    process.getInputStream().transferTo(out);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String report = out.toString(StandardCharsets.UTF_8).strip();
    if (process.exitValue() != 0 && report.isEmpty()) {
      return "promtool exited with " + process.exitValue();
    }
    return report;
  }
}
