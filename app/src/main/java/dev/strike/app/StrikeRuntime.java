package dev.strike.app;

import dev.strike.app.config.StrikeConfig;
import dev.strike.common.config.KafkaSettings;
import dev.strike.common.kafka.DeadLetters;
import dev.strike.common.kafka.KafkaFlow;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.kafka.embedded.EmbeddedKafkaBroker;
import dev.strike.common.ops.HealthRegistry;
import dev.strike.common.ops.KafkaHealthCheck;
import dev.strike.common.ops.OpsServer;
import dev.strike.common.ops.StrikeMetrics;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.service.StrikeService;
import dev.strike.common.time.SystemClock;
import dev.strike.common.topic.Topics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running Strike process: the embedded broker (unless an external cluster is configured), the topics, the
 * metrics and health endpoint, and the selected services. {@link #close()} stops it in order: services (stop
 * consuming, finish in-flight records, commit), producers (flush), the endpoint, the broker. Thread-safe to close
 * from a shutdown hook while the main thread waits in {@link #awaitTermination()}.
 */
public final class StrikeRuntime implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StrikeRuntime.class);

  private final List<AutoCloseable> resources = new ArrayList<>();
  private final List<StrikeService> services = new ArrayList<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean closing = new AtomicBoolean();
  private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
  private @Nullable EmbeddedKafkaBroker broker;
  private @Nullable OpsServer ops;
  private KafkaFlow flow = KafkaFlow.NONE;
  private @Nullable String bootstrapServers;
  private @Nullable KafkaSender sender;
  private dev.strike.app.status.shell.@Nullable StatusReporter status;

  private StrikeRuntime() {}

  /**
   * Starts everything {@code config} asks for and prints where to find it on {@code out}.
   *
   * @throws IllegalStateException if a part cannot start (a port in use, Kafka unreachable); what started is stopped
   */
  public static StrikeRuntime start(StrikeConfig config, PrintStream out) {
    return start(config, out, ServiceCatalog::create, KafkaFlow.NONE);
  }

  /**
   * As {@link #start(StrikeConfig, PrintStream)}, with the services built by {@code services} (name, configuration)
   * instead of {@link ServiceCatalog#create}: {@code strike bench} wires its observers in this way.
   */
  public static StrikeRuntime start(StrikeConfig config, PrintStream out,
      java.util.function.BiFunction<String, StrikeConfig, StrikeService> services) {
    return start(config, out, services, KafkaFlow.NONE);
  }

  /** As {@link #start(StrikeConfig, PrintStream)}, the services' senders and receivers reporting to {@code flow}. */
  static StrikeRuntime start(StrikeConfig config, PrintStream out, KafkaFlow flow) {
    return start(config, out, ServiceCatalog::create, flow);
  }

  private static StrikeRuntime start(StrikeConfig config, PrintStream out,
      java.util.function.BiFunction<String, StrikeConfig, StrikeService> services, KafkaFlow flow) {
    StrikeRuntime runtime = new StrikeRuntime();
    try {
      runtime.startAll(config, out, services, flow);
      return runtime;
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
  }

  private void startAll(StrikeConfig config, PrintStream out,
      java.util.function.BiFunction<String, StrikeConfig, StrikeService> factory, KafkaFlow flow) {
    this.flow = flow;
    dev.strike.app.status.shell.ConsoleLog.apply(config.console().logFormat(),
        String.join(",", config.services().enabled()));
    KafkaSettings kafka = config.kafka();
    String kafkaNote;
    if (kafka.usesEmbeddedBroker()) {
      EmbeddedKafkaBroker started = EmbeddedKafkaBroker.builder()
          .dataDir(kafka.embedded().dataDir())
          .port(kafka.embedded().port())
          .controllerPort(kafka.embedded().controllerPort())
          .build()
          .start();
      broker = started;
      bootstrapServers = started.bootstrapServers();
      kafkaNote = "(embedded, data " + kafka.embedded().dataDir() + ", started in " + started.startMillis() + " ms)";
    } else {
      bootstrapServers = kafka.bootstrapServers();
      kafkaNote = "(external)";
    }
    String bootstrap = bootstrapServers;

    Map<String, Object> adminProps = new HashMap<>(kafka.clientProperties());
    adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    adminProps.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    adminProps.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    Admin admin = Admin.create(adminProps);
    resources.add(() -> admin.close(Duration.ofSeconds(5)));
    Topics topics = kafka.topics();
    new TopicProvisioner(admin, kafka.replicationFactor(), Duration.ofSeconds(30)).ensure(topics.all());

    PrometheusMeterRegistry metrics = StrikeMetrics.create("strike");
    HealthRegistry health = new HealthRegistry();
    health.register("kafka", new KafkaHealthCheck(admin, bootstrap, Duration.ofSeconds(2), Duration.ofSeconds(2)));
    ops = OpsServer.start(config.http().host(), config.http().port(), metrics, health);

    KafkaSender shared = new KafkaSender(SenderOptions.lowLatency(bootstrap, "strike")
        .withAll(kafka.clientProperties()), flow);
    sender = shared;
    DeadLetters deadLetters = new DeadLetters(shared, topics.dlq(), SystemClock.INSTANCE, metrics);
    ServiceContext context = new ServiceContext(topics, bootstrap, kafka.clientProperties(), shared, deadLetters,
        metrics, health, SystemClock.INSTANCE, flow);

    List<String> names = ServiceCatalog.inFlowOrder(config.services().enabled());
    for (String name : names) {
      StrikeService service = factory.apply(name, config);
      services.add(service);
      service.run(context).subscribe(
          ignored -> { },
          error -> onServiceFailed(name, error),
          () -> log.info("service {} stopped", name));
    }

    java.time.Duration statusEvery = config.console().statusInterval();
    if (!statusEvery.isZero()) {
      status = dev.strike.app.status.shell.StatusReporter.start(metrics, names.contains("execution"),
          names.contains("risk"), statusEvery);
      resources.add(status);
    }

    String host = config.http().host();
    int port = ops.port();
    out.println("Strike " + VersionCommand.lines()[0].substring("strike ".length()) + " - "
        + config.mode().name().toLowerCase(java.util.Locale.ROOT) + " trading");
    out.println("  kafka     " + bootstrap + " " + kafkaNote);
    out.println("  topics    " + topics.all().size() + " ready"
        + (topics.prefix().isEmpty() ? "" : " under prefix " + topics.prefix()));
    out.println("  services  " + String.join(", ", names));
    out.println("  metrics   http://" + host + ":" + port + "/metrics");
    out.println("  health    http://" + host + ":" + port + "/health");
    if (!statusEvery.isZero()) {
      out.println("  status    every " + statusEvery.toString().substring(2).toLowerCase(java.util.Locale.ROOT)
          + " in the log");
    }
    out.println("Press Ctrl-C to stop.");
    out.flush();
  }

  private void onServiceFailed(String name, Throwable error) {
    log.error("service {} failed; stopping Strike (restart is the same path as start)", name, error);
    if (failure.compareAndSet(null, error)) {
      Thread stopper = new Thread(this::close, "strike-stop");
      stopper.start();
    }
  }

  /** The Kafka bootstrap servers this process uses. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** What the services' senders and receivers report to ({@link KafkaFlow#NONE} unless started with a flow). */
  KafkaFlow flow() {
    return flow;
  }

  /** The status line's figures now, or null when {@code console.statusInterval} is 0. */
  dev.strike.app.status.core.@Nullable ConsoleStatus status() {
    return status == null ? null : status.status();
  }

  /** The port of the metrics and health endpoint. */
  int opsPort() {
    return ops == null ? -1 : ops.port();
  }

  /**
   * Blocks until the runtime was closed.
   *
   * @return 0 after a requested stop, 1 after a service failed
   */
  public int awaitTermination() throws InterruptedException {
    stopped.await();
    return failure.get() == null ? 0 : 1;
  }

  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    log.info("Strike stopping");
    // services are independent (each has its own consumer group): stop them side by side
    List<Thread> stopping = new ArrayList<>();
    for (StrikeService service : services) {
      Thread t = new Thread(() -> {
        try {
          service.close();
        } catch (RuntimeException e) {
          log.warn("service {} did not stop cleanly: {}", service.name(), e.toString());
        }
      }, "strike-stop-" + service.name());
      t.start();
      stopping.add(t);
    }
    for (Thread t : stopping) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (sender != null) {
      try {
        sender.flush();
        sender.close(Duration.ofSeconds(10));
      } catch (RuntimeException e) {
        log.warn("producer close: {}", e.toString());
      }
    }
    if (ops != null) {
      ops.close();
    }
    for (int i = resources.size() - 1; i >= 0; i--) {
      try {
        resources.get(i).close();
      } catch (Exception e) {
        log.warn("close: {}", e.toString());
      }
    }
    if (broker != null) {
      broker.close();
    }
    log.info("Strike stopped");
    stopped.countDown();
  }
}
