package dev.strike.app.ledger.shell;

import dev.strike.app.ConfigOptions;
import dev.strike.app.TimeConverter;
import dev.strike.app.TopicsCommand;
import dev.strike.app.backtest.core.BacktestRecord;
import dev.strike.app.backtest.report.BacktestReport;
import dev.strike.app.backtest.report.ReportFiles;
import dev.strike.app.config.StrikeConfig;
import dev.strike.app.dataio.core.TimeRange;
import dev.strike.app.ledger.core.TopicLedger;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.id.AccountId;
import dev.strike.common.kafka.TopicScan;
import dev.strike.common.money.Money;
import dev.strike.common.topic.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code strike ledger}: {@code trades.csv} and {@code daily_pnl.csv} of a running (or stopped) system, read from its
 * {@code trades} and {@code settlements} topics, with the columns of a backtest report (see {@link ReportFiles}).
 */
@Command(name = "ledger", mixinStandardHelpOptions = true,
    description = {"Write trades.csv and daily_pnl.csv from the namespace's trades and settlements topics, with the "
        + "columns of a backtest report. The account starts with risk.startingCash; positions open at a day's end are "
        + "valued at their last fill price."})
public final class LedgerCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Directory to write (created if missing; trades.csv and daily_pnl.csv there are replaced)")
  Path out;

  @Option(names = "--from", paramLabel = "TIME", converter = TimeConverter.class,
      description = "Only fills and settlements at or after TIME (event time, ISO-8601, e.g. 2026-02-25T04:30:00Z)")
  Instant from;

  @Option(names = "--to", paramLabel = "TIME", converter = TimeConverter.class,
      description = "Only fills and settlements before TIME (exclusive)")
  Instant to;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StrikeConfig config = configOptions.loadOrReport(Map.of(), err);
    if (config == null) {
      return 2;
    }
    TimeRange range;
    try {
      range = new TimeRange(from, to);
    } catch (IllegalArgumentException e) {
      err.println("strike ledger: " + e.getMessage());
      return 2;
    }
    Topics topics = config.kafka().topics();
    String bootstrap = TopicsCommand.bootstrapOf(config);
    List<Fill> fills;
    List<MarketSettled> settlements;
    try {
      Map<String, String> props = config.kafka().clientProperties();
      fills = TopicScan.values(bootstrap, props, topics.trades(), Duration.ofSeconds(60)).stream()
          .filter(f -> range.contains(f.tsEvent() / 1_000_000L)).toList();
      settlements = TopicScan.values(bootstrap, props, topics.settlements(), Duration.ofSeconds(60)).stream()
          .filter(s -> range.contains(s.tsEvent() / 1_000_000L)).toList();
    } catch (RuntimeException e) {
      err.println("strike ledger: cannot read " + topics.trades().name() + " and " + topics.settlements().name()
          + " from Kafka at " + bootstrap + " (is `strike run` running? or pass --kafka host:port): " + e.getMessage());
      return 1;
    }
    BacktestRecord record = TopicLedger.of(AccountId.of(config.risk().account()),
        Money.parse(config.risk().startingCash().toPlainString()), fills, settlements);
    try {
      List<Path> files = ReportFiles.writeLedger(out, record, BacktestReport.of(record));
      stdout.println("ledger: " + record.fills().size() + " fills, " + record.settlements().size()
          + " settlements -> " + files.get(0) + ", " + files.get(1));
      return 0;
    } catch (IOException e) {
      err.println("strike ledger: cannot write to " + out + ": " + e);
      return 1;
    }
  }
}
