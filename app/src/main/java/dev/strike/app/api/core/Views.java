package dev.strike.app.api.core;

import dev.strike.app.backtest.core.EquityPoint;
import dev.strike.app.backtest.report.PerformanceLedger;
import dev.strike.common.event.Fill;
import dev.strike.common.event.GateStateSnapshot;
import dev.strike.common.event.OpenOrderSnapshot;
import dev.strike.common.event.OrderEvent;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.PositionSnapshot;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.Alert;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.money.FixedPoint;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The JSON bodies of the read endpoints, computed from an {@link ApiState} and the request's time. Pure and
 * stateless; money is exact (JSON strings of dollars, e.g. "1000.02"), times are ISO-8601 UTC next to epoch ns.
 */
public final class Views {
  private Views() {}

  /** Longest P&amp;L curve sent to the dashboard; longer curves are thinned evenly (the last point always kept). */
  public static final int MAX_CURVE_POINTS = 500;

  /** {@code GET /status}. */
  public record Status(String mode, String tradingState, @Nullable String tradingReason, List<Breaker> breakers,
      List<String> disabledStrategies, SortedMap<String, String> parameters, Money equity, Money cash,
      Money reservedCash, Money availableCash, Money dailyPnl, Money realizedPnl, Money fees, Money peakEquity,
      int positions, int openOrders, @Nullable String snapshotAt, @Nullable Long snapshotAgeMs, long fills,
      long signals, List<StrategySwitch> strategies, long version, String now) {}

  /** A strategy and whether an operator left it on. */
  public record StrategySwitch(String id, boolean enabled) {}

  /** A tripped breaker. */
  public record Breaker(String name, String trippedAt, String detail) {}

  /** One open position with its mark. */
  public record Position(String ticker, String eventTicker, Side side, Qty qty, Money cost, Money averageCost,
      @Nullable Price mark, Money markValue, Money unrealizedPnl, Money realizedPnl, @Nullable String openedAt) {}

  /** {@code GET /positions}. */
  public record Positions(@Nullable String asOf, List<Position> positions) {}

  /** {@code GET /orders}: the orders risk counts as live, and recent order events (newest first). */
  public record Orders(@Nullable String asOf, List<OpenOrderSnapshot> open, List<OrderEvent> recent) {}

  /** {@code GET /trades}: recent fills, newest first. */
  public record Trades(int limit, int count, long totalFills, List<Fill> trades) {}

  /** {@code GET /signals}: recent signals, newest first. */
  public record Signals(int limit, int count, long totalSignals, List<Signal> signals) {}

  /** {@code GET /alerts}: recent alerts and operator commands, newest first. */
  public record Alerts(int limit, List<Alert> alerts, List<ControlCommand> controls) {}

  /** One point of the P&amp;L curve. */
  public record CurvePoint(long tsMs, Money equity, Money pnl) {}

  /** {@code GET /performance}. */
  public record Performance(Money startingCash, Money equity, Money pnl, double totalReturn, double sharpe,
      int sharpeReturns, double returnPeriodSeconds, Money maxDrawdown, double maxDrawdownPct, long trades,
      long winningTrades, double winRate, Money averageTrade, Money bestTrade, Money worstTrade, long fills,
      Money realizedPnl, Money fees, long openPositions, List<CurvePoint> curve) {}

  /** The status at {@code nowNs}, in trading mode {@code mode}. */
  public static Status status(ApiState state, String mode, long nowNs) {
    PortfolioSnapshot p = state.portfolio();
    GateStateSnapshot gate = p == null ? GateStateSnapshot.EMPTY : p.gate();
    List<Breaker> breakers = gate.breakers().stream()
        .map(b -> new Breaker(b.breaker(), iso(b.trippedAtNs()), b.detail())).toList();
    List<String> disabled = gate.disabledStrategies().stream().map(s -> s.value()).toList();
    Money cash = p == null ? state.startingCash() : p.cash();
    Money reserved = p == null ? Money.ZERO : p.reservedCash();
    Money equity = p == null ? state.startingCash() : OperatorView.equityOf(p);
    Money dayStart = p == null ? equity : p.dayStartEquity();
    return new Status(mode, gate.tradingState(), gate.tradingReason(), breakers, disabled, gate.parameters(),
        equity, cash, reserved, cash.minus(reserved), equity.minus(dayStart),
        p == null ? Money.ZERO : p.realizedPnl(), p == null ? Money.ZERO : p.fees(),
        p == null ? equity : p.peakEquity(), p == null ? 0 : p.positions().size(),
        p == null ? 0 : p.openOrders().size(), p == null ? null : iso(p.tsEvent()),
        p == null ? null : Math.max(0, (nowNs - p.tsInit()) / 1_000_000L), state.fills(), state.signalCount(),
        OperatorCommands.strategyNames().stream().map(id -> new StrategySwitch(id, !disabled.contains(id))).toList(),
        state.version(), iso(nowNs));
  }

  /** The open positions. */
  public static Positions positions(ApiState state) {
    PortfolioSnapshot p = state.portfolio();
    if (p == null) {
      return new Positions(null, List.of());
    }
    List<Position> out = new ArrayList<>();
    for (PositionSnapshot s : p.positions()) {
      Money markValue = OperatorView.markValue(s);
      Money average = Money.ofMicros(FixedPoint.divide(Math.multiplyExact(s.cost().micros(),
          Qty.HUNDREDTHS_PER_CONTRACT), s.qty().hundredths(), RoundingMode.HALF_EVEN));
      out.add(new Position(s.ticker().value(), s.eventTicker().value(), s.side(), s.qty(), s.cost(), average,
          s.mark(), markValue, markValue.minus(s.cost()), s.realizedPnl(),
          s.openedAtNs() == 0 ? null : iso(s.openedAtNs())));
    }
    return new Positions(iso(p.tsEvent()), out);
  }

  /** Live orders and the {@code limit} most recent order events. */
  public static Orders orders(ApiState state, int limit) {
    PortfolioSnapshot p = state.portfolio();
    return new Orders(p == null ? null : iso(p.tsEvent()), p == null ? List.of() : p.openOrders(),
        first(state.orderEvents(), limit));
  }

  /** The {@code limit} most recent fills. */
  public static Trades trades(ApiState state, int limit) {
    List<Fill> trades = first(state.trades(), limit);
    return new Trades(limit, trades.size(), state.fills(), trades);
  }

  /** The {@code limit} most recent signals. */
  public static Signals signals(ApiState state, int limit) {
    List<Signal> signals = first(state.signals(), limit);
    return new Signals(limit, signals.size(), state.signalCount(), signals);
  }

  /** The {@code limit} most recent alerts and operator commands. */
  public static Alerts alerts(ApiState state, int limit) {
    return new Alerts(limit, first(state.alerts(), limit), first(state.controls(), limit));
  }

  /** The headline figures and the P&amp;L curve. */
  public static Performance performance(ApiState state) {
    PerformanceLedger.Figures f = state.performance();
    return new Performance(f.startingCash(), f.equity(), f.pnl(), f.totalReturn(), f.sharpe(), f.returns(),
        f.returnPeriodSeconds(), f.maxDrawdown(), f.maxDrawdownPct(), f.trades(), f.winningTrades(), f.winRate(),
        f.averageTrade(), f.bestTrade(), f.worstTrade(), f.fills(), f.realizedPnl(), f.fees(), f.openPositions(),
        curve(state.equity(), state.startingCash()));
  }

  /** At most {@link #MAX_CURVE_POINTS} points of {@code equity}, evenly spaced by index, the last one included. */
  static List<CurvePoint> curve(List<EquityPoint> equity, Money startingCash) {
    int n = equity.size();
    List<CurvePoint> out = new ArrayList<>(Math.min(n, MAX_CURVE_POINTS));
    if (n == 0) {
      return out;
    }
    int step = (n + MAX_CURVE_POINTS - 1) / MAX_CURVE_POINTS;
    for (int i = (n - 1) % step; i < n; i += step) {
      EquityPoint point = equity.get(i);
      out.add(new CurvePoint(point.tsNs() / 1_000_000L, point.equity(), point.equity().minus(startingCash)));
    }
    return out;
  }

  /** Per feed: when it last delivered and whether that is within {@code staleAfterNs} of {@code nowNs}. */
  public static SortedMap<String, Feed> feeds(ApiState state, List<String> feeds, long nowNs, long staleAfterNs) {
    SortedMap<String, Feed> out = new TreeMap<>();
    for (String feed : feeds) {
      Long arrival = state.feedArrivals().get(feed);
      if (arrival == null) {
        out.put(feed, new Feed(null, null, false));
      } else {
        long age = Math.max(0, nowNs - arrival);
        out.put(feed, new Feed(iso(arrival), age / 1_000_000L, age <= staleAfterNs));
      }
    }
    return out;
  }

  /** A feed's freshness: null times when it never delivered. */
  public record Feed(@Nullable String lastArrival, @Nullable Long ageMs, boolean fresh) {}

  /**
   * {@code GET /health}: readiness to trade.
   *
   * @param status {@code ready} or {@code not_ready}
   * @param problems why it is not ready, one line each (empty when ready)
   * @param kafka whether the broker answered, and its details
   * @param feeds the market-data feeds' freshness
   * @param tradingState {@code RUNNING}, {@code PAUSED}, {@code HALTED}, or {@code UNKNOWN} before a snapshot
   * @param breakers the tripped breakers' names
   */
  public record Health(String status, List<String> problems, Map<String, Object> kafka, SortedMap<String, Feed> feeds,
      String tradingState, List<String> breakers) {
    /** Whether every check passed. */
    public boolean ready() {
      return problems.isEmpty();
    }
  }

  /**
   * Readiness: Kafka reachable, the API consuming, and every feed fresh. Paused, halted and tripped breakers are
   * reported, not failed: the system is healthy, it was told not to trade.
   */
  public static Health health(ApiState state, boolean kafkaUp, Map<String, Object> kafkaDetails, boolean consuming,
      List<String> feedNames, long nowNs, long staleAfterNs) {
    List<String> problems = new ArrayList<>();
    if (!kafkaUp) {
      problems.add("kafka unreachable");
    }
    if (!consuming) {
      problems.add("the api is not consuming its topics");
    }
    SortedMap<String, Feed> feeds = feeds(state, feedNames, nowNs, staleAfterNs);
    feeds.forEach((name, feed) -> {
      if (!feed.fresh()) {
        problems.add(feed.ageMs() == null ? "feed " + name + ": nothing received since start"
            : "feed " + name + ": last record " + feed.ageMs() + " ms ago (stale after "
                + staleAfterNs / 1_000_000L + " ms)");
      }
    });
    PortfolioSnapshot p = state.portfolio();
    String trading = p == null ? "UNKNOWN" : p.gate().tradingState();
    List<String> breakers = p == null ? List.of()
        : p.gate().breakers().stream().map(GateStateSnapshot.BreakerTrip::breaker).toList();
    return new Health(problems.isEmpty() ? "ready" : "not_ready", List.copyOf(problems), kafkaDetails, feeds,
        trading, breakers);
  }

  /** An epoch-ns time as ISO-8601 UTC. */
  public static String iso(long tsNs) {
    return Instant.ofEpochSecond(Math.floorDiv(tsNs, 1_000_000_000L), Math.floorMod(tsNs, 1_000_000_000L))
        .toString();
  }

  private static <T> List<T> first(List<T> items, int limit) {
    return items.size() <= limit ? items : items.subList(0, limit);
  }
}
