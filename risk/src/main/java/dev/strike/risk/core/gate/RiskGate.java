package dev.strike.risk.core.gate;

import dev.strike.common.event.Action;
import dev.strike.common.event.DenialReason;
import dev.strike.common.event.DenialReason.BreakerOpen;
import dev.strike.common.event.DenialReason.ConfidenceBelowMinimum;
import dev.strike.common.event.DenialReason.CooldownActive;
import dev.strike.common.event.DenialReason.EdgeBelowMinimum;
import dev.strike.common.event.DenialReason.MarketDataUnavailable;
import dev.strike.common.event.DenialReason.MarketNotTradable;
import dev.strike.common.event.DenialReason.MaxConcurrentPositionsReached;
import dev.strike.common.event.DenialReason.OrderRateExceeded;
import dev.strike.common.event.DenialReason.OutsideTimeToCloseWindow;
import dev.strike.common.event.DenialReason.PriceOutsideClamp;
import dev.strike.common.event.DenialReason.SeriesNotAllowed;
import dev.strike.common.event.DenialReason.SignalExpired;
import dev.strike.common.event.DenialReason.SizeBelowMinimum;
import dev.strike.common.event.DenialReason.StrategyNotAllowed;
import dev.strike.common.event.DenialReason.TradingPaused;
import dev.strike.common.event.GateStateSnapshot.BreakerTrip;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.fee.KalshiFees;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.PortfolioView;
import dev.strike.risk.core.PositionView;
import dev.strike.risk.core.gate.GateResult.Approved;
import dev.strike.risk.core.gate.GateResult.Denied;
import dev.strike.risk.core.gate.GateState.TradingState;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The one place a signal becomes an order or is refused. Pure: it reads the signal, the market, the portfolio, the
 * gate state and the limits, and changes none of them (the shell records an approval with
 * {@link GateState#onApproved}).
 *
 * <p>Every check runs, and a denial lists every one that failed, with its numbers, in this order:
 *
 * <ol>
 *   <li>trading state: halted refuses everything; paused refuses entries and quotes;
 *   <li>breakers: a tripped breaker ({@code BreakerOpen}) or one whose limit is reached but that the shell has not
 *       tripped yet refuses entries and quotes;
 *   <li>the signal's time to live; the market (unknown, or not open for trading);
 *   <li>entries and quotes only: strategy switched off or not allowed, series not allowed, time to close, edge after
 *       fees, confidence, price clamp on the limit price, order rate per minute, hour and day (approved orders with
 *       an event time in {@code (nowNs − window, nowNs]}, refused once they reach the cap), cooldown of
 *       {@code ticker|side|action} (refused while its end is after {@code nowNs}), concurrent positions;
 *   <li>entries and quotes only, sizing: the Kelly size capped by max order size and notional, max position, free
 *       cash, and total, event and series exposure; below the minimum order it is refused with the limits that
 *       bound it.
 * </ol>
 *
 * <p><b>Exits</b> ({@link SignalKind#EXIT}, or a sell of the side held) only face the halt, the time to live and the
 * market checks, and are sized to the held quantity: reduce-only. An exit with no position to reduce is refused
 * with {@code SizeBelowMinimum(0, 0.01)}.
 *
 * <p><b>Entries</b>: a buy of side S at price c; a sell of a side not held opens the other side, so it is sized as
 * a buy of the opposite side at {@code 1 − c} with probability {@code 1 − p}. A buy against an opposite position is
 * counted as a fresh position of S, without credit for the netting (conservative). Money at risk (exposure and cash)
 * counts the order's cost at its limit price plus its taker fee ({@link KalshiFees}, rounded up to the cent);
 * entries are whole contracts.
 *
 * <p>Stateless and thread-safe; all times are epoch nanoseconds of event time.
 */
public final class RiskGate {
  private static final long MINUTE_NS = 60_000_000_000L;
  private static final long HOUR_NS = 60 * MINUTE_NS;
  private static final long DAY_NS = 24 * HOUR_NS;
  /** The smallest exit: anything held can be sold. */
  private static final Qty SMALLEST_EXIT = Qty.ofHundredths(1);

  private final Breakers breakers = new Breakers();

  /** A gate; it holds no state. */
  public RiskGate() {}

  /**
   * Decides one signal.
   *
   * @param signal the signal to decide
   * @param market the latest market info of the signal's ticker, or null if none has been seen (then refused)
   * @param portfolio the account as of this decision
   * @param state the gate's state; only read
   * @param limits the limits in force (base limits with the runtime overrides applied)
   * @param nowNs the decision's event time, epoch ns
   * @return the approved size and price, or every reason for refusing
   */
  public GateResult check(Signal signal, @Nullable MarketInfo market, PortfolioView portfolio, GateState state,
      RiskLimits limits, long nowNs) {
    List<DenialReason> reasons = new ArrayList<>();
    PositionView held = portfolio.position(signal.ticker());
    boolean exit = isExit(signal, held);

    if (state.tradingState() == TradingState.HALTED) {
      reasons.add(new TradingPaused("halted: " + reasonOf(state)));
    }
    if (!exit) {
      if (state.tradingState() == TradingState.PAUSED) {
        reasons.add(new TradingPaused("paused: " + reasonOf(state)));
      }
      for (BreakerTrip trip : state.trippedBreakers()) {
        reasons.add(new BreakerOpen(trip.breaker(), trip.trippedAtNs()));
      }
      reasons.addAll(breakers.wouldTrip(portfolio, limits, state));
    }
    if (signal.expiresAtNs() < nowNs) {
      reasons.add(new SignalExpired(signal.expiresAtNs(), nowNs));
    }
    if (market == null) {
      reasons.add(new MarketDataUnavailable("market info of " + signal.ticker()));
    } else if (!market.status().isTradable()) {
      reasons.add(new MarketNotTradable(market.status()));
    }
    if (exit) {
      return decideExit(signal, held, portfolio, reasons);
    }

    checkEntry(signal, market, portfolio, state, limits, nowNs, held, reasons);
    EntrySizing sizing = null;
    if (market != null) {
      KalshiFees fees = KalshiFees.of(market.feeType(), market.feeMultiplier());
      if (fees.isKnown()) {
        sizing = EntrySizing.of(signal, market, portfolio, limits, fees);
        reasons.addAll(sizing.denials());
      } else {
        reasons.add(new MarketDataUnavailable("fee schedule " + market.feeType() + " of " + signal.ticker()));
      }
    }
    if (!reasons.isEmpty() || sizing == null) {
      return new Denied(reasons);
    }
    return new Approved(sizing.qty(), signal.limitPrice(), sizing.describe());
  }

  /** Whether {@code signal} leaves a position rather than opening or adding to one. */
  static boolean isExit(Signal signal, @Nullable PositionView held) {
    return signal.kind() == SignalKind.EXIT
        || (signal.action() == Action.SELL && held != null && held.side() == signal.side());
  }

  private static GateResult decideExit(Signal signal, @Nullable PositionView held, PortfolioView portfolio,
      List<DenialReason> reasons) {
    // a sell of the held side, or a buy of the other side, reduces the position; anything else has nothing to reduce.
    // Contracts that live reducing orders may still sell are not offered twice.
    Side reduces = signal.action() == Action.SELL ? signal.side() : signal.side().opposite();
    Qty free = Qty.ZERO;
    if (held != null && held.side() == reduces) {
      Qty pending = portfolio.pendingReduceQty(signal.ticker(), reduces);
      free = pending.compareTo(held.qty()) >= 0 ? Qty.ZERO : held.qty().minus(pending);
    }
    if (free.isZero()) {
      reasons.add(new SizeBelowMinimum(Qty.ZERO, SMALLEST_EXIT));
    }
    if (!reasons.isEmpty()) {
      return new Denied(reasons);
    }
    return new Approved(free, signal.limitPrice(), "exit: reduce-only, " + signal.action().name().toLowerCase(
        java.util.Locale.ROOT) + " " + signal.side() + " closes " + free + " of the " + held.qty() + " "
        + held.side() + " held");
  }

  private static void checkEntry(Signal signal, @Nullable MarketInfo market, PortfolioView portfolio,
      GateState state, RiskLimits limits, long nowNs, @Nullable PositionView held, List<DenialReason> reasons) {
    if (!state.isStrategyEnabled(signal.strategy())
        || (!limits.allowedStrategies().isEmpty() && !limits.allowedStrategies().contains(signal.strategy()))) {
      reasons.add(new StrategyNotAllowed(signal.strategy()));
    }
    if (market != null) {
      if (!limits.allowedSeries().isEmpty() && !limits.allowedSeries().contains(market.seriesTicker())) {
        reasons.add(new SeriesNotAllowed(market.seriesTicker()));
      }
      long timeToCloseNs = Math.subtractExact(market.closeTimeNs(), nowNs);
      if (timeToCloseNs < limits.minTimeToCloseNs() || timeToCloseNs > limits.maxTimeToCloseNs()) {
        reasons.add(new OutsideTimeToCloseWindow(timeToCloseNs, limits.minTimeToCloseNs(),
            limits.maxTimeToCloseNs()));
      }
    }
    if (signal.edgeAfterFees().compareTo(limits.minEdge()) < 0) {
      reasons.add(new EdgeBelowMinimum(signal.edgeAfterFees(), limits.minEdge()));
    }
    if (signal.confidence() < limits.minConfidence()) {
      reasons.add(new ConfidenceBelowMinimum(signal.confidence(), limits.minConfidence()));
    }
    if (signal.limitPrice().isBelow(limits.minPrice()) || signal.limitPrice().isAbove(limits.maxPrice())) {
      reasons.add(new PriceOutsideClamp(signal.limitPrice(), limits.minPrice(), limits.maxPrice()));
    }
    rate(reasons, "minute", limits.maxOrdersPerMinute(), state.ordersSince(nowNs - MINUTE_NS));
    rate(reasons, "hour", limits.maxOrdersPerHour(), state.ordersSince(nowNs - HOUR_NS));
    rate(reasons, "day", limits.maxOrdersPerDay(), state.ordersSince(nowNs - DAY_NS));
    OptionalLong cooldownUntil = state.cooldownUntil(signal.ticker(), signal.side(), signal.action());
    if (cooldownUntil.isPresent() && cooldownUntil.getAsLong() > nowNs) {
      reasons.add(new CooldownActive(cooldownUntil.getAsLong()));
    }
    boolean newMarket = held == null && portfolio.pendingBuyQty(signal.ticker(), Side.YES).isZero()
        && portfolio.pendingBuyQty(signal.ticker(), Side.NO).isZero();
    if (newMarket && portfolio.openPositionCount() >= limits.maxConcurrentPositions()) {
      reasons.add(new MaxConcurrentPositionsReached(limits.maxConcurrentPositions(), portfolio.openPositionCount()));
    }
  }

  private static void rate(List<DenialReason> reasons, String window, int limit, int recent) {
    if (recent >= limit) {
      reasons.add(new OrderRateExceeded(window, limit, recent));
    }
  }

  private static String reasonOf(GateState state) {
    String reason = state.tradingReason();
    return reason == null ? "no reason given" : reason;
  }
}
