package dev.strike.app.api.shell;

import dev.strike.app.api.core.ApiState;
import dev.strike.app.api.core.OperatorView;
import dev.strike.app.api.core.Views;
import dev.strike.app.config.ApiSettings;
import dev.strike.app.config.StrikeConfig;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.kafka.KafkaReceiver;
import dev.strike.common.kafka.RecordProcessor;
import dev.strike.common.kafka.TopicRouter;
import dev.strike.common.money.Money;
import dev.strike.common.ops.Health;
import dev.strike.common.ops.KafkaHealthCheck;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.service.StrikeService;
import dev.strike.common.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The {@code api} service: the operator API and the dashboard. It reads the portfolio snapshots, trades,
 * settlements, order events, signals, alerts and control commands into an {@link OperatorView} (one writer thread),
 * notes when the market-data feeds deliver, and serves them over HTTP ({@link ApiServer}); operator requests become
 * {@code control} commands. Starts at the same offsets every time (see {@link StartOffsets}): its view lives in
 * memory and is rebuilt on start. Thread-safe; close once.
 */
public final class ApiService implements StrikeService {
  /** The service's name (consumer group, health component, {@code --services} value). */
  public static final String NAME = "api";

  /** The feed topics (base names) whose freshness {@code /health} judges. */
  static final List<String> FEEDS = List.of("md.book", "md.spot");

  private static final Logger log = LoggerFactory.getLogger(ApiService.class);

  private final StrikeConfig config;
  private final AtomicReference<@Nullable KafkaReceiver> receiver = new AtomicReference<>();
  private final AtomicBoolean consuming = new AtomicBoolean();
  private final List<AutoCloseable> resources = new ArrayList<>();
  private volatile @Nullable ApiServer server;

  private ApiService(StrikeConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  /** A new instance serving {@code config.api()} for the whole configuration {@code config}. */
  public static ApiService create(StrikeConfig config) {
    return new ApiService(config);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The bound port once running, else -1. */
  public int port() {
    ApiServer s = server;
    return s == null ? -1 : s.port();
  }

  @Override
  public Mono<Void> run(ServiceContext context) {
    return Mono.defer(() -> {
      ApiSettings settings = config.api();
      Topics topics = context.topics();
      JwtAuth auth = new JwtAuth(JwtSecret.loadOrCreate(settings.secretPath()), context.clock());

      Scheduler writer = Schedulers.newSingle("strike-api-view");
      resources.add(writer::dispose);
      OperatorView view = new OperatorView(Money.parse(config.risk().startingCash().toPlainString()),
          settings.history(), settings.equityPoints());
      AtomicReference<ApiState> state = new AtomicReference<>(view.state());
      Sinks.Many<StreamEvent> stream = Sinks.many().multicast().directBestEffort();
      String mode = config.mode().name().toLowerCase(java.util.Locale.ROOT);

      Map<String, Object> adminProps = new HashMap<>(context.clientProperties());
      adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, context.bootstrapServers());
      adminProps.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
      adminProps.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
      Admin admin = Admin.create(adminProps);
      resources.add(() -> admin.close(Duration.ofSeconds(5)));
      KafkaHealthCheck kafka = new KafkaHealthCheck(admin, context.bootstrapServers(), Duration.ofSeconds(2),
          Duration.ofSeconds(2));

      // every change of the view happens on the writer thread; readers get the immutable state it publishes
      TopicRouter router = TopicRouter.builder()
          .on(topics.portfolio(), onWriter(writer, view, state, stream, e -> {
            view.onPortfolio(e);
            return new StreamEvent("status", Views.status(view.state(), mode, context.clock().nowNs()));
          }))
          .on(topics.trades(), onWriter(writer, view, state, stream, e -> {
            view.onFill(e);
            return new StreamEvent("trade", e);
          }))
          .on(topics.settlements(), onWriter(writer, view, state, stream, e -> {
            view.onSettled(e);
            return new StreamEvent("settlement", e);
          }))
          .on(topics.ordersEvents(), onWriter(writer, view, state, stream, e -> {
            view.onOrderEvent(e);
            return new StreamEvent("order", e);
          }))
          .on(topics.signals(), onWriter(writer, view, state, stream, e -> {
            view.onSignal(e);
            return new StreamEvent("signal", e);
          }))
          .on(topics.alerts(), onWriter(writer, view, state, stream, e -> {
            view.onAlert(e);
            return new StreamEvent("alert", e);
          }))
          .on(topics.control(), onWriter(writer, view, state, stream, e -> {
            view.onControl(e);
            return new StreamEvent("control", e);
          }))
          .build();
      Map<String, String> feedByTopic = new HashMap<>();
      for (String feed : FEEDS) {
        feedByTopic.put(topics.fullName(feed), feed);
      }
      // feed records are only timed, never decoded: the API must not dead-letter what the trading services own
      RecordProcessor processor = record -> {
        String feed = feedByTopic.get(record.topic());
        if (feed == null) {
          return router.process(record);
        }
        long arrival = context.clock().nowNs();
        return Mono.<Void>fromRunnable(() -> {
          view.onFeed(feed, arrival);
          state.set(view.state());
        }).subscribeOn(writer);
      };

      Map<String, StartOffsets.From> from = new LinkedHashMap<>();
      for (var topic : List.of(topics.portfolio(), topics.trades(), topics.settlements(), topics.control())) {
        from.put(topic.name(), StartOffsets.From.BEGINNING);
      }
      for (var topic : List.of(topics.signals(), topics.ordersEvents(), topics.alerts())) {
        from.put(topic.name(), StartOffsets.From.TAIL);
      }
      feedByTopic.keySet().forEach(topic -> from.put(topic, StartOffsets.From.END));
      Map<String, Long> offsets = StartOffsets.of(context.bootstrapServers(), context.clientProperties(), from,
          settings.history());
      List<String> inputs = new ArrayList<>(router.topics());
      inputs.addAll(feedByTopic.keySet());
      KafkaReceiver r = new KafkaReceiver(context.receiverOptions(NAME, inputs).withStartOffsets(offsets),
          context.deadLetters(), context.meters());
      if (!receiver.compareAndSet(null, r)) {
        r.close();
        return Mono.error(new IllegalStateException("service " + NAME + " is already running"));
      }

      ApiServer.Backend backend = new ApiServer.Backend(state::get, stream.asFlux(), mode, context, auth, kafka,
          consuming::get, config, settings);
      server = ApiServer.start(settings.host(), settings.port(), backend);
      log.info("operator API and dashboard on http://{}:{}/ (tokens: `strike token`)", settings.host(), port());
      context.health().register("service:" + NAME, () -> consuming.get()
          ? Health.up(Map.of("state", "consuming", "port", port()))
          : Health.down(Map.of("state", "stopped")));
      consuming.set(true);
      return r.run(processor)
          .doFinally(signal -> consuming.set(false));
    });
  }

  private static <V extends StrikeEvent> dev.strike.common.kafka.EventHandler<V> onWriter(Scheduler writer,
      OperatorView view, AtomicReference<ApiState> state, Sinks.Many<StreamEvent> stream,
      java.util.function.Function<V, StreamEvent> apply) {
    return (V event, ConsumerRecord<byte[], byte[]> record) -> Mono.<Void>fromRunnable(() -> {
      StreamEvent out = apply.apply(event);
      state.set(view.state());
      stream.tryEmitNext(out); // best effort: a slow stream client misses events, never blocks the fold
    }).subscribeOn(writer);
  }

  @Override
  public void close() {
    KafkaReceiver r = receiver.get();
    if (r != null) {
      r.close();
    }
    consuming.set(false);
    ApiServer s = server;
    if (s != null) {
      s.close();
    }
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        log.warn("api close: {}", e.toString());
      }
    }
    resources.clear();
  }

  /** One event of the live stream: an SSE event name and its JSON body. */
  record StreamEvent(String event, Object data) {}

}
