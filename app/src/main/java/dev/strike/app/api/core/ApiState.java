package dev.strike.app.api.core;

import dev.strike.app.backtest.core.EquityPoint;
import dev.strike.app.backtest.report.PerformanceLedger;
import dev.strike.common.event.Alert;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.Fill;
import dev.strike.common.event.OrderEvent;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.Signal;
import dev.strike.common.money.Money;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An immutable picture of {@link OperatorView} at one version, safe to read from any thread. Lists are newest
 * first and bounded by the view's history size.
 *
 * @param version bumped by every event except feed arrivals
 * @param startingCash the account's starting cash
 * @param portfolio the latest risk snapshot, null until one was read
 * @param equity the equity curve, oldest first
 * @param trades recent fills
 * @param signals recent signals
 * @param orderEvents recent order events
 * @param alerts recent alerts
 * @param controls recent operator commands
 * @param feedArrivals per feed topic base name, when its last record arrived, epoch ns (our clock)
 * @param performance the headline figures
 * @param fills every fill read since start
 * @param signalCount every signal read since start
 */
public record ApiState(long version, Money startingCash, @Nullable PortfolioSnapshot portfolio,
    List<EquityPoint> equity, List<Fill> trades, List<Signal> signals, List<OrderEvent> orderEvents,
    List<Alert> alerts, List<ControlCommand> controls, SortedMap<String, Long> feedArrivals,
    PerformanceLedger.Figures performance, long fills, long signalCount) {

  /** Wraps the map read-only. */
  public ApiState {
    feedArrivals = Collections.unmodifiableSortedMap(new TreeMap<>(feedArrivals));
  }

  /** The same state with other feed arrivals. */
  ApiState withFeeds(SortedMap<String, Long> arrivals) {
    return new ApiState(version, startingCash, portfolio, equity, trades, signals, orderEvents, alerts, controls,
        arrivals, performance, fills, signalCount);
  }
}
