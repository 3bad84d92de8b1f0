package dev.strike.alerts.shell;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.alerts.core.BotCommands;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.id.CommandId;
import dev.strike.common.id.StableHash;
import dev.strike.common.json.StrikeJson;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.time.Clock;
import dev.strike.common.topic.Topic;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.client.HttpClient;

/**
 * The bot's command side: long-polls {@code getUpdates}, answers the allow-listed chats and publishes
 * {@code /pause} and {@code /resume} on {@code control} exactly as {@code strike control pause|resume} does (the same
 * records; {@code issuedBy} {@code telegram:<chatId>}; the command id derived from the update, so an update
 * redelivered after a restart gives the same command). Messages from other chats get no answer and are logged by
 * chat id only. Each poll confirms the updates before it, so a handled update is not handled again.
 *
 * <p>Metrics: {@code strike.alerts.commands{outcome=answered|refused|failed}}.
 */
final class TelegramBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

  private final HttpClient http;
  private final JsonPost post;
  private final String apiBase;
  private final String token;
  private final Set<Long> allowed;
  private final Duration pollTimeout;
  private final BotCommands commands;
  private final Supplier<@Nullable PortfolioSnapshot> latest;
  private final KafkaSender sender;
  private final Topic<ControlCommand> control;
  private final Clock clock;
  private final Scheduler timer;
  private final Counter answered;
  private final Counter refused;
  private final Counter failed;
  private volatile long offset;
  private volatile @Nullable Disposable polling;

  TelegramBot(HttpClient http, JsonPost post, String apiBase, String token, Set<Long> allowed, Duration pollTimeout,
      BotCommands commands, Supplier<@Nullable PortfolioSnapshot> latest, KafkaSender sender,
      Topic<ControlCommand> control, Clock clock, Scheduler timer, MeterRegistry meters) {
    this.http = http.responseTimeout(pollTimeout.plusSeconds(10));
    this.post = post;
    this.apiBase = HttpChannels.stripSlash(apiBase);
    this.token = token;
    this.allowed = Set.copyOf(allowed);
    this.pollTimeout = pollTimeout;
    this.commands = commands;
    this.latest = latest;
    this.sender = sender;
    this.control = control;
    this.clock = clock;
    this.timer = timer;
    this.answered = counter(meters, "answered");
    this.refused = counter(meters, "refused");
    this.failed = counter(meters, "failed");
  }

  private static Counter counter(MeterRegistry meters, String outcome) {
    return Counter.builder("strike.alerts.commands").tag("outcome", outcome)
        .description("Telegram bot commands by outcome").register(meters);
  }

  /** Starts polling until {@link #close()}. */
  void start() {
    polling = Flux.defer(this::pollOnce)
        .onErrorResume(e -> {
          log.warn("alerts: Telegram getUpdates failed ({}); polling again in 5s", e.getClass().getSimpleName());
          return Mono.delay(Duration.ofSeconds(5), timer).then(Mono.empty());
        })
        .repeat()
        .subscribe();
  }

  /** One {@code getUpdates} call and the handling of what it returns, in order. */
  Flux<Void> pollOnce() {
    String url = apiBase + "/bot" + token + "/getUpdates?offset=" + offset + "&timeout=" + pollTimeout.toSeconds()
        + "&allowed_updates=%5B%22message%22%5D";
    return http.get().uri(url).responseSingle((response, body) -> {
      if (response.status().code() != 200) {
        return Mono.error(new DeliveryException("telegram getUpdates: HTTP " + response.status().code(), true, 0));
      }
      return body.asString(StandardCharsets.UTF_8);
    }).flatMapMany(text -> {
      JsonNode root;
      try {
        root = StrikeJson.mapper().readTree(text);
      } catch (IOException e) {
        return Flux.error(new DeliveryException("telegram getUpdates: not JSON", true, 0));
      }
      return Flux.fromIterable(root.path("result"));
    }).concatMap(this::onUpdate);
  }

  private Mono<Void> onUpdate(JsonNode update) {
    long updateId = update.path("update_id").asLong();
    offset = Math.max(offset, updateId + 1);
    JsonNode message = update.path("message");
    JsonNode chat = message.path("chat").path("id");
    String text = message.path("text").asText("");
    if (!chat.canConvertToLong() || !text.startsWith("/")) {
      return Mono.empty();
    }
    long chatId = chat.asLong();
    if (!allowed.contains(chatId)) {
      refused.increment();
      log.warn("alerts: ignored a Telegram command from chat {} (not in alerts.telegram.allowedChatIds)", chatId);
      return Mono.empty();
    }
    BotCommands.Reply reply = commands.handle(text, latest.get());
    Mono<Void> act = switch (reply.action()) {
      case NONE -> Mono.empty();
      case PAUSE, RESUME -> publish(reply.action(), chatId, updateId, text);
    };
    return act.then(HttpChannels.Telegram.sendText(post, apiBase, token, chatId, reply.text()))
        .doOnSuccess(v -> answered.increment())
        .onErrorResume(e -> {
          failed.increment();
          log.warn("alerts: Telegram command from chat {} not completed: {}", chatId, e.getMessage());
          return Mono.empty();
        });
  }

  private Mono<Void> publish(BotCommands.Action action, long chatId, long updateId, String text) {
    long now = clock.nowNs();
    CommandId id = CommandId.of(StableHash.hex128("telegram", Long.toString(chatId), Long.toString(updateId)));
    String who = "telegram:" + chatId;
    ControlCommand command = action == BotCommands.Action.PAUSE
        ? new ControlCommand.PauseTrading(id, who, BotCommands.pauseReason(text), now, now)
        : new ControlCommand.ResumeTrading(id, who, now, now);
    log.info("alerts: {} from Telegram chat {}", command.getClass().getSimpleName(), chatId);
    return sender.send(control, command).then();
  }

  @Override
  public void close() {
    Disposable p = polling;
    if (p != null) {
      p.dispose();
    }
  }
}
