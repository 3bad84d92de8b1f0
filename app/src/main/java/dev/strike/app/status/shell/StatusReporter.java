package dev.strike.app.status.shell;

import dev.strike.app.status.core.ConsoleStatus;
import dev.strike.common.money.Money;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs the {@link ConsoleStatus} line of this process every {@code console.statusInterval}, at INFO on the logger
 * {@code dev.strike.status} (so it follows {@code console.logFormat}).
 *
 * <p>The figures come from this process's meter registry, not from the topics. That is correct in both deployments:
 * in the all-in-one {@code strike run} every service registers its meters in the one registry, so the line shows
 * everything; with one service per process each process shows what its own services did (execution's process the
 * trades and maker share, risk's process the balance, P&amp;L, positions, win rate and fees), and the parts it does
 * not own are left out instead of being shown as zero. Reading the topics instead would make every process repeat
 * risk's portfolio fold (equity and daily P&amp;L need the marks of the held markets' books, which the
 * {@code portfolio} snapshot does not carry between snapshots) and would report a stale account whenever snapshots
 * are sparse; the registry holds the live figures at no cost. Money is read from the dollar gauges, which are exact
 * micro-dollars divided by 10⁶, so rounding back to micro-dollars recovers the exact amount.
 *
 * <p>Thread-safe; one daemon thread; close once.
 */
public final class StatusReporter implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger("dev.strike.status");

  private final MeterRegistry meters;
  private final boolean execution;
  private final boolean risk;
  private final ScheduledExecutorService timer;

  private StatusReporter(MeterRegistry meters, boolean execution, boolean risk) {
    this.meters = meters;
    this.execution = execution;
    this.risk = risk;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "strike-status");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Starts logging the status every {@code interval} (the first after one interval).
   *
   * @param execution whether the execution service runs in this process (its trades are shown, 0 before the first)
   * @param risk whether the risk service runs in this process (the account is shown)
   * @param interval positive
   */
  public static StatusReporter start(MeterRegistry meters, boolean execution, boolean risk, Duration interval) {
    StatusReporter reporter = new StatusReporter(meters, execution, risk);
    long ms = interval.toMillis();
    reporter.timer.scheduleAtFixedRate(reporter::logStatus, ms, ms, TimeUnit.MILLISECONDS);
    return reporter;
  }

  private void logStatus() {
    try {
      log.info(status().format());
    } catch (RuntimeException e) {
      // a figure read mid-update must not stop the status for the rest of the run
      log.warn("status: {}", e.toString());
    }
  }

  /** The status now. */
  public ConsoleStatus status() {
    long events = 0;
    for (Timer processed : meters.find("strike.kafka.records.processed").timers()) {
      events += processed.count();
    }
    ConsoleStatus.Trades trades = null;
    if (execution) {
      long count = 0;
      long maker = 0;
      for (Counter counter : meters.find("strike.trades").counters()) {
        long n = Math.round(counter.count());
        count += n;
        if ("maker".equals(counter.getId().getTag("liquidity"))) {
          maker += n;
        }
      }
      trades = new ConsoleStatus.Trades(count, maker);
    }
    return new ConsoleStatus(ManagementFactory.getRuntimeMXBean().getUptime() / 1000, events, trades,
        risk ? account() : null);
  }

  private ConsoleStatus.@Nullable Account account() {
    Money balance = money("strike.risk.cash.dollars");
    Money dailyPnl = money("strike.risk.daily.pnl.dollars");
    Money fees = money("strike.risk.fees.dollars");
    Double open = value("strike.risk.open.positions");
    Double won = value("strike.risk.round.trips.won");
    Double lost = value("strike.risk.round.trips.lost");
    if (balance == null || dailyPnl == null || fees == null || open == null || won == null || lost == null) {
      return null; // risk has not registered its meters yet (still restoring its snapshot)
    }
    return new ConsoleStatus.Account(balance, dailyPnl, Math.round(open), Math.round(won), Math.round(lost), fees);
  }

  private @Nullable Money money(String gauge) {
    Double dollars = value(gauge);
    return dollars == null ? null : Money.ofMicros(Math.round(dollars * 1_000_000.0));
  }

  private @Nullable Double value(String gauge) {
    Gauge found = meters.find(gauge).gauge();
    if (found == null) {
      return null;
    }
    double v = found.value();
    return Double.isFinite(v) ? v : null;
  }

  /** Stops logging. */
  @Override
  public void close() {
    timer.shutdownNow();
  }
}
