package dev.strike.benchmarks;

import dev.strike.common.id.SeriesTicker;
import dev.strike.common.kafka.DeadLetters;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.kafka.embedded.EmbeddedKafkaBroker;
import dev.strike.common.ops.HealthRegistry;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.time.SystemClock;
import dev.strike.common.topic.Topics;
import dev.strike.ingest.market.MarketsSettings;
import dev.strike.ingest.market.shell.IngestMarketService;
import dev.strike.kalshi.KalshiEnvironment;
import dev.strike.kalshi.KalshiSettings;
import dev.strike.kalshi.rest.KalshiRestConfig;
import dev.strike.kalshi.testing.KalshiRestFake;
import dev.strike.kalshi.testing.TestKeys;
import dev.strike.kalshi.wire.EventData;
import dev.strike.kalshi.wire.Market;
import dev.strike.kalshi.wire.PriceRange;
import dev.strike.kalshi.wire.Series;
import dev.strike.kalshi.ws.KalshiWsConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import reactor.core.Disposable;

/**
 * Kalshi order-book frames → decoded → sequenced → book kept → encoded → published to Kafka, through the real
 * {@code ingest-market} service and its WebSocket client, over a real socket from a {@link FrameBlaster} in another
 * process, to the embedded broker. Prints the frames per second (wall) and the frames per CPU-second of the ingest
 * threads (the client's event loop, the service's lane and its producer's network thread), i.e. what one core does.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.strike.benchmarks.IngestThroughputHarness
 * [--markets 20] [--frames 2000000] [--warmup 500000]}.
 */
public final class IngestThroughputHarness {
  private IngestThroughputHarness() {}

  /** Runs the measurement. */
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int marketCount = Integer.parseInt(opts.getOrDefault("markets", "20"));
    long frames = Long.parseLong(opts.getOrDefault("frames", "2000000"));
    long warmup = Long.parseLong(opts.getOrDefault("warmup", "500000"));
    List<String> tickers = new ArrayList<>();
    for (int i = 0; i < marketCount; i++) {
      tickers.add(String.format("KXBTCD-26AUG1717-T%05d", 60_000 + i * 250));
    }

    Process blaster = startBlaster(warmup + frames, tickers);
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start();
        KalshiRestFake rest = KalshiRestFake.start()) {
      String url = readUrl(blaster);
      rest.putSeries(Series.of("KXBTCD", "Bitcoin above/below", "quadratic", BigDecimal.ONE));
      rest.putEvent(EventData.of("KXBTCD-26AUG1717", "KXBTCD", "Bitcoin price at 5 PM EDT"));
      for (String ticker : tickers) {
        rest.putMarket(Market.of(ticker, "KXBTCD-26AUG1717", "active", "greater",
            new BigDecimal(ticker.substring(ticker.lastIndexOf('T') + 1)), null, "2026-08-17T16:00:00Z",
            "2099-08-17T21:00:00Z", List.of(new PriceRange("0.0000", "1.0000", "0.0100"))));
      }
      Topics topics = Topics.withPrefix("ingestbench");
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
        new TopicProvisioner(admin, 1, Duration.ofSeconds(30)).ensure(topics.all());
      }
      Path keyFile = Files.createTempDirectory("bench-key").resolve("kalshi.key");
      TestKeys.writeOwnerOnly(keyFile, TestKeys.pkcs1Pem(TestKeys.rsa().getPrivate()));
      KalshiSettings kalshi = new KalshiSettings(KalshiEnvironment.CUSTOM, rest.restRoot().toString(), url,
          TestKeys.KEY_ID, keyFile.toString());
      MarketsSettings markets = new MarketsSettings(List.of(SeriesTicker.of("KXBTCD")), List.of(), List.of(),
          Duration.ofMinutes(10), Duration.ofSeconds(2));
      SimpleMeterRegistry meters = new SimpleMeterRegistry();
      KafkaSender sender = new KafkaSender(SenderOptions.lowLatency(broker.bootstrapServers(), "ingest"));
      ServiceContext context = new ServiceContext(topics, broker.bootstrapServers(), Map.of(), sender,
          new DeadLetters(sender, topics.dlq(), SystemClock.INSTANCE, meters), meters, new HealthRegistry(),
          SystemClock.INSTANCE);
      IngestMarketService service = IngestMarketService.create(markets, kalshi,
          KalshiWsConfig.defaults(URI.create(url)).withLiveness(Duration.ofSeconds(10), Duration.ofSeconds(60)),
          KalshiRestConfig.defaults(rest.restRoot()));
      Disposable running = service.run(context).subscribe();

      long total = marketCount + warmup + frames; // snapshots, then deltas
      System.out.printf("%d markets, %d warm-up frames, %d measured frames%n", marketCount, warmup, frames);
      awaitPublished(meters, marketCount + warmup, Duration.ofMinutes(5));
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      Map<String, Long> cpuStart = cpuByGroup(threads);
      long publishedStart = published(meters);
      long t0 = System.nanoTime();
      awaitPublished(meters, total, Duration.ofMinutes(10));
      long elapsed = System.nanoTime() - t0;
      Map<String, Long> cpuEnd = cpuByGroup(threads);
      long measured = published(meters) - publishedStart;
      sender.flush();

      double wall = measured / (elapsed / 1e9);
      long ingestCpu = cpuEnd.get("ingest") - cpuStart.get("ingest");
      System.out.printf("published %d book events in %.2f s: %.0f frames/s (wall, 2 cores shared with the broker "
          + "and the blaster)%n", measured, elapsed / 1e9, wall);
      for (String group : List.of("ingest-client-eventloop", "ingest-lane", "ingest-producer", "broker+other")) {
        System.out.printf("  cpu %-24s %.2f s%n", group, (cpuEnd.get(group) - cpuStart.get(group)) / 1e9);
      }
      System.out.printf("ingest path: %.0f frames per CPU-second (one core), %.2f µs of CPU per frame%n",
          measured / (ingestCpu / 1e9), ingestCpu / 1e3 / measured);
      running.dispose();
      service.close();
      sender.close();
    } finally {
      blaster.destroyForcibly();
    }
  }

  private static Process startBlaster(long deltas, List<String> tickers) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"), FrameBlaster.class.getName(),
        Long.toString(deltas)));
    command.addAll(tickers);
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static String readUrl(Process blaster) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(blaster.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = out.readLine()) != null; ) {
      if (line.startsWith("url=")) {
        return line.substring(4);
      }
    }
    throw new IllegalStateException("the blaster did not start");
  }

  private static long published(SimpleMeterRegistry meters) {
    return (long) meters.find("strike.ingest.published").tag("topic", "md.book").counters().stream()
        .mapToDouble(Counter::count).sum();
  }

  private static void awaitPublished(SimpleMeterRegistry meters, long target, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (published(meters) < target) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("only " + published(meters) + " of " + target + " book events published");
      }
      LockSupport.parkNanos(1_000_000);
    }
  }

  private static Map<String, Long> cpuByGroup(ThreadMXBean threads) {
    Map<String, Long> cpu = new HashMap<>(Map.of("ingest-client-eventloop", 0L, "ingest-lane", 0L,
        "ingest-producer", 0L, "broker+other", 0L));
    for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null) {
        continue;
      }
      long time = threads.getThreadCpuTime(info.getThreadId());
      if (time < 0) {
        continue;
      }
      String name = info.getThreadName();
      String group = name.startsWith("reactor-http") ? "ingest-client-eventloop"
          : name.startsWith("strike-ingest-market") ? "ingest-lane"
          : name.contains("kafka-producer-network-thread | ingest") ? "ingest-producer" : "broker+other";
      cpu.merge(group, time, Long::sum);
    }
    cpu.put("ingest", cpu.get("ingest-client-eventloop") + cpu.get("ingest-lane") + cpu.get("ingest-producer"));
    return cpu;
  }
}
