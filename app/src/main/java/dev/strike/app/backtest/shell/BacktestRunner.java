package dev.strike.app.backtest.shell;

import dev.strike.app.Venues;
import dev.strike.app.backtest.core.BacktestEngine;
import dev.strike.app.backtest.core.BacktestRecord;
import dev.strike.app.config.StrikeConfig;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.Asset;
import dev.strike.execution.core.paper.PaperExchange;
import dev.strike.risk.core.RiskEngine;
import java.io.PrintStream;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Runs one backtest: builds the strategy, risk and paper-venue cores from a configuration and feeds them the inputs
 * on the calling thread. Prints a progress bar on {@code progress} once a run has taken more than two seconds.
 */
public final class BacktestRunner {
  private static final long PROGRESS_AFTER_NS = 2_000_000_000L;
  private static final long PROGRESS_EVERY_NS = 200_000_000L;

  private BacktestRunner() {}

  /**
   * What a run produced.
   *
   * @param outputs every output event in the order produced
   * @param elapsedNs wall time of the run (not part of any output)
   */
  public record Result(BacktestRecord record, List<StrikeEvent> outputs, long elapsedNs) {}

  /** Runs {@code inputs} through cores built from {@code config}. */
  public static Result run(String runId, StrikeConfig config, BacktestInputs inputs, @Nullable PrintStream progress) {
    BacktestEngine engine = engine(runId, config, inputs);
    List<StrikeEvent> events = inputs.events();
    long start = System.nanoTime();
    long nextProgress = start + PROGRESS_AFTER_NS;
    boolean shown = false;
    for (int i = 0; i < events.size(); i++) {
      engine.onInput(events.get(i));
      if (progress != null && (i & 1023) == 0 && System.nanoTime() >= nextProgress) {
        bar(progress, i + 1, events.size());
        nextProgress = System.nanoTime() + PROGRESS_EVERY_NS;
        shown = true;
      }
    }
    if (shown) {
      bar(progress, events.size(), events.size());
      progress.println();
    }
    BacktestRecord record = engine.finish();
    return new Result(record, engine.outputs(), System.nanoTime() - start);
  }

  /** The engine a run uses: every asset of the configuration and every asset the inputs have spot prices for. */
  public static BacktestEngine engine(String runId, StrikeConfig config, BacktestInputs inputs) {
    TreeSet<String> symbols = new TreeSet<>();
    config.spot().assets().forEach(a -> symbols.add(a.symbol()));
    for (StrikeEvent event : inputs.events()) {
      if (event instanceof SpotTick tick) {
        symbols.add(tick.asset().symbol());
      }
    }
    List<Asset> assets = symbols.stream().map(Asset::of).toList();
    return new BacktestEngine(runId, config.signals().newEngine(assets),
        new RiskEngine(config.risk().toEngineSettings()), new PaperExchange(Venues.paperSettings(config)));
  }

  private static void bar(PrintStream out, long done, long total) {
    int width = 30;
    int filled = total == 0 ? width : (int) (done * width / total);
    out.print("\rbacktest [" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
        + (total == 0 ? 100 : done * 100 / total) + "% " + done + "/" + total + " events");
    out.flush();
  }
}
