package dev.strike.alerts.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.alerts.core.BotCommands;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.EventSamples;
import dev.strike.common.json.StrikeJson;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.testing.TopicReader;
import dev.strike.common.time.ManualClock;
import dev.strike.common.topic.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Schedulers;

/** The bot's commands against a local fake of the Bot API and the embedded Kafka broker. */
class TelegramBotTest {
  private static final String TOKEN = "987:bot-secret";

  private final RecordingServer server = new RecordingServer();
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final Topics topics = Topics.withPrefix(SharedKafka.uniqueName("alerts-bot"));
  private final KafkaSender sender = new KafkaSender(SenderOptions.lowLatency(SharedKafka.bootstrapServers(),
      "alerts-bot-test"));

  @AfterEach
  void stop() {
    server.close();
    sender.close(Duration.ofSeconds(5));
  }

  private TelegramBot bot() {
    new TopicProvisioner(SharedKafka.admin(), 1, Duration.ofSeconds(30)).ensure(List.of(topics.control()));
    JsonPost post = new JsonPost(JsonPost.client(Duration.ofSeconds(5)), Duration.ofSeconds(5));
    return new TelegramBot(JsonPost.client(Duration.ofSeconds(5)), post, server.base(), TOKEN, Set.of(42L),
        Duration.ofSeconds(30), new BotCommands(ZoneId.of("America/New_York")), EventSamples::portfolioSnapshot,
        sender, topics.control(), new ManualClock(1_786_987_200_000_000_000L), Schedulers.parallel(), meters);
  }

  private static String update(long updateId, long chatId, String text) {
    return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"from\":{\"id\":" + chatId
        + ",\"is_bot\":false,\"first_name\":\"T\"},\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},"
        + "\"date\":1786987200,\"text\":\"" + text + "\"}}";
  }

  @Test
  void shouldAnswerOnlyTheAllowedChatAndPublishPauseWhenCommandsArrive() throws Exception {
    server.answer(new RecordingServer.Answer(200, null, "{\"ok\":true,\"result\":[" + update(10, 42, "/status")
        + "," + update(11, 666, "/status") + "," + update(12, 42, "/pause lunch break") + "]}"));
    TelegramBot bot = bot();

    bot.pollOnce().blockLast(Duration.ofSeconds(15));

    List<RecordingServer.Request> requests = server.requests();
    assertThat(requests).hasSize(3);
    assertThat(requests.get(0).method()).isEqualTo("GET");
    assertThat(requests.get(0).uri()).isEqualTo("/bot" + TOKEN + "/getUpdates?offset=0&timeout=30"
        + "&allowed_updates=%5B%22message%22%5D");
    assertThat(requests.subList(1, 3)).allSatisfy(r -> {
      assertThat(r.method()).isEqualTo("POST");
      assertThat(r.uri()).isEqualTo("/bot" + TOKEN + "/sendMessage");
      assertThat(r.contentType()).isEqualTo("application/json");
      assertThat(StrikeJson.mapper().readTree(r.body()).get("chat_id").asLong()).isEqualTo(42);
    });
    assertThat(StrikeJson.mapper().readTree(requests.get(1).body()).get("text").asText()).startsWith("Trading: ");
    assertThat(StrikeJson.mapper().readTree(requests.get(2).body()).get("text").asText()).startsWith("Pause sent");
    assertThat(meters.counter("strike.alerts.commands", "outcome", "refused").count()).isEqualTo(1);
    assertThat(meters.counter("strike.alerts.commands", "outcome", "answered").count()).isEqualTo(2);

    List<ControlCommand> commands = TopicReader.readAll(topics.control().name(), false).stream()
        .map(r -> topics.control().codec().decode(r.value())).toList();
    assertThat(commands).singleElement().isInstanceOfSatisfying(ControlCommand.PauseTrading.class, pause -> {
      assertThat(pause.issuedBy()).isEqualTo("telegram:42");
      assertThat(pause.reason()).isEqualTo("lunch break");
    });

    server.answer(new RecordingServer.Answer(200, null, "{\"ok\":true,\"result\":[]}"));
    bot.pollOnce().blockLast(Duration.ofSeconds(15));
    assertThat(server.requests().get(3).uri()).as("confirms the handled updates").contains("offset=13&");
  }
}
