package dev.strike.app.backtest.shell;

import dev.strike.app.TopicsCommand;
import dev.strike.app.backtest.report.BacktestReport;
import dev.strike.app.backtest.report.ReportFiles;
import dev.strike.app.config.StrikeConfig;
import dev.strike.common.event.Alert;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.OrderEvent;
import dev.strike.common.event.RiskDecision;
import dev.strike.common.event.Signal;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.topic.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

/** What a finished backtest leaves behind: its report files and hash, and optionally its outputs on Kafka. */
public final class BacktestOutputs {
  private BacktestOutputs() {}

  /**
   * Writes the report of {@code result} under {@code dir} and returns the hash of every output event and every file.
   *
   * @param out where to say what was written and the headline numbers, or null to say nothing
   */
  public static String write(Path dir, BacktestRunner.Result result, @Nullable PrintWriter out) throws IOException {
    BacktestReport report = BacktestReport.of(result.record());
    List<Path> files = ReportFiles.write(dir, result.record(), report);
    OutputHash hash = new OutputHash();
    result.outputs().forEach(hash::add);
    for (Path file : files) {
      hash.add(file.getFileName().toString(), Files.readAllBytes(file));
    }
    if (out != null) {
      BacktestReport.Summary summary = report.summary();
      BacktestReport.Trading trading = report.trading();
      BacktestReport.Risk risk = report.risk();
      out.printf(java.util.Locale.ROOT, "  P&L %s (%.2f %%), fees %s, %d fills, %d round trips, win rate %.1f %%, "
          + "maker share %.1f %%%n", summary.pnl(), summary.totalReturn() * 100, summary.fees(), trading.fills(),
          trading.roundTrips(), trading.winRate() * 100, trading.makerShare() * 100);
      out.printf(java.util.Locale.ROOT, "  max drawdown %s (%.2f %%), Sharpe %.2f, Sortino %.2f, Brier %.4f over %d "
          + "signals%n", risk.maxDrawdown(), risk.maxDrawdownPct() * 100, risk.sharpe(), risk.sortino(),
          report.calibration().brier(), report.calibration().signals());
      double seconds = result.elapsedNs() / 1e9;
      out.printf(java.util.Locale.ROOT, "  %d events in %.3f s (%.0f events/s)%n", result.record().inputEvents(),
          seconds, seconds > 0 ? result.record().inputEvents() / seconds : 0.0);
      for (Path file : files) {
        out.println("  wrote " + file);
      }
    }
    return hash.hex();
  }

  /**
   * Publishes the outputs under the namespace {@code bt-<run>} (signals, risk.decisions, orders.events, trades,
   * settlements, alerts), in order.
   *
   * @return 0, or 1 when Kafka could not be reached (explained on {@code err})
   */
  public static int publish(StrikeConfig config, String run, List<StrikeEvent> outputs, PrintWriter out,
      PrintWriter err) {
    String bootstrap = TopicsCommand.bootstrapOf(config);
    Topics topics = Topics.withPrefix("bt-" + run);
    try {
      try (Admin admin = Admin.create(java.util.Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
          AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
          15_000))) {
        new TopicProvisioner(admin, config.kafka().replicationFactor(), Duration.ofSeconds(30)).ensure(List.of(
            topics.signals(), topics.riskDecisions(), topics.ordersEvents(), topics.trades(), topics.settlements(),
            topics.alerts()));
      }
      publishTo(topics, bootstrap, outputs);
      out.println("  published " + outputs.size() + " outputs under bt-" + run + " on " + bootstrap);
      return 0;
    } catch (RuntimeException e) {
      err.println("strike: cannot publish to Kafka at " + bootstrap + " (is `strike run` running? or pass --kafka "
          + "host:port): " + e.getMessage());
      return 1;
    }
  }

  private static void publishTo(Topics topics, String bootstrap, List<StrikeEvent> outputs) {
    try (KafkaSender sender = new KafkaSender(SenderOptions.lowLatency(bootstrap, "strike-backtest"))) {
      Flux.fromIterable(outputs).concatMap(event -> {
        if (event instanceof Signal s) {
          return sender.send(topics.signals(), s);
        } else if (event instanceof RiskDecision d) {
          return sender.send(topics.riskDecisions(), d);
        } else if (event instanceof OrderEvent o) {
          return sender.send(topics.ordersEvents(), o);
        } else if (event instanceof Fill f) {
          return sender.send(topics.trades(), f);
        } else if (event instanceof MarketSettled m) {
          return sender.send(topics.settlements(), m);
        }
        return sender.send(topics.alerts(), (Alert) event);
      }, 256).blockLast(Duration.ofMinutes(5));
    }
  }
}
