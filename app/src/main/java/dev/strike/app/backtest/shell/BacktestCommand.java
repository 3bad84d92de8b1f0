package dev.strike.app.backtest.shell;

import dev.strike.app.config.StrikeConfig;
import dev.strike.app.dataset.shell.Dataset;
import dev.strike.common.config.ConfigException;
import dev.strike.common.config.ConfigLoader;
import dev.strike.common.config.ConfigSources;
import dev.strike.common.money.Qty;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code strike backtest}: recorded market data through the same strategy, risk and paper-venue cores the services
 * run, on one thread per run, with a report and a hash of every output.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Replay recorded market data — the committed sample (--sample), a recorded dataset (--dataset --in), an export "
          + "directory (--export) or a namespace's md.* topics on Kafka (--from-prefix [--from --to]) — merged by "
          + "event time through the strategies, the risk gate and the paper venue of the configuration, on one "
          + "thread. Writes report.json, trades.csv, daily_pnl.csv and report.html under --out and prints "
          + "'output hash: <hex>' (the same inputs and configuration give the same bytes).",
      "--sweep KEY=V1,V2 (repeatable) runs the grid of those configuration keys in parallel and writes sweep.csv; "
          + "--publish also publishes the run's signals, decisions, orders and trades under the namespace bt-<run>."})
public final class BacktestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  dev.strike.app.ConfigOptions configOptions;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Input input;

  /** Where the market data comes from: exactly one. */
  static final class Input {
    @Option(names = "--sample", description = "The committed kapelame sample (samples/kalshi-crypto15m-2026-02-25)")
    boolean sample;

    @ArgGroup(exclusive = false)
    DatasetInput dataset;

    @Option(names = "--export", paramLabel = "DIR", description = "A directory written by `strike export`")
    Path export;

    @ArgGroup(exclusive = false)
    KafkaInput kafka;
  }

  /** {@code --dataset NAME --in PATH}. */
  static final class DatasetInput {
    @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "kapelame or johnnygod")
    Dataset dataset;

    @Option(names = "--in", required = true, paramLabel = "PATH", description = "The dataset's file or directory")
    Path in;
  }

  /** {@code --from-prefix P [--from T] [--to T]}. */
  static final class KafkaInput {
    @Option(names = "--from-prefix", required = true, paramLabel = "NAME",
        description = "Read md.* of this namespace on Kafka (--kafka, or the embedded broker of a running strike)")
    String prefix;

    @Option(names = "--from", paramLabel = "TIME", converter = dev.strike.app.TimeConverter.class,
        description = "First event time, ISO-8601 with an offset (default: the start)")
    Instant from;

    @Option(names = "--to", paramLabel = "TIME", converter = dev.strike.app.TimeConverter.class,
        description = "End event time, exclusive, ISO-8601 with an offset (default: the end)")
    Instant to;
  }

  @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default: backtests/<run>)")
  Path outDir;

  @Option(names = "--run", paramLabel = "ID", description = "The run's id (default: sample, or the input's name)")
  String runId;

  @Option(names = "--placeholder-size", paramLabel = "CONTRACTS", defaultValue = "10",
      description = "Contracts at every book level of a dataset, which records prices but no sizes (default: "
          + "${DEFAULT-VALUE})")
  String placeholderSize;

  @Option(names = "--sweep", paramLabel = "KEY=V1,V2,...",
      description = "Run every combination of these configuration values (repeatable), e.g. "
          + "--sweep risk.limits.min-edge=0.02,0.04")
  List<String> sweeps = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Parallel runs of a sweep (default: the cores)")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--publish", description = "Also publish the outputs under the namespace bt-<run> on Kafka")
  boolean publish;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> profile = new LinkedHashMap<>();
    BacktestInputs inputs;
    String defaultRun;
    try {
      if (input.sample) {
        inputs = BacktestInputs.dataset(Dataset.KAPELAME, SampleData.kapelame(), Qty.parse(placeholderSize));
        profile.putAll(DatasetProfile.overrides(Dataset.KAPELAME));
        defaultRun = "sample";
      } else if (input.dataset != null) {
        inputs = BacktestInputs.dataset(input.dataset.dataset, input.dataset.in, Qty.parse(placeholderSize));
        profile.putAll(DatasetProfile.overrides(input.dataset.dataset));
        defaultRun = input.dataset.dataset.label();
      } else if (input.export != null) {
        inputs = BacktestInputs.export(input.export);
        defaultRun = input.export.getFileName().toString();
      } else {
        StrikeConfig config = configOptions.loadOrReport(Map.of(), err);
        if (config == null) {
          return 2;
        }
        long from = input.kafka.from == null ? Long.MIN_VALUE : nanos(input.kafka.from);
        long to = input.kafka.to == null ? Long.MAX_VALUE : nanos(input.kafka.to);
        inputs = BacktestInputs.kafka(dev.strike.app.TopicsCommand.bootstrapOf(config),
            config.kafka().clientProperties(), dev.strike.common.topic.Topics.withPrefix(input.kafka.prefix), from,
            to);
        defaultRun = input.kafka.prefix;
      }
    } catch (IllegalArgumentException | IOException e) {
      err.println("strike: cannot read the input: " + e.getMessage());
      return 2;
    }
    String run = runId != null ? runId : defaultRun;
    Path dir = outDir != null ? outDir : Path.of("backtests", run);
    out.println("backtest " + run + ": " + inputs.events().size() + " events from " + inputs.source()
        + (inputs.problems().isEmpty() ? "" : " (" + inputs.problems().size() + " lines skipped)"));
    if (!profile.isEmpty()) {
      out.println("  dataset profile: " + profile);
    }

    List<Map<String, String>> grid;
    try {
      grid = SweepGrid.of(sweeps);
    } catch (IllegalArgumentException e) {
      err.println("strike: " + e.getMessage());
      return 2;
    }
    List<StrikeConfig> configs = new ArrayList<>();
    for (Map<String, String> combination : grid) {
      Map<String, String> overrides = new LinkedHashMap<>(profile);
      overrides.putAll(combination);
      StrikeConfig config = configOptions.loadOrReport(overrides, err);
      if (config == null) {
        return 2;
      }
      configs.add(config);
    }
    if (grid.size() == 1) {
      BacktestRunner.Result result = BacktestRunner.run(run, configs.get(0), inputs, System.err);
      String hash = BacktestOutputs.write(dir, result, out);
      if (publish && BacktestOutputs.publish(configs.get(0), run, result.outputs(), out, err) != 0) {
        return 1;
      }
      out.println("output hash: " + hash);
      out.flush();
      return 0;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, grid.size())));
    try {
      List<Future<SweepGrid.Row>> rows = new ArrayList<>();
      for (int i = 0; i < grid.size(); i++) {
        Map<String, String> combination = grid.get(i);
        StrikeConfig config = configs.get(i);
        String name = run + "-" + (i + 1);
        rows.add(pool.submit(() -> {
          BacktestRunner.Result result = BacktestRunner.run(name, config, inputs, null);
          String hash = BacktestOutputs.write(dir.resolve(name), result, null);
          return SweepGrid.row(name, combination, result.record(), hash);
        }));
      }
      List<SweepGrid.Row> done = new ArrayList<>();
      for (Future<SweepGrid.Row> row : rows) {
        done.add(row.get());
      }
      Files.createDirectories(dir);
      byte[] csv = SweepGrid.csv(grid.get(0).keySet(), done);
      Files.write(dir.resolve("sweep.csv"), csv);
      out.print(new String(csv, java.nio.charset.StandardCharsets.UTF_8));
      out.println("wrote " + dir.resolve("sweep.csv") + " (" + done.size() + " runs)");
      out.println("output hash: " + new OutputHash().add("sweep.csv", csv).hex());
      out.flush();
      return 0;
    } catch (ConfigException e) {
      err.println("strike: " + e.getMessage());
      return 2;
    } finally {
      pool.shutdownNow();
    }
  }

  private static long nanos(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
  }

  /** Where the committed sample is: {@code samples/} in the working directory or a parent. */
  static final class SampleData {
    private SampleData() {}

    static Path kapelame() {
      Path at = Path.of("").toAbsolutePath();
      while (at != null) {
        Path candidate = at.resolve("samples/kalshi-crypto15m-2026-02-25");
        if (Files.isDirectory(candidate)) {
          return candidate;
        }
        at = at.getParent();
      }
      throw new IllegalArgumentException("no samples/kalshi-crypto15m-2026-02-25 in " + Path.of("").toAbsolutePath()
          + " or above (run from the repository)");
    }
  }
}
