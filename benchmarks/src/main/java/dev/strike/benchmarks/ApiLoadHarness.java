package dev.strike.benchmarks;

import dev.strike.app.api.shell.ApiService;
import dev.strike.app.api.shell.JwtAuth;
import dev.strike.app.api.shell.JwtSecret;
import dev.strike.app.config.StrikeConfig;
import dev.strike.common.config.ConfigLoader;
import dev.strike.common.config.ConfigSources;
import dev.strike.common.event.Action;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.PositionSnapshot;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.Venue;
import dev.strike.common.id.AccountId;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StableHash;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.TradeId;
import dev.strike.common.kafka.DeadLetters;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.kafka.embedded.EmbeddedKafkaBroker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.common.ops.HealthRegistry;
import dev.strike.common.ops.StrikeMetrics;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.time.SystemClock;
import dev.strike.common.topic.Topics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * Response time of the operator API under load: the real {@code api} service on an embedded broker, its view filled
 * with a prepared state (a 20-position portfolio, {@code --snapshots} equity points, 1,000 fills and 1,000
 * signals), hit by {@code --connections} concurrent keep-alive connections on loopback, each sending its next
 * authenticated request as soon as the previous answer arrived (closed loop), rotating over {@code /status},
 * {@code /positions}, {@code /orders}, {@code /trades?limit=100} and {@code /performance}. The client has its own
 * event loops but shares the machine with the server. Prints p50, p99, p99.9 and max (HdrHistogram, µs) and
 * requests per second over the measured window, after a warm-up.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.strike.benchmarks.ApiLoadHarness [--connections 200]
 * [--seconds 20] [--warmup 10] [--snapshots 500]}.
 */
public final class ApiLoadHarness {
  private static final List<String> PATHS = List.of("/status", "/positions", "/orders", "/trades?limit=100",
      "/performance");

  private ApiLoadHarness() {}

  /** Runs the load and prints the figures. */
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    int connections = Integer.parseInt(opts.getOrDefault("connections", "200"));
    int seconds = Integer.parseInt(opts.getOrDefault("seconds", "20"));
    int warmup = Integer.parseInt(opts.getOrDefault("warmup", "10"));
    int snapshots = Integer.parseInt(opts.getOrDefault("snapshots", "500"));
    Path dir = Files.createTempDirectory("strike-api-load");

    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(dir.resolve("kafka")).build().start()) {
      String bootstrap = broker.bootstrapServers();
      Map<String, Object> adminProps = new HashMap<>();
      adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
      Topics topics = Topics.withPrefix("load");
      try (Admin admin = Admin.create(adminProps);
          KafkaSender sender = new KafkaSender(SenderOptions.lowLatency(bootstrap, "api-load"))) {
        new TopicProvisioner(admin, 1, Duration.ofSeconds(30)).ensure(topics.all());
        Path secret = dir.resolve("jwt.secret");
        StrikeConfig config = ConfigLoader.load(StrikeConfig.class, StrikeConfig.defaults(), ConfigSources.none()
            .withOverrides(Map.of("kafka.bootstrapServers", bootstrap, "api.port", "0",
                "api.jwtSecretFile", secret.toString())));
        PrometheusMeterRegistry meters = StrikeMetrics.create("api-load");
        ServiceContext context = new ServiceContext(topics, bootstrap, Map.of(), sender,
            new DeadLetters(sender, topics.dlq(), SystemClock.INSTANCE, meters), meters, new HealthRegistry(),
            SystemClock.INSTANCE);

        long prepared = prepare(sender, topics, snapshots);
        ApiService api = ApiService.create(config);
        Disposable running = api.run(context).subscribe();
        try {
          long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
          while (api.port() < 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
          }
          String token = new JwtAuth(JwtSecret.load(secret), SystemClock.INSTANCE).issue("load", Duration.ofHours(1));
          ConnectionProvider pool = ConnectionProvider.builder("api-load").maxConnections(connections)
              .pendingAcquireMaxCount(-1).build();
          LoopResources loops = LoopResources.create("api-load-client", 2, true);
          HttpClient client = HttpClient.create(pool).runOn(loops).baseUrl("http://127.0.0.1:" + api.port())
              .headers(h -> h.set("Authorization", "Bearer " + token));
          awaitLoaded(client, prepared);
          System.out.printf("api on 127.0.0.1:%d, state loaded (%d records); %d connections, warm-up %d s, "
              + "measure %d s%n", api.port(), prepared, connections, warmup, seconds);

          run(client, connections, Duration.ofSeconds(warmup), new ConcurrentHistogram(3), new AtomicLong());
          Histogram histogram = new ConcurrentHistogram(3);
          AtomicLong errors = new AtomicLong();
          long t0 = System.nanoTime();
          long requests = run(client, connections, Duration.ofSeconds(seconds), histogram, errors);
          double elapsed = (System.nanoTime() - t0) / 1e9;
          System.out.printf("requests %d in %.1f s = %.0f req/s, non-200 %d%n", requests, elapsed,
              requests / elapsed, errors.get());
          System.out.printf("latency µs: p50 %d  p90 %d  p99 %d  p99.9 %d  max %d%n",
              histogram.getValueAtPercentile(50) / 1_000, histogram.getValueAtPercentile(90) / 1_000,
              histogram.getValueAtPercentile(99) / 1_000, histogram.getValueAtPercentile(99.9) / 1_000,
              histogram.getMaxValue() / 1_000);
          pool.disposeLater().block(Duration.ofSeconds(10));
          loops.disposeLater().block(Duration.ofSeconds(10));
        } finally {
          api.close();
          running.dispose();
        }
      }
    }
  }

  /** Closed loop: each of {@code connections} workers sends its next request when the previous one answered. */
  private static long run(HttpClient client, int connections, Duration length, Histogram histogram,
      AtomicLong errors) {
    long end = System.nanoTime() + length.toNanos();
    AtomicLong count = new AtomicLong();
    Flux.range(0, connections)
        .flatMap(worker -> {
          AtomicLong turn = new AtomicLong(worker);
          return Mono.defer(() -> {
            String path = PATHS.get((int) (turn.getAndIncrement() % PATHS.size()));
            long start = System.nanoTime();
            return client.get().uri(path)
                .responseSingle((res, body) -> body.asByteArray().defaultIfEmpty(new byte[0])
                    .map(bytes -> res.status().code()))
                .doOnNext(code -> {
                  histogram.recordValue(System.nanoTime() - start);
                  count.incrementAndGet();
                  if (code != 200) {
                    errors.incrementAndGet();
                  }
                });
          }).repeat(() -> System.nanoTime() < end);
        }, connections)
        .blockLast();
    return count.get();
  }

  private static void awaitLoaded(HttpClient client, long fills) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      String status = client.get().uri("/status").responseContent().aggregate().asString()
          .block(Duration.ofSeconds(10));
      if (status != null && status.contains("\"fills\":1000,")) {
        return;
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("the api did not read the prepared state in 120 s");
  }

  /** Publishes the prepared state; returns the number of fills. */
  private static long prepare(KafkaSender sender, Topics topics, int snapshots) {
    long t0 = 1_786_900_000_000_000_000L;
    StrategyId strategy = StrategyId.of("fair-value-edge");
    List<MarketTicker> tickers = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      tickers.add(MarketTicker.of("KXBTC15M-26AUG17" + (1000 + i) + "-" + (30 + i)));
    }
    List<Mono<?>> sends = new ArrayList<>();
    for (int s = 0; s < snapshots; s++) {
      List<PositionSnapshot> positions = new ArrayList<>();
      for (MarketTicker ticker : tickers) {
        String event = ticker.value().substring(0, ticker.value().lastIndexOf('-'));
        positions.add(new PositionSnapshot(ticker, EventTicker.of(event), SeriesTicker.of("KXBTC15M"), Side.YES,
            Qty.ofContracts(10), Money.parse("4.70"), Money.ZERO, Price.parse("0." + (40 + s % 20)), null, t0));
      }
      long ts = t0 + s * 10_000_000_000L;
      sends.add(sender.send(topics.portfolio(), new PortfolioSnapshot(AccountId.of("paper"),
          Money.ofDollars(900 + s % 37), Money.ZERO, Money.ZERO, Money.ZERO, Money.ofDollars(1_000), positions,
          new TreeMap<>(), ts, ts)));
    }
    for (int i = 0; i < 1_000; i++) {
      MarketTicker ticker = tickers.get(i % tickers.size());
      SignalId signalId = SignalId.of(StableHash.hex128("load-signal", Integer.toString(i)));
      IntentId intent = IntentId.derive(signalId, "buy");
      long ts = t0 + i * 1_000_000_000L;
      sends.add(sender.send(topics.signals(), new Signal(signalId, strategy, ticker, SignalKind.ENTRY, Side.YES,
          Action.BUY, 0.55, Price.parse("0.47"), Money.parse("0.05"), 0.8, Price.parse("0.47"), 2_000_000_000L,
          "load test signal", new TreeMap<>(Map.of("spot", 63_500.0)), ts, ts)));
      sends.add(sender.send(topics.trades(), new Fill(TradeId.of("load-" + i), ClientOrderId.forIntent(intent),
          null, intent, strategy, ticker, Venue.PAPER, Side.YES, i % 2 == 0 ? Action.BUY : Action.SELL,
          Price.parse(i % 2 == 0 ? "0.47" : "0.49"), Qty.ofContracts(10), Money.parse("0.18"), Liquidity.TAKER, ts,
          ts)));
    }
    Flux.concat(sends).blockLast(Duration.ofMinutes(2));
    return 1_000;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      opts.put(args[i].substring(2), args[i + 1]);
    }
    return opts;
  }
}
