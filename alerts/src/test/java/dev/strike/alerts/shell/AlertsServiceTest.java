package dev.strike.alerts.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.alerts.AlertsSettings;
import dev.strike.common.event.EventSamples;
import dev.strike.common.event.Fill;
import dev.strike.common.json.StrikeJson;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.service.StrikeService;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.testing.TestServices;
import dev.strike.common.topic.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.Disposable;

/** The whole alerts service on the embedded broker, delivering to a local webhook, across a restart. */
class AlertsServiceTest {
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dataDir;
  private final RecordingServer webhook = new RecordingServer();
  private Topics topics;
  private KafkaSender sender;
  private SimpleMeterRegistry meters;
  private StrikeService service;
  private Disposable running;

  @BeforeEach
  void start() {
    topics = Topics.withPrefix(SharedKafka.uniqueName("alerts"));
    new TopicProvisioner(SharedKafka.admin(), 1, Duration.ofSeconds(30)).ensure(List.of(topics.trades(),
        topics.settlements(), topics.alerts(), topics.portfolio(), topics.control(), topics.dlq()));
    sender = new KafkaSender(SenderOptions.lowLatency(SharedKafka.bootstrapServers(), "alerts-test"));
  }

  @AfterEach
  void stop() {
    stopService();
    sender.close(Duration.ofSeconds(5));
    webhook.close();
  }

  private void startService() {
    AlertsSettings defaults = AlertsSettings.defaults();
    AlertsSettings settings = new AlertsSettings(dataDir, defaults.bigWinDollars(), defaults.drawdownWarningBps(),
        defaults.summaryZone(), defaults.summaryTime(), defaults.digestThreshold(), defaults.digestWindow(),
        defaults.maxAttempts(), defaults.retryBackoff(), defaults.maxBackoff(), defaults.requestTimeout(),
        defaults.telegram(), defaults.discord(), defaults.slack(),
        new AlertsSettings.HookSettings(webhook.base() + "/hook", "", List.of("trade_executed", "system_started")),
        defaults.email());
    meters = new SimpleMeterRegistry();
    service = AlertsService.create(settings);
    running = service.run(TestServices.context(topics, sender, meters)).subscribe();
  }

  private void stopService() {
    if (service != null) {
      service.close();
      running.dispose();
      service = null;
    }
  }

  private long requestsOfType(String type) {
    return webhook.requests().stream().filter(r -> {
      try {
        return StrikeJson.mapper().readTree(r.body()).get("type").asText().equals(type);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).count();
  }

  private double fillsConsumed() {
    return meters.counter("strike.service.events", "service", "alerts", "type", "Fill").count();
  }

  @Test
  void shouldDeliverAFillOnceWhenItIsRedeliveredAfterARestart() throws Exception {
    startService();
    await().atMost(WAIT).until(() -> requestsOfType("system_started") == 1);
    Fill fill = EventSamples.fill();
    sender.send(topics.trades(), fill).block(WAIT);

    await().atMost(WAIT).until(() -> requestsOfType("trade_executed") == 1);
    RecordingServer.Request request = webhook.requests().stream()
        .filter(r -> r.body().contains("trade_executed")).findFirst().orElseThrow();
    assertThat(request.uri()).isEqualTo("/hook");
    assertThat(StrikeJson.mapper().readTree(request.body()).get("fields").get("tradeId").asText())
        .isEqualTo(fill.tradeId().value());

    stopService();
    startService();
    await().atMost(WAIT).until(() -> requestsOfType("system_started") == 2);
    sender.send(topics.trades(), fill).block(WAIT); // the same record again, as after a crash before the commit
    await().atMost(WAIT).until(() -> fillsConsumed() == 1);
    await().atMost(WAIT).until(() -> meters.counter("strike.alerts.deduplicated").count() == 1);

    assertThat(requestsOfType("trade_executed")).isEqualTo(1);
    assertThat(meters.counter("strike.alerts.sent", "channel", "webhook").count()).isEqualTo(1); // system_started
  }
}
