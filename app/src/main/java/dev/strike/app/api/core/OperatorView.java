package dev.strike.app.api.core;

import dev.strike.app.backtest.core.EquityPoint;
import dev.strike.app.backtest.report.PerformanceLedger;
import dev.strike.common.event.Alert;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.OrderEvent;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.PositionSnapshot;
import dev.strike.common.event.Signal;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the operator API knows of the running system, folded from the topics it reads: the latest risk portfolio
 * snapshot, an equity curve (one point per snapshot), the most recent trades, signals, order events, alerts and
 * control commands (each bounded), the live performance figures (the backtest report's accounting over every fill
 * and settlement read), and when each market-data feed last delivered.
 *
 * <p>One writer: every {@code onXxx} runs on the same thread; readers on other threads use the immutable
 * {@link ApiState} that {@link #state()} returns (built lazily, sharing the parts that did not change). Times are
 * epoch nanoseconds, event time except the feed arrivals, which the shell stamps with its clock.
 */
public final class OperatorView {
  private final Money startingCash;
  private final int equityCapacity;
  private final PerformanceLedger ledger = new PerformanceLedger();
  private final ArrayDeque<EquityPoint> equity = new ArrayDeque<>();
  private final Recent<Fill> trades;
  private final Recent<Signal> signals;
  private final Recent<OrderEvent> orderEvents;
  private final Recent<Alert> alerts;
  private final Recent<ControlCommand> controls;
  private final TreeMap<String, Long> feedArrivals = new TreeMap<>();
  private @Nullable PortfolioSnapshot portfolio;
  private long version;
  private long fills;
  private long signalCount;
  private @Nullable ApiState cached;
  private boolean performanceChanged = true;
  private PerformanceLedger.@Nullable Figures figures;
  private @Nullable List<EquityPoint> equityList;

  /**
   * An empty view.
   *
   * @param startingCash the account's starting cash (the base of the total return)
   * @param history how many recent items of each kind to keep, at least 1
   * @param equityCapacity how many equity points to keep, at least 2
   */
  public OperatorView(Money startingCash, int history, int equityCapacity) {
    this.startingCash = Objects.requireNonNull(startingCash, "startingCash");
    if (history < 1 || equityCapacity < 2) {
      throw new IllegalArgumentException("history >= 1 and equityCapacity >= 2, got " + history + ", "
          + equityCapacity);
    }
    this.equityCapacity = equityCapacity;
    trades = new Recent<>(history);
    signals = new Recent<>(history);
    orderEvents = new Recent<>(history);
    alerts = new Recent<>(history);
    controls = new Recent<>(history);
  }

  /** A risk portfolio snapshot: the current account, and one point of the equity curve. */
  public void onPortfolio(PortfolioSnapshot snapshot) {
    if (portfolio != null && snapshot.tsEvent() < portfolio.tsEvent()) {
      return; // an older snapshot read late (a second partition, a replay): the newest one stands
    }
    portfolio = snapshot;
    EquityPoint point = new EquityPoint(snapshot.tsEvent(), equityOf(snapshot), exposureOf(snapshot),
        snapshot.realizedPnl(), snapshot.fees());
    EquityPoint last = equity.peekLast();
    if (last != null && last.tsNs() == point.tsNs()) {
      equity.removeLast(); // the same instant twice (a redelivery): keep one point
    }
    equity.addLast(point);
    while (equity.size() > equityCapacity) {
      equity.removeFirst();
    }
    equityList = null;
    performanceChanged = true;
    changed();
  }

  /** One of our fills. */
  public void onFill(Fill fill) {
    ledger.onFill(fill);
    fills++;
    trades.add(fill);
    performanceChanged = true;
    changed();
  }

  /** A settlement. */
  public void onSettled(MarketSettled settled) {
    ledger.onSettled(settled);
    performanceChanged = true;
    changed();
  }

  /** A step in the life of one of our orders. */
  public void onOrderEvent(OrderEvent event) {
    orderEvents.add(event);
    changed();
  }

  /** A strategy's signal. */
  public void onSignal(Signal signal) {
    signalCount++;
    signals.add(signal);
    changed();
  }

  /** An alert. */
  public void onAlert(Alert alert) {
    alerts.add(alert);
    changed();
  }

  /** An operator command, whoever issued it. */
  public void onControl(ControlCommand command) {
    controls.add(command);
    changed();
  }

  /** A record of the feed {@code feed} (e.g. {@code md.book}) arrived at {@code arrivalNs}. */
  public void onFeed(String feed, long arrivalNs) {
    Long previous = feedArrivals.get(feed);
    if (previous == null || arrivalNs > previous) {
      feedArrivals.put(feed, arrivalNs);
      // a feed tick changes only the arrivals map: cheap to rebuild, no version bump for streams
      if (cached != null) {
        cached = cached.withFeeds(new TreeMap<>(feedArrivals));
      }
    }
  }

  /** The view now, immutable; the same instance until something changes. */
  public ApiState state() {
    if (cached == null) {
      if (performanceChanged || figures == null) {
        equityList = List.copyOf(equity);
        figures = ledger.figures(startingCash, equityList);
        performanceChanged = false;
      }
      if (equityList == null) {
        equityList = List.copyOf(equity);
      }
      cached = new ApiState(version, startingCash, portfolio, equityList, trades.newestFirst(),
          signals.newestFirst(), orderEvents.newestFirst(), alerts.newestFirst(), controls.newestFirst(),
          new TreeMap<>(feedArrivals), figures, fills, signalCount);
    }
    return cached;
  }

  /**
   * Cash plus every position at its mark (rounded down; a position without a mark counts nothing), as the risk
   * portfolio values it.
   */
  public static Money equityOf(PortfolioSnapshot snapshot) {
    long value = snapshot.cash().micros();
    for (PositionSnapshot position : snapshot.positions()) {
      value = Math.addExact(value, markValue(position).micros());
    }
    return Money.ofMicros(value);
  }

  /** What the position is worth at its mark, rounded down; zero without a mark. */
  public static Money markValue(PositionSnapshot position) {
    Price mark = position.mark() != null ? position.mark() : Price.ZERO;
    return mark.notional(position.qty(), RoundingMode.DOWN);
  }

  /** Money at risk: the cost of held contracts plus the cash reserved for live buys. */
  static Money exposureOf(PortfolioSnapshot snapshot) {
    Money cost = Money.ZERO;
    for (PositionSnapshot position : snapshot.positions()) {
      cost = cost.plus(position.cost());
    }
    return cost.plus(snapshot.reservedCash());
  }

  private void changed() {
    version++;
    cached = null;
  }

  /** A bounded queue of recent items with a cached newest-first copy. */
  private static final class Recent<T> {
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final int capacity;
    private @Nullable List<T> newestFirst;

    Recent(int capacity) {
      this.capacity = capacity;
    }

    void add(T item) {
      items.addLast(item);
      while (items.size() > capacity) {
        items.removeFirst();
      }
      newestFirst = null;
    }

    List<T> newestFirst() {
      if (newestFirst == null) {
        List<T> out = new ArrayList<>(items.size());
        items.descendingIterator().forEachRemaining(out::add);
        newestFirst = List.copyOf(out);
      }
      return newestFirst;
    }
  }

  /** The feeds' last arrivals (for tests). */
  Map<String, Long> feedArrivals() {
    return Map.copyOf(feedArrivals);
  }
}
