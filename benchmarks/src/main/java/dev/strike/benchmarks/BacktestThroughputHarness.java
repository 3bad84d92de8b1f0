package dev.strike.benchmarks;

import dev.strike.app.backtest.shell.BacktestInputs;
import dev.strike.app.backtest.shell.BacktestRunner;
import dev.strike.app.backtest.shell.DatasetProfile;
import dev.strike.app.config.StrikeConfig;
import dev.strike.app.dataset.shell.Dataset;
import dev.strike.common.config.ConfigLoader;
import dev.strike.common.config.ConfigSources;
import dev.strike.common.money.Qty;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * In-process backtest throughput on the committed sample: the sample (about 20,000 market-data events) through the
 * strategy, risk and paper-venue cores with the default configuration and the dataset's spot profile, as `strike
 * backtest --sample` runs it, without the report. After {@code --warmup} runs, {@code --runs} timed runs on one
 * thread (median events/s), then the same number of runs on each of {@code --threads} threads at once (a sweep's
 * shape: total events / wall time). Run from the repository root:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.strike.benchmarks.BacktestThroughputHarness}.
 */
public final class BacktestThroughputHarness {
  private BacktestThroughputHarness() {}

  /** {@code [--warmup N] [--runs N] [--threads N]}. */
  public static void main(String[] args) throws Exception {
    int warmup = 10;
    int runs = 15;
    int threads = Runtime.getRuntime().availableProcessors();
    for (int i = 0; i < args.length; i += 2) {
      switch (args[i]) {
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    BacktestInputs inputs = BacktestInputs.dataset(Dataset.KAPELAME, Path.of("samples/kalshi-crypto15m-2026-02-25"),
        Qty.ofContracts(10));
    StrikeConfig config = ConfigLoader.load(StrikeConfig.class, StrikeConfig.defaults(),
        ConfigSources.none().withOverrides(DatasetProfile.overrides(Dataset.KAPELAME)));
    int events = inputs.events().size();
    for (int i = 0; i < warmup; i++) {
      BacktestRunner.run("warmup", config, inputs, null);
    }
    double[] rates = new double[runs];
    long fills = 0;
    for (int i = 0; i < runs; i++) {
      BacktestRunner.Result result = BacktestRunner.run("timed", config, inputs, null);
      rates[i] = events / (result.elapsedNs() / 1e9);
      fills = result.record().fills().size();
    }
    Arrays.sort(rates);
    System.out.printf(Locale.ROOT, "sample: %,d events, %d fills per run%n", events, fills);
    System.out.printf(Locale.ROOT, "one thread: median %,.0f events/s (min %,.0f, max %,.0f) over %d runs%n",
        rates[runs / 2], rates[0], rates[runs - 1], runs);

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    final int perThread = runs;
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(pool.submit(() -> {
        for (int i = 0; i < perThread; i++) {
          BacktestRunner.run("parallel", config, inputs, null);
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    System.out.printf(Locale.ROOT, "%d threads: %,.0f events/s (%d runs of %,d events in %.2f s)%n", threads,
        (double) events * perThread * threads / seconds, perThread * threads, events, seconds);
  }
}
