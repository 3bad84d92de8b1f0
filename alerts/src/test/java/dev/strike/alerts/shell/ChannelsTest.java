package dev.strike.alerts.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.alerts.core.Backoff;
import dev.strike.alerts.core.EventType;
import dev.strike.alerts.core.Notification;
import dev.strike.common.json.StrikeJson;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.scheduler.Schedulers;

/** Each HTTP channel against a real local server that checks the exact request, with retries on 429 and 5xx. */
class ChannelsTest {
  private static final long T = 1_786_987_200_000_000_000L;
  private static final String TOKEN = "123456:ABC-secret-token";

  @TempDir Path dir;
  private final RecordingServer server = new RecordingServer();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final JsonPost post = new JsonPost(JsonPost.client(Duration.ofSeconds(5)), Duration.ofSeconds(5));
  private DeliveryLog log;

  @AfterEach
  void stop() {
    server.close();
    if (log != null) {
      log.close();
    }
  }

  private Delivery delivery(Channel channel, EnumSet<EventType> types) {
    log = DeliveryLog.open(dir.resolve("d.delivered"), 1000);
    return new Delivery(List.of(Delivery.route(channel, types, 100, Duration.ofMinutes(1), meters)), log,
        new Backoff(Duration.ofMillis(20).toNanos(), Duration.ofMillis(200).toNanos()), 4, Schedulers.parallel(),
        meters);
  }

  private static Notification trade(String id) {
    TreeMap<String, String> fields = new TreeMap<>();
    fields.put("price", "0.4700");
    return new Notification(id, EventType.TRADE_EXECUTED, T, "Trade: BUY 25.00 YES X @ $0.4700",
        "notional $11.75", fields);
  }

  private static JsonNode json(String body) throws Exception {
    return StrikeJson.mapper().readTree(body);
  }

  private double count(String name, String channel) {
    return meters.counter(name, "channel", channel).count();
  }

  @Test
  void shouldPostSendMessageToTheBotPathWhenTelegramDelivers() throws Exception {
    Channel telegram = new HttpChannels.Telegram(post, server.base(), TOKEN, -100123L);
    delivery(telegram, EnumSet.allOf(EventType.class)).dispatch(List.of(trade("t1")), T).block(Duration.ofSeconds(10));

    assertThat(server.requests()).singleElement().satisfies(r -> {
      assertThat(r.method()).isEqualTo("POST");
      assertThat(r.uri()).isEqualTo("/bot" + TOKEN + "/sendMessage");
      assertThat(r.contentType()).isEqualTo("application/json");
      assertThat(json(r.body())).isEqualTo(json("{\"chat_id\":-100123,\"text\":\"Trade: BUY 25.00 YES X @ $0.4700\\n"
          + "notional $11.75\",\"disable_web_page_preview\":true}"));
    });
    assertThat(count("strike.alerts.sent", "telegram")).isEqualTo(1);
  }

  @Test
  void shouldWaitRetryAfterAndSendOnceWhenDiscordAnswers429() throws Exception {
    server.answer(new RecordingServer.Answer(429, null, "{\"message\":\"You are being rate limited.\","
        + "\"retry_after\":0.3,\"global\":false}"));
    Channel discord = new HttpChannels.Discord(post, server.base() + "/api/webhooks/1/secret");
    long start = System.nanoTime();
    delivery(discord, EnumSet.allOf(EventType.class)).dispatch(List.of(trade("t1")), T).block(Duration.ofSeconds(10));

    assertThat(System.nanoTime() - start).as("waited retry_after").isGreaterThanOrEqualTo(300_000_000L);
    assertThat(server.requests()).hasSize(2).allSatisfy(r -> {
      assertThat(r.uri()).isEqualTo("/api/webhooks/1/secret");
      assertThat(r.contentType()).isEqualTo("application/json");
      assertThat(json(r.body())).isEqualTo(json("{\"content\":\"Trade: BUY 25.00 YES X @ $0.4700\\nnotional $11.75\","
          + "\"allowed_mentions\":{\"parse\":[]}}"));
    });
    assertThat(count("strike.alerts.sent", "discord")).isEqualTo(1);
    assertThat(count("strike.alerts.retries", "discord")).isEqualTo(1);
  }

  @Test
  void shouldRetryWithBackoffWhenSlackAnswers500() throws Exception {
    server.answer(new RecordingServer.Answer(500, null, "oops"), new RecordingServer.Answer(503, null, ""));
    Channel slack = new HttpChannels.Slack(post, server.base() + "/services/T0/B0/xyz");
    delivery(slack, EnumSet.allOf(EventType.class)).dispatch(List.of(trade("t1")), T).block(Duration.ofSeconds(10));

    assertThat(server.requests()).hasSize(3).allSatisfy(r -> {
      assertThat(r.method()).isEqualTo("POST");
      assertThat(r.uri()).isEqualTo("/services/T0/B0/xyz");
      assertThat(json(r.body())).isEqualTo(json("{\"text\":\"Trade: BUY 25.00 YES X @ $0.4700\\nnotional $11.75\"}"));
    });
    assertThat(count("strike.alerts.sent", "slack")).isEqualTo(1);
  }

  @Test
  void shouldGiveUpAndCountWhenTheServerKeepsFailing() {
    for (int i = 0; i < 4; i++) {
      server.answer(new RecordingServer.Answer(502, null, ""));
    }
    Channel slack = new HttpChannels.Slack(post, server.base() + "/s");
    delivery(slack, EnumSet.allOf(EventType.class)).dispatch(List.of(trade("t1")), T).block(Duration.ofSeconds(10));

    assertThat(server.requests()).hasSize(4);
    assertThat(count("strike.alerts.failed", "slack")).isEqualTo(1);
    assertThat(count("strike.alerts.sent", "slack")).isZero();
  }

  @Test
  void shouldNotRetryWhenTheServerRefusesTheRequest() {
    server.answer(new RecordingServer.Answer(404, null, "{\"message\":\"Unknown Webhook\"}"));
    Channel discord = new HttpChannels.Discord(post, server.base() + "/gone");
    delivery(discord, EnumSet.allOf(EventType.class)).dispatch(List.of(trade("t1")), T).block(Duration.ofSeconds(10));

    assertThat(server.requests()).hasSize(1);
    assertThat(count("strike.alerts.failed", "discord")).isEqualTo(1);
  }

  @Test
  void shouldPostTheNotificationAsJsonWhenTheGenericWebhookDelivers() throws Exception {
    Channel webhook = new HttpChannels.Webhook(post, server.base() + "/hook?key=s3cret");
    delivery(webhook, EnumSet.allOf(EventType.class)).dispatch(List.of(trade("t1")), T).block(Duration.ofSeconds(10));

    assertThat(server.requests()).singleElement().satisfies(r -> {
      assertThat(r.uri()).isEqualTo("/hook?key=s3cret");
      assertThat(r.contentType()).isEqualTo("application/json");
      assertThat(json(r.body())).isEqualTo(json("{\"type\":\"trade_executed\",\"id\":\"t1\","
          + "\"time\":\"2026-08-17T17:20:00Z\",\"timeNs\":" + T + ",\"title\":\"Trade: BUY 25.00 YES X @ $0.4700\","
          + "\"text\":\"notional $11.75\",\"fields\":{\"price\":\"0.4700\"}}"));
    });
  }

  @Test
  void shouldSendOnlyTheFilteredTypesAndEachIdOnceWhenTheSameNotificationComesTwice() {
    Channel webhook = new HttpChannels.Webhook(post, server.base() + "/hook");
    Delivery delivery = delivery(webhook, EnumSet.of(EventType.ERROR));
    Notification error = new Notification("e1", EventType.ERROR, T, "[CRITICAL] error", "x", new TreeMap<>());
    delivery.dispatch(List.of(trade("t1"), error), T).block(Duration.ofSeconds(10));
    delivery.dispatch(List.of(error), T).block(Duration.ofSeconds(10));

    assertThat(server.requests()).singleElement().satisfies(r -> assertThat(r.body()).contains("\"id\":\"e1\""));
    assertThat(meters.counter("strike.alerts.deduplicated").count()).isEqualTo(1);
  }

  @Test
  void shouldSendADigestAtTheWindowEndWhenABurstPassesTheThreshold() throws Exception {
    log = DeliveryLog.open(dir.resolve("d.delivered"), 1000);
    Channel webhook = new HttpChannels.Webhook(post, server.base() + "/hook");
    Delivery delivery = new Delivery(List.of(Delivery.route(webhook, EnumSet.allOf(EventType.class), 2,
        Duration.ofSeconds(10), meters)), log, new Backoff(1_000_000, 10_000_000), 3, Schedulers.parallel(), meters);
    delivery.dispatch(List.of(trade("a"), trade("b"), trade("c"), trade("d")), T).block(Duration.ofSeconds(10));
    delivery.flush(T + 10_000_000_000L).block(Duration.ofSeconds(10));

    assertThat(server.requests()).hasSize(3);
    JsonNode digest = json(server.requests().get(2).body());
    assertThat(digest.get("type").asText()).isEqualTo("digest");
    assertThat(digest.get("notifications")).extracting(n -> n.get("id").asText()).containsExactly("c", "d");
    assertThat(meters.counter("strike.alerts.digests").count()).isEqualTo(1);
  }

  @Test
  void shouldKeepSecretsOutOfMessagesAndToStringWhenDeliveryFails() {
    server.answer(new RecordingServer.Answer(403, null, "{\"ok\":false,\"description\":\"Forbidden\"}"));
    Channel telegram = new HttpChannels.Telegram(post, server.base(), TOKEN, 1L);
    DeliveryException failure = org.assertj.core.api.Assertions.catchThrowableOfType(DeliveryException.class,
        () -> telegram.send(new dev.strike.alerts.core.Outgoing.Single(trade("x"))).block(Duration.ofSeconds(10)));

    assertThat(failure.getMessage()).isEqualTo("telegram: HTTP 403 (Forbidden)").doesNotContain(TOKEN);
    assertThat(telegram.toString()).doesNotContain(TOKEN);
    assertThat(new HttpChannels.Discord(post, "https://discord.com/api/webhooks/1/secret").toString())
        .doesNotContain("secret");
  }
}
