package dev.strike.app;

import dev.strike.app.config.StrikeConfig;
import dev.strike.app.dataio.shell.HistoryTopics;
import dev.strike.app.dataset.core.DatasetFormatException;
import dev.strike.app.dataset.core.DatasetProblem;
import dev.strike.app.dataset.core.HistoryEvent;
import dev.strike.app.dataset.core.HistoryImport;
import dev.strike.app.dataset.core.HistorySink;
import dev.strike.app.dataset.core.ImportReport;
import dev.strike.app.dataset.core.MarketOutcome;
import dev.strike.app.dataset.core.QuoteMapping;
import dev.strike.app.dataset.core.ResultSource;
import dev.strike.app.dataset.shell.Dataset;
import dev.strike.app.dataset.shell.KafkaHistorySink;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.money.Qty;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strike import-csv}: a recorded dataset into md.markets, md.book and md.spot. */
@Command(name = "import-csv", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Map a recorded dataset to market data in the namespace of --prefix: md.markets (MarketInfo per market: "
          + "active at its open, finalized with the result at its close), md.book (a BookSnapshot per quote: the "
          + "YES bid, and the NO bid at 1 - YES ask, each with --placeholder-size contracts because the datasets "
          + "record no sizes) and md.spot (SpotTick per spot value). Events go out in tsEvent order; tsInit = "
          + "tsEvent; record timestamps = tsEvent. Results: official where the dataset has them, else inferred "
          + "from the final quote after the close (YES bid >= 95c or YES ask <= 5c), else none.",
      "Malformed lines are counted, reported with their line number, skipped, and sent to dlq. Refuses a namespace "
          + "whose md.markets/md.book/md.spot already hold records unless --force. See docs/dataio.md.",
      "Datasets: kapelame (--in sample_features.csv[.gz] or its directory), johnnygod (--in a series directory "
          + "with raw_snapshots.jsonl[.gz] and model_training_data.jsonl[.gz], or the dataset directory)."})
final class ImportCsvCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "kapelame or johnnygod")
  Dataset dataset;

  @Option(names = "--in", required = true, paramLabel = "PATH", description = "The dataset's file or directory")
  Path in;

  @Option(names = "--placeholder-size", paramLabel = "CONTRACTS", defaultValue = "1",
      description = "Size of every book level, in contracts (default: ${DEFAULT-VALUE}); a placeholder: the "
          + "datasets give prices but no size at the best price")
  String placeholderSize;

  @Option(names = "--dry-run", description = "Read, map and report; publish nothing (no Kafka needed)")
  boolean dryRun;

  @Option(names = "--force", description = "Append even when the target topics already hold records")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "List every market and every problem kept in the report")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StrikeConfig config = configOptions.loadOrReport(Map.of(), err);
    if (config == null) {
      return 2;
    }
    QuoteMapping mapping;
    HistoryImport history;
    try {
      mapping = new QuoteMapping(Qty.parse(placeholderSize));
      history = new HistoryImport(dataset.sources(in), mapping);
    } catch (IllegalArgumentException e) {
      err.println("strike import-csv: " + e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("strike import-csv: cannot read " + in + ": " + e);
      return 1;
    }
    Topics topics = config.kafka().topics();
    ImportReport report;
    try {
      report = dryRun ? history.run(new DiscardingSink()) : importIntoKafka(config, topics, history, err);
    } catch (DatasetFormatException e) {
      err.println("strike import-csv: " + e.getMessage());
      return 2;
    } catch (UncheckedIOException e) {
      err.println("strike import-csv: " + e.getMessage());
      return 1;
    }
    if (report == null) {
      return 1;
    }
    print(out, report, topics, mapping);
    return 0;
  }

  /** The import into the namespace, or null after printing why it was refused or failed. */
  private @Nullable ImportReport importIntoKafka(StrikeConfig config, Topics topics, HistoryImport history,
      PrintWriter err) {
    String bootstrap = TopicsCommand.bootstrapOf(config);
    try (Admin admin = TopicsCommand.connect(config);
        KafkaSender sender = new KafkaSender(SenderOptions.bulk(bootstrap, "strike-import-csv")
            .withAll(config.kafka().clientProperties()))) {
      HistoryTopics target = new HistoryTopics(admin, Duration.ofSeconds(30));
      List<Topic<?>> data = List.of(topics.mdMarkets(), topics.mdBook(), topics.mdSpot());
      if (!force) {
        Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
        List<String> existing = data.stream().map(Topic::name).filter(names::contains).toList();
        Map<String, Long> full = existing.isEmpty() ? Map.of() : target.nonEmpty(existing);
        if (!full.isEmpty()) {
          err.println("strike import-csv: refused: the namespace already holds records " + full
              + "; importing again would duplicate them. Use another --prefix, or --force to append");
          return null;
        }
      }
      target.prepare(topics, config.kafka().replicationFactor(),
          List.of(topics.mdMarkets(), topics.mdBook(), topics.mdSpot(), topics.dlq()));
      KafkaHistorySink sink = new KafkaHistorySink(sender, topics, dataset.label());
      ImportReport report = history.run(sink);
      sink.finish();
      return report;
    } catch (ExecutionException | TimeoutException | IllegalStateException
        | org.apache.kafka.common.KafkaException e) {
      err.println("strike import-csv: cannot import into " + bootstrap + ": " + e.getMessage());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Publishes nothing: {@code --dry-run}. */
  private static final class DiscardingSink implements HistorySink {
    @Override
    public void onEvent(HistoryEvent event) {}

    @Override
    public void onProblem(DatasetProblem problem) {}
  }

  private void print(PrintWriter out, ImportReport report, Topics topics, QuoteMapping mapping) {
    out.println((dryRun ? "dry run: " : "imported ") + dataset.label() + " from " + in
        + (dryRun ? "" : " into namespace '" + topics.prefix() + "'"));
    for (ImportReport.FileTally file : report.files()) {
      out.printf("  file        %s: %d lines, %d with problems%n", file.file(), file.lines(), file.problemLines());
    }
    out.printf("  md.markets  %d records: %d markets, %d finalized (%d official, %d inferred results), %d closed "
            + "without a result, %d still open when the data ends%n", report.marketInfos(), report.markets().size(),
        report.marketsIn(MarketStatus.FINALIZED), report.marketsWith(ResultSource.OFFICIAL),
        report.marketsWith(ResultSource.INFERRED), report.marketsIn(MarketStatus.CLOSED),
        report.marketsIn(MarketStatus.ACTIVE));
    out.printf("  md.book     %d snapshots (every level %s contracts: a placeholder size)%n", report.books(),
        mapping.levelSize());
    out.printf("  md.spot     %d ticks%s%n", report.spots(),
        report.staleSpots() == 0 ? "" : " (" + report.staleSpots() + " stale spot values skipped)");
    out.printf("  problems    %d lines%s%n", report.problemLines(),
        report.problemLines() == 0 || dryRun ? "" : " (sent to " + topics.dlq().name() + ")");
    int shown = verbose ? report.problems().size() : Math.min(10, report.problems().size());
    for (DatasetProblem problem : report.problems().subList(0, shown)) {
      out.println("    " + problem.describe());
    }
    if (report.problemLines() > shown) {
      out.println("    … " + (report.problemLines() - shown) + " more" + (verbose ? "" : " (--verbose shows up to "
          + ImportReport.PROBLEMS_KEPT + ")"));
    }
    for (String disagreement : report.disagreements()) {
      out.println("  note        " + disagreement + " (the official result is used)");
    }
    if (verbose || report.markets().size() <= 30) {
      for (MarketOutcome market : report.markets()) {
        out.printf("    %-28s close %s  strike %-14s %-9s %s%n", market.ticker(),
            Instant.ofEpochSecond(0, market.closeTimeNs()),
            market.floorStrike() == null ? "-" : market.floorStrike().toPlainString(),
            market.status().name().toLowerCase(Locale.ROOT),
            market.result() == null ? "" : market.result().name().toLowerCase(Locale.ROOT) + " ("
                + market.source().name().toLowerCase(Locale.ROOT) + ")");
      }
    } else {
      out.println("  (--verbose lists the " + report.markets().size() + " markets)");
    }
    out.flush();
  }
}
