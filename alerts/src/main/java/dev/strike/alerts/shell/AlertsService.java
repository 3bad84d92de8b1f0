package dev.strike.alerts.shell;

import dev.strike.alerts.AlertsSettings;
import dev.strike.alerts.core.Backoff;
import dev.strike.alerts.core.BotCommands;
import dev.strike.alerts.core.EventType;
import dev.strike.alerts.core.Notification;
import dev.strike.alerts.core.Notifier;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.kafka.TopicRouter;
import dev.strike.common.kafka.TopicScan;
import dev.strike.common.money.Money;
import dev.strike.common.service.ConsumingService;
import dev.strike.common.service.InputTally;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.service.StrikeService;
import dev.strike.common.topic.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;

/**
 * The {@code alerts} service: {@code trades}, {@code settlements}, {@code alerts} and {@code portfolio} in;
 * notifications out to Telegram, Discord, Slack, a generic webhook and e-mail, each with its own event filter and
 * burst digest; a daily summary at the configured local time; the Telegram bot's commands for allow-listed chats.
 *
 * <p>Delivery is at-least-once from Kafka (the offset of a record is committed after its messages were delivered or
 * given up) and at-most-once per channel and notification id: delivered ids survive restarts in the
 * {@link DeliveryLog}. Notifications held for a digest are lost if the process dies before the window ends (they
 * were already committed); urgent types are never held. The notifier runs on one thread.
 */
public final class AlertsService implements StrikeService {
  /** The service's name (consumer group, health component, {@code --services} value). */
  public static final String NAME = "alerts";

  private static final Logger log = LoggerFactory.getLogger(AlertsService.class);
  /** Delivered ids remembered; a redelivery older than this many messages is not expected. */
  static final int DELIVERED_CAPACITY = 100_000;

  private final AlertsSettings settings;
  private final ConsumingService consuming;
  private final AtomicReference<Disposable> resources = new AtomicReference<>();

  private AlertsService(AlertsSettings settings) {
    this.settings = settings;
    this.consuming = new ConsumingService(NAME, this::routes);
  }

  /** A new instance as {@code settings} describe. */
  public static StrikeService create(AlertsSettings settings) {
    return new AlertsService(settings);
  }

  /** A new instance with no channel: it consumes and counts its inputs. */
  public static StrikeService create() {
    return create(AlertsSettings.defaults());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Mono<Void> run(ServiceContext context) {
    return consuming.run(context).doFinally(signal -> release());
  }

  @Override
  public void close() {
    consuming.close();
    release();
  }

  private void release() {
    Disposable r = resources.getAndSet(null);
    if (r != null) {
      r.dispose();
    }
  }

  private TopicRouter routes(ServiceContext context) {
    Topics topics = context.topics();
    Scheduler thread = Schedulers.newSingle("alerts", true);
    long startNs = context.clock().nowNs();
    Notifier notifier = new Notifier(new Notifier.Settings(Money.parse(settings.bigWinDollars().toPlainString()),
        settings.drawdownWarningBps(), settings.zone(), settings.summaryLocalTime()), startNs);
    // The bot reads the latest snapshot from Netty's threads, so it gets its own reference, not the notifier.
    AtomicReference<PortfolioSnapshot> latest = new AtomicReference<>();
    // Only a process with a channel needs the portfolio at start (the bot's answers, the cost of open positions).
    (settings.anyChannel() ? latestSnapshot(context) : Optional.<PortfolioSnapshot>empty()).ifPresent(snapshot -> {
      notifier.seed(snapshot);
      latest.set(snapshot);
    });

    Disposable.Composite owned = Disposables.composite();
    owned.add(thread);
    HttpClient http = JsonPost.client(settings.requestTimeout());
    JsonPost post = new JsonPost(http, settings.requestTimeout());
    List<Delivery.Route> channels = routesOf(post, context);
    DeliveryLog deliveredLog = channels.isEmpty() ? DeliveryLog.inMemory(1)
        : DeliveryLog.open(deliveryLogOf(settings.dataDir(), context.groupId(NAME)), DELIVERED_CAPACITY);
    owned.add(deliveredLog::close);
    Delivery delivery = new Delivery(channels, deliveredLog,
        new Backoff(settings.retryBackoff().toNanos(), settings.maxBackoff().toNanos()), settings.maxAttempts(),
        Schedulers.parallel(), context.meters());
    if (delivery.routes().isEmpty()) {
      log.info("alerts: no channel configured (alerts.telegram, discord, slack, webhook, email); counting inputs only");
    } else {
      log.info("alerts: delivering to {}", delivery.routes().stream().map(r -> r.channel().toString()).toList());
    }

    AlertsSettings.TelegramSettings telegram = settings.telegram();
    if (telegram.enabled() && !telegram.allowedChatIds().isEmpty()) {
      TelegramBot bot = new TelegramBot(http, post, telegram.apiBase(), telegram.token(),
          Set.copyOf(telegram.allowedChatIds()), telegram.pollTimeout(), new BotCommands(settings.zone()),
          latest::get,
          context.sender(), topics.control(), context.clock(), Schedulers.parallel(), context.meters());
      bot.start();
      owned.add(bot::close);
    }

    // The summary clock and the digest windows: checked every second on the notifier's thread.
    owned.add(Flux.interval(Duration.ofSeconds(1), Duration.ofSeconds(1), thread)
        .onBackpressureDrop()
        .concatMap(tick -> {
          long now = context.clock().nowNs();
          return Mono.when(delivery.dispatch(notifier.onTick(now), now), delivery.flush(now));
        })
        .onErrorContinue((e, v) -> log.warn("alerts: timer step failed: {}", e.toString()))
        .subscribe());
    Disposable old = resources.getAndSet(owned);
    if (old != null) {
      old.dispose();
    }

    delivery.dispatch(List.of(notifier.started(context.groupId(NAME), startNs)), startNs).subscribe();

    InputTally tally = new InputTally(NAME, context.meters());
    return TopicRouter.builder()
        .on(topics.trades(), (event, record) -> handle(notifier, delivery, thread, tally, context, event))
        .on(topics.settlements(), (event, record) -> handle(notifier, delivery, thread, tally, context, event))
        .on(topics.alerts(), (event, record) -> handle(notifier, delivery, thread, tally, context, event))
        .on(topics.portfolio(), (event, record) -> {
          latest.accumulateAndGet(event, (was, now) -> was == null || now.tsEvent() >= was.tsEvent() ? now : was);
          return handle(notifier, delivery, thread, tally, context, event);
        })
        .build();
  }

  private static Mono<Void> handle(Notifier notifier, Delivery delivery, Scheduler thread, InputTally tally,
      ServiceContext context, StrikeEvent event) {
    tally.count(event);
    return Mono.fromCallable(() -> notifier.onEvent(event)).subscribeOn(thread)
        .flatMap(notifications -> delivery.dispatch(notifications, context.clock().nowNs()));
  }

  private List<Delivery.Route> routesOf(JsonPost post, ServiceContext context) {
    List<Delivery.Route> routes = new ArrayList<>();
    int threshold = settings.digestThreshold();
    Duration window = settings.digestWindow();
    AlertsSettings.TelegramSettings telegram = settings.telegram();
    if (telegram.enabled()) {
      String token = telegram.token();
      Set<EventType> types = EventType.parse(telegram.events());
      for (long chat : telegram.chatIds()) {
        routes.add(Delivery.route(new HttpChannels.Telegram(post, telegram.apiBase(), token, chat), types, threshold,
            window, context.meters()));
      }
    }
    if (settings.discord().enabled()) {
      routes.add(Delivery.route(new HttpChannels.Discord(post, settings.discord().target()),
          EventType.parse(settings.discord().events()), threshold, window, context.meters()));
    }
    if (settings.slack().enabled()) {
      routes.add(Delivery.route(new HttpChannels.Slack(post, settings.slack().target()),
          EventType.parse(settings.slack().events()), threshold, window, context.meters()));
    }
    if (settings.webhook().enabled()) {
      routes.add(Delivery.route(new HttpChannels.Webhook(post, settings.webhook().target()),
          EventType.parse(settings.webhook().events()), threshold, window, context.meters()));
    }
    if (settings.email().enabled()) {
      routes.add(Delivery.route(new EmailChannel(settings.email(), settings.requestTimeout()),
          EventType.parse(settings.email().events()), threshold, window, context.meters()));
    }
    return routes;
  }

  /** The latest portfolio snapshot on the topic, for the bot and the gain figures; empty if none or unreadable. */
  private static Optional<PortfolioSnapshot> latestSnapshot(ServiceContext context) {
    try {
      List<PortfolioSnapshot> all = TopicScan.values(context.bootstrapServers(), context.clientProperties(),
          context.topics().portfolio(), Duration.ofSeconds(30));
      return all.stream().max(java.util.Comparator.comparingLong(PortfolioSnapshot::tsEvent));
    } catch (RuntimeException e) {
      log.warn("alerts: could not read the latest portfolio snapshot ({}); /status answers once one arrives",
          e.toString());
      return Optional.empty();
    }
  }

  /** For tests and tools: the path of the delivery log under {@code dataDir} for {@code group}. */
  static Path deliveryLogOf(Path dataDir, String group) {
    return dataDir.resolve(group + ".delivered");
  }
}
