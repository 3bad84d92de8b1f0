package dev.strike.app.bench.shell;

import dev.strike.app.StrikeRuntime;
import dev.strike.app.ServiceCatalog;
import dev.strike.app.backtest.shell.BacktestInputs;
import dev.strike.app.backtest.shell.BacktestRunner;
import dev.strike.app.backtest.shell.DatasetProfile;
import dev.strike.app.bench.core.LagVerdict;
import dev.strike.app.config.StrikeConfig;
import dev.strike.app.dataset.shell.Dataset;
import dev.strike.app.replay.shell.RunReplay;
import dev.strike.common.config.ConfigLoader;
import dev.strike.common.config.ConfigSources;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.kafka.embedded.EmbeddedKafkaBroker;
import dev.strike.common.money.Qty;
import dev.strike.common.time.SystemClock;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import dev.strike.signals.SignalsSettings;
import dev.strike.signals.shell.SignalsService;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code strike bench throughput}: the highest {@code md.*} event rate the signals service keeps up with, and backtest
 * events/s. The signals service runs alone in this JVM with the default strategies on the benchmark market; spot
 * ticks and book deltas are injected (bulk producer) at each rate of {@code --rates} for {@code --step} seconds while
 * the service's lag (records of {@code md.spot} and {@code md.book} not yet committed by its consumer group) is
 * sampled; a rate is kept up with when the lag stays bounded ({@link LagVerdict}). The first rate that is not, or that
 * the injector cannot produce, ends the steps. Then the committed sample is backtested as {@code strike backtest
 * --sample} does (without the report), median events/s of {@code --backtest-runs} runs after warm-up runs.
 */
@Command(name = "throughput", mixinStandardHelpOptions = true,
    description = {"The highest md.* event rate the signals service keeps up with (bounded consumer lag), on an "
        + "embedded broker, and backtest events/s on the committed sample."})
public final class ThroughputBench implements Callable<Integer> {
  private static final long SAMPLE_EVERY_MS = 250;

  @Spec
  CommandSpec spec;

  @Option(names = "--rates", split = ",", paramLabel = "EVENTS_PER_S",
      defaultValue = "5000,10000,20000,50000,100000,200000",
      description = "Injected rates to try, in order (default: ${DEFAULT-VALUE})")
  List<Integer> rates;

  @Option(names = "--step", paramLabel = "SECONDS", defaultValue = "5",
      description = "Seconds at each rate (default: ${DEFAULT-VALUE})")
  int stepSeconds;

  @Option(names = "--sample", paramLabel = "DIR", defaultValue = "samples/kalshi-crypto15m-2026-02-25",
      description = "The dataset to backtest (kapelame format; default: ${DEFAULT-VALUE}); skipped if missing")
  Path sample;

  @Option(names = "--backtest-runs", paramLabel = "N", defaultValue = "5",
      description = "Timed backtest runs, after as many warm-up runs (default: ${DEFAULT-VALUE}; 0 skips)")
  int backtestRuns;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (stepSeconds < 1 || rates.isEmpty() || rates.stream().anyMatch(r -> r < 1) || backtestRuns < 0) {
      err.println("strike bench throughput: --step and every rate must be at least 1, --backtest-runs at least 0");
      return 2;
    }
    out.printf("strike bench throughput: signals service alone, default strategies, %d s per rate; %d CPUs, Java %s%n",
        stepSeconds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    out.flush();
    long best = signalsThroughput(out);
    out.println(best > 0 ? String.format(Locale.ROOT, "signals keeps up with: %,d events/s", best)
        : "signals keeps up with: none of the rates tried");
    out.flush();
    if (backtestRuns > 0) {
      if (Files.isDirectory(sample)) {
        backtest(out);
      } else {
        out.println("backtest: skipped, no sample at " + sample.toAbsolutePath());
      }
    }
    out.flush();
    return 0;
  }

  private long signalsThroughput(PrintWriter out) throws Exception {
    String prefix = "bench";
    List<AutoCloseable> open = new ArrayList<>();
    long best = 0;
    try {
      EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start();
      open.add(broker);
      String bootstrap = broker.bootstrapServers();
      StrikeConfig config = BenchCommand.config(bootstrap, prefix, List.of(SignalsService.NAME),
          Map.of("signals.enabled", String.join(",", SignalsSettings.defaults().enabled().stream()
              .map(id -> id.value()).toList())));
      Topics topics = config.kafka().topics();
      Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
      open.add(() -> admin.close(Duration.ofSeconds(5)));
      new TopicProvisioner(admin, 1, Duration.ofSeconds(30)).ensure(topics.all());
      TickInjector injector = new TickInjector(SenderOptions.bulk(bootstrap, "bench-injector"), topics,
          SystemClock.INSTANCE, null);
      open.add(injector);
      injector.publishMarket();
      StrikeRuntime runtime = StrikeRuntime.start(config, new PrintStream(OutputStream.nullOutputStream()),
          ServiceCatalog::create);
      open.add(runtime);
      Lag lag = new Lag(admin, RunReplay.groupId(topics, SignalsService.NAME),
          List.of(topics.mdSpot(), topics.mdBook()));
      // warm up: the group joins and the JIT compiles the hot path
      inject(injector, 2_000, 3);
      injector.publishBook(); // in case signals saw the first snapshot before the market (see publishBook)
      if (!lag.drained(Duration.ofMinutes(2))) {
        out.println("signals did not consume the warm-up within 2 minutes");
        return 0;
      }
      for (int rate : rates) {
        List<Long> samples = new ArrayList<>();
        long start = System.nanoTime();
        long sent = 0;
        long target = (long) rate * stepSeconds;
        long nextSample = start + SAMPLE_EVERY_MS * 1_000_000;
        while (sent < target) {
          long now = System.nanoTime();
          long due = Math.min(target, (now - start) * rate / 1_000_000_000L);
          while (sent < due) {
            injector.injectOne();
            sent++;
          }
          if (now >= nextSample) {
            samples.add(lag.now());
            nextSample += SAMPLE_EVERY_MS * 1_000_000;
          }
          LockSupport.parkNanos(500_000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        samples.add(lag.now());
        double achieved = sent / seconds;
        boolean bounded = LagVerdict.bounded(rate, samples);
        boolean produced = achieved >= 0.95 * rate;
        out.printf(Locale.ROOT, "  %,9d events/s for %d s: %s (lag at the end %,d events, max %,d; injected %,.0f/s)%n",
            rate, stepSeconds, !produced ? "injector could not produce it" : bounded ? "kept up" : "fell behind",
            samples.get(samples.size() - 1), samples.stream().mapToLong(Long::longValue).max().orElse(0), achieved);
        out.flush();
        if (!bounded || !produced) {
          break;
        }
        best = rate;
        if (!lag.drained(Duration.ofSeconds(60))) {
          out.println("  signals did not catch up within 60 s after the step");
          break;
        }
      }
    } finally {
      for (int i = open.size() - 1; i >= 0; i--) {
        try {
          open.get(i).close();
        } catch (Exception e) {
          out.println("close: " + e);
        }
      }
    }
    return best;
  }

  private static void inject(TickInjector injector, int rate, int seconds) {
    LatencyBench.pace(injector, rate, (long) rate * seconds);
    injector.flush();
  }

  private void backtest(PrintWriter out) throws Exception {
    BacktestInputs inputs = BacktestInputs.dataset(Dataset.KAPELAME, sample, Qty.ofContracts(10));
    StrikeConfig config = ConfigLoader.load(StrikeConfig.class, StrikeConfig.defaults(),
        ConfigSources.none().withOverrides(DatasetProfile.overrides(Dataset.KAPELAME)));
    int events = inputs.events().size();
    for (int i = 0; i < backtestRuns; i++) {
      BacktestRunner.run("warmup", config, inputs, null);
    }
    double[] perSecond = new double[backtestRuns];
    for (int i = 0; i < backtestRuns; i++) {
      BacktestRunner.Result result = BacktestRunner.run("timed", config, inputs, null);
      perSecond[i] = events / (result.elapsedNs() / 1e9);
    }
    Arrays.sort(perSecond);
    out.printf(Locale.ROOT, "backtest: %,.0f events/s (median of %d runs after %d warm-up runs; min %,.0f, max %,.0f;"
        + " %,d events of %s, one thread)%n", perSecond[backtestRuns / 2], backtestRuns, backtestRuns, perSecond[0],
        perSecond[backtestRuns - 1], events, sample);
  }

  /** The consumer group's lag on some topics: end offsets minus committed offsets, summed over partitions. */
  private static final class Lag {
    private final Admin admin;
    private final String group;
    private final List<TopicPartition> partitions = new ArrayList<>();

    Lag(Admin admin, String group, List<Topic<?>> topics) {
      this.admin = admin;
      this.group = group;
      for (Topic<?> topic : topics) {
        for (int p = 0; p < topic.spec().partitions(); p++) {
          partitions.add(new TopicPartition(topic.name(), p));
        }
      }
    }

    long now() throws InterruptedException {
      try {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        long lag = 0;
        for (TopicPartition tp : partitions) {
          OffsetAndMetadata done = committed.get(tp);
          lag += ends.get(tp).offset() - (done == null ? 0 : done.offset());
        }
        return lag;
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("cannot read the lag of " + group + ": " + e, e);
      }
    }

    boolean drained(Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        if (now() == 0) {
          return true;
        }
        Thread.sleep(100);
      }
      return false;
    }
  }
}
