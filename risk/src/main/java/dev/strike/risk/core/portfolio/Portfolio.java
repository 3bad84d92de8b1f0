package dev.strike.risk.core.portfolio;

import dev.strike.common.event.Action;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.OpenOrderSnapshot;
import dev.strike.common.event.OrderAccepted;
import dev.strike.common.event.OrderAmended;
import dev.strike.common.event.OrderCanceled;
import dev.strike.common.event.OrderEvent;
import dev.strike.common.event.OrderExpired;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.OrderRejected;
import dev.strike.common.event.OrderSubmitted;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.PositionSnapshot;
import dev.strike.common.event.Side;
import dev.strike.common.fee.KalshiFees;
import dev.strike.common.id.AccountId;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.PortfolioView;
import dev.strike.risk.core.PositionView;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The account folded from our fills ({@code trades}), order lifecycle ({@code orders.events}), settlements and the
 * books of the markets we hold: cash, positions with average cost and marks, realized and unrealized P&amp;L, fees,
 * cash reserved for live buy orders, exposure, the trading day's P&amp;L, peak equity and win/loss streaks.
 *
 * <p>Every fill is normalised to a buy: selling {@code q} contracts of a side at {@code p} has the same cash and
 * position effect as buying {@code q} of the other side at {@code $1 − p} (Kalshi nets YES against NO and pays $1 per
 * netted pair). A market therefore holds one side at a time. Entry fees go into a position's cost; fees of a closing
 * fill and settlement fees go into realized P&amp;L; so that at all times
 * {@code cash = starting cash + realized P&L − cost of open positions}. All arithmetic is exact and checked.
 *
 * <p>Not thread-safe: owned by the risk thread. Time comes only from the events.
 */
public final class Portfolio implements PortfolioView {
  private static final int REMEMBERED_FILLS = 100_000;

  private final AccountId account;
  private final MarketBoard board;
  private final TradingDay tradingDay;
  private final long approvalTimeoutNs;
  private final Money startingCash;
  private final TreeMap<MarketTicker, Position> positions = new TreeMap<>();
  private final TreeMap<ClientOrderId, OpenOrder> orders = new TreeMap<>();
  /**
   * The live orders' sums per market, kept with {@link #orders} by {@link #track}, so that the gate's questions
   * (pending quantity, reserved cash, exposure) cost O(1) or O(markets) instead of a scan of every live order: with
   * hundreds of orders in flight a scan per signal made risk the bottleneck of the pipeline.
   */
  private final HashMap<MarketTicker, MarketOrders> ordersByMarket = new HashMap<>();
  private long reservedTotal;
  /** No unconfirmed order was approved before this (a lower bound): {@link #advanceTo} scans only when one may expire. */
  private long earliestUnconfirmedNs = Long.MAX_VALUE;
  private final LinkedHashSet<String> seenFills = new LinkedHashSet<>();
  private long cash;
  private long realized;
  private long fees;
  private long peak;
  private long dayStartEquity;
  private long tradingDayStartNs;
  private int consecutiveLosses;
  private int consecutiveWins;
  private long wins;
  private long losses;
  private long duplicateFills;
  private long settlementMismatches;

  /**
   * An account that starts with {@code startingCash} and nothing else.
   *
   * @param approvalTimeoutNs how long an approved order may go unreported by execution before its reservation is
   *     released
   */
  public Portfolio(AccountId account, Money startingCash, MarketBoard board, TradingDay tradingDay,
      long approvalTimeoutNs) {
    if (approvalTimeoutNs <= 0) {
      throw new IllegalArgumentException("approvalTimeoutNs must be positive, got " + approvalTimeoutNs);
    }
    this.account = account;
    this.board = board;
    this.tradingDay = tradingDay;
    this.approvalTimeoutNs = approvalTimeoutNs;
    this.startingCash = startingCash;
    this.cash = startingCash.micros();
    this.peak = cash;
    this.dayStartEquity = cash;
  }

  /** A round trip that closed: the position went back to flat. */
  public record RoundTrip(MarketTicker ticker, Side side, Money pnl, long closedAtNs) {
    /** Whether it made money. */
    public boolean won() {
      return pnl.isPositive();
    }
  }

  // ---------------------------------------------------------------------------------------------------- inputs

  /**
   * Moves the portfolio's notion of time to {@code nowNs}: starts a new trading day when the boundary passed and
   * releases reservations of approvals that execution never reported.
   *
   * @return whether a new trading day started
   */
  public boolean advanceTo(long nowNs) {
    boolean newDay = false;
    long start = Math.max(0, tradingDay.startOf(nowNs)); // events near the epoch (tests) have no earlier day
    if (tradingDayStartNs == 0) {
      tradingDayStartNs = start;
    } else if (start > tradingDayStartNs) {
      tradingDayStartNs = start;
      dayStartEquity = equityMicros();
      newDay = true;
    }
    if (!orders.isEmpty() && earliestUnconfirmedNs != Long.MAX_VALUE
        && nowNs - earliestUnconfirmedNs > approvalTimeoutNs) {
      long earliest = Long.MAX_VALUE;
      for (Iterator<OpenOrder> it = orders.values().iterator(); it.hasNext(); ) {
        OpenOrder o = it.next();
        if (!o.confirmed && nowNs - o.approvedAtNs > approvalTimeoutNs) {
          it.remove();
          track(o, -1);
        } else if (!o.confirmed) {
          earliest = Math.min(earliest, o.approvedAtNs);
        }
      }
      earliestUnconfirmedNs = earliest;
    }
    return newDay;
  }

  /** Reserves cash for an order the gate just approved, until execution reports it. */
  public void onApproved(OrderIntent intent, long nowNs) {
    if (orders.containsKey(intent.clientOrderId())) {
      return;
    }
    OpenOrder order = new OpenOrder(intent.clientOrderId(), intent.intentId(), intent.strategy(), intent.ticker(),
        intent.side(), intent.action(), intent.limitPrice(), intent.qty().hundredths(), false, nowNs);
    order.reprice(this);
    putOrder(order);
  }

  /** Applies a step of an order's life. */
  public void onOrderEvent(OrderEvent event) {
    OpenOrder order = orders.get(event.clientOrderId());
    if (event instanceof OrderSubmitted submitted) {
      if (order == null) {
        order = new OpenOrder(submitted.clientOrderId(), submitted.intentId(), submitted.strategy(),
            submitted.ticker(), submitted.side(), submitted.action(), submitted.limitPrice(),
            submitted.qty().hundredths(), true, submitted.tsEvent());
        order.reprice(this);
        putOrder(order);
      } else {
        order.confirmed = true;
      }
    } else if (order == null) {
      return; // finished already, or never ours to count
    } else if (event instanceof OrderAccepted) {
      order.confirmed = true;
    } else if (event instanceof OrderAmended amended) {
      order.confirmed = true;
      track(order, -1);
      order.limitPrice = amended.limitPrice();
      order.remaining = amended.restingQty().hundredths();
      if (order.remaining <= 0) {
        orders.remove(order.clientOrderId);
      } else {
        order.reprice(this);
        track(order, 1);
      }
    } else if (event instanceof OrderCanceled || event instanceof OrderExpired || event instanceof OrderRejected) {
      removeOrder(order);
    }
  }

  /**
   * Applies one of our fills. A fill seen before (same trade and order) changes nothing.
   *
   * @return the round trip it closed, or null
   */
  public @Nullable RoundTrip onFill(Fill fill) {
    String key = fill.tradeId().value() + "|" + fill.clientOrderId().value();
    if (!seenFills.add(key)) {
      duplicateFills++;
      return null;
    }
    if (seenFills.size() > REMEMBERED_FILLS) {
      Iterator<String> oldest = seenFills.iterator();
      oldest.next();
      oldest.remove();
    }
    OpenOrder order = orders.get(fill.clientOrderId());
    if (order != null) {
      track(order, -1);
      order.remaining -= fill.qty().hundredths();
      if (order.remaining <= 0) {
        orders.remove(order.clientOrderId);
      } else {
        order.reprice(this);
        track(order, 1);
      }
    }
    boolean buy = fill.action() == Action.BUY;
    Side side = buy ? fill.side() : fill.side().opposite();
    Price price = buy ? fill.price() : fill.price().complement();
    return buy(fill.ticker(), side, price, fill.qty().hundredths(), fill.fee().micros(), fill.tsEvent());
  }

  /**
   * Applies a settlement: the position in the market closes at the venue's payout.
   *
   * @return the round trip it closed, or null when we held nothing there
   */
  public @Nullable RoundTrip onSettled(MarketSettled settled) {
    for (Iterator<OpenOrder> it = orders.values().iterator(); it.hasNext(); ) {
      OpenOrder o = it.next();
      if (o.ticker.equals(settled.ticker())) {
        it.remove();
        track(o, -1);
      }
    }
    long payout = settled.payout().micros();
    long fee = settled.fee().micros();
    cash = Math.addExact(cash, payout - fee);
    fees = Math.addExact(fees, fee);
    Position position = positions.remove(settled.ticker());
    if (position == null) {
      realized = Math.addExact(realized, payout - fee);
      updatePeak();
      return null;
    }
    Price perContract = position.side == Side.YES ? settled.yesPayout() : settled.yesPayout().complement();
    long expected = perContract.notional(Qty.ofHundredths(position.qty), RoundingMode.DOWN).micros();
    if (expected != payout) {
      settlementMismatches++;
    }
    long pnl = payout - fee - position.cost;
    realized = Math.addExact(realized, pnl);
    position.realized = Math.addExact(position.realized, pnl);
    updatePeak();
    return closeRoundTrip(position, settled.ticker(), settled.tsEvent());
  }

  /** Re-marks the position in {@code ticker} after its book changed. */
  public void onBookChanged(MarketTicker ticker) {
    Position position = positions.get(ticker);
    if (position == null) {
      return;
    }
    Price bid = board.bestBid(ticker, position.side);
    if (bid != null) {
      position.mark(bid);
      updatePeak();
    }
  }

  private @Nullable RoundTrip buy(MarketTicker ticker, Side side, Price price, long qty, long fee, long tsEvent) {
    Position position = positions.get(ticker);
    long closeQty = position == null || position.side == side ? 0 : Math.min(qty, position.qty);
    long openQty = qty - closeQty;
    long pay = price.notional(Qty.ofHundredths(qty), RoundingMode.UP).micros();
    long payClose = price.notional(Qty.ofHundredths(closeQty), RoundingMode.UP).micros();
    long feeClose = qty == 0 ? 0 : Math.multiplyExact(fee, closeQty) / qty;
    long netted = Price.ONE.notional(Qty.ofHundredths(closeQty)).micros();
    cash = Math.addExact(cash, Math.addExact(netted, -Math.addExact(pay, fee)));
    fees = Math.addExact(fees, fee);
    RoundTrip closed = null;
    if (closeQty > 0) {
      long costPortion = closeQty == position.qty ? position.cost
          : Math.multiplyExact(position.cost, closeQty) / position.qty;
      long pnl = netted - payClose - costPortion - feeClose;
      realized = Math.addExact(realized, pnl);
      position.realized = Math.addExact(position.realized, pnl);
      position.cost -= costPortion;
      position.qty -= closeQty;
      if (position.qty == 0) {
        positions.remove(ticker);
        closed = closeRoundTrip(position, ticker, tsEvent);
      }
    }
    if (openQty > 0) {
      Position opened = positions.get(ticker);
      if (opened == null) {
        MarketInfo info = board.info(ticker);
        opened = new Position(eventOf(ticker, info), seriesOf(ticker, info), side, tsEvent);
        positions.put(ticker, opened);
      }
      opened.qty = Math.addExact(opened.qty, openQty);
      opened.cost = Math.addExact(opened.cost, Math.addExact(pay - payClose, fee - feeClose));
      Price bid = board.bestBid(ticker, side);
      if (bid != null) {
        opened.mark(bid);
      } else if (opened.mark == null) {
        opened.mark(price); // no book yet: the price we paid is the best mark we have
      }
    }
    updatePeak();
    return closed;
  }

  private RoundTrip closeRoundTrip(Position position, MarketTicker ticker, long tsEvent) {
    RoundTrip trip = new RoundTrip(ticker, position.side, Money.ofMicros(position.realized), tsEvent);
    if (trip.won()) {
      wins++;
      consecutiveWins++;
      consecutiveLosses = 0;
    } else {
      losses++;
      consecutiveLosses++;
      consecutiveWins = 0;
    }
    return trip;
  }

  private void updatePeak() {
    long equity = equityMicros();
    if (equity > peak) {
      peak = equity;
    }
  }

  private long equityMicros() {
    long value = cash;
    for (Position position : positions.values()) {
      value = Math.addExact(value, position.markValue());
    }
    return value;
  }

  static EventTicker eventOf(MarketTicker ticker, @Nullable MarketInfo info) {
    if (info != null) {
      return info.eventTicker();
    }
    String value = ticker.value();
    int dash = value.lastIndexOf('-');
    return EventTicker.of(dash > 0 ? value.substring(0, dash) : value);
  }

  static SeriesTicker seriesOf(MarketTicker ticker, @Nullable MarketInfo info) {
    if (info != null) {
      return info.seriesTicker();
    }
    String value = ticker.value();
    int dash = value.indexOf('-');
    return SeriesTicker.of(dash > 0 ? value.substring(0, dash) : value);
  }

  // ---------------------------------------------------------------------------------------------------- view

  @Override
  public Money cash() {
    return Money.ofMicros(cash);
  }

  @Override
  public Money reservedCash() {
    return Money.ofMicros(reservedTotal);
  }

  @Override
  public Money equity() {
    return Money.ofMicros(equityMicros());
  }

  @Override
  public Money peakEquity() {
    return Money.ofMicros(peak);
  }

  @Override
  public Money dayStartEquity() {
    return Money.ofMicros(dayStartEquity);
  }

  @Override
  public Money realizedPnl() {
    return Money.ofMicros(realized);
  }

  /** Mark value minus cost over every open position. */
  public Money unrealizedPnl() {
    long total = 0;
    for (Position position : positions.values()) {
      total = Math.addExact(total, position.markValue() - position.cost);
    }
    return Money.ofMicros(total);
  }

  @Override
  public Money fees() {
    return Money.ofMicros(fees);
  }

  @Override
  public int consecutiveLosses() {
    return consecutiveLosses;
  }

  @Override
  public int consecutiveWins() {
    return consecutiveWins;
  }

  /** Round trips closed with a profit. */
  public long wins() {
    return wins;
  }

  /** Round trips closed without one. */
  public long losses() {
    return losses;
  }

  /** When the current trading day started, epoch ns (0 before the first event). */
  public long tradingDayStartNs() {
    return tradingDayStartNs;
  }

  /** The cash the account started with. */
  public Money startingCash() {
    return startingCash;
  }

  /** Fills dropped because they were seen before. */
  public long duplicateFills() {
    return duplicateFills;
  }

  /** Settlements whose payout differed from what our position should have been paid. */
  public long settlementMismatches() {
    return settlementMismatches;
  }

  @Override
  public @Nullable PositionView position(MarketTicker ticker) {
    Position position = positions.get(ticker);
    return position == null ? null : position.view(ticker);
  }

  @Override
  public Qty pendingBuyQty(MarketTicker ticker, Side side) {
    MarketOrders m = ordersByMarket.get(ticker);
    return Qty.ofHundredths(m == null ? 0 : side == Side.YES ? m.buyYes : m.buyNo);
  }

  @Override
  public Qty pendingReduceQty(MarketTicker ticker, Side side) {
    MarketOrders m = ordersByMarket.get(ticker);
    if (m == null) {
      return Qty.ZERO;
    }
    // a sell of the side, or a buy of the other side, reduces a position in the side
    return Qty.ofHundredths(side == Side.YES ? Math.addExact(m.sellYes, m.buyNo) : Math.addExact(m.sellNo, m.buyYes));
  }

  @Override
  public List<PositionView> positions() {
    List<PositionView> out = new ArrayList<>(positions.size());
    positions.forEach((ticker, position) -> out.add(position.view(ticker)));
    return out;
  }

  @Override
  public int openPositionCount() {
    int count = positions.size();
    for (Map.Entry<MarketTicker, MarketOrders> market : ordersByMarket.entrySet()) {
      if (market.getValue().buys > 0 && !positions.containsKey(market.getKey())) {
        count++;
      }
    }
    return count;
  }

  /** Whether a buy order of ours is live in {@code ticker}. */
  public boolean hasOpenBuy(MarketTicker ticker) {
    MarketOrders m = ordersByMarket.get(ticker);
    return m != null && m.buys > 0;
  }

  /** The number of live orders (approved or resting). */
  public int openOrderCount() {
    return orders.size();
  }

  @Override
  public Money exposureOfMarket(MarketTicker ticker) {
    long total = 0;
    Position position = positions.get(ticker);
    if (position != null) {
      total = position.cost;
    }
    MarketOrders m = ordersByMarket.get(ticker);
    if (m != null) {
      total = Math.addExact(total, m.reserved);
    }
    return Money.ofMicros(total);
  }

  @Override
  public Money exposureOfEvent(EventTicker event) {
    return exposureOf(ticker -> eventOf(ticker, board.info(ticker)).equals(event));
  }

  @Override
  public Money exposureOfSeries(SeriesTicker series) {
    return exposureOf(ticker -> seriesOf(ticker, board.info(ticker)).equals(series));
  }

  /** Cost of the positions plus cash reserved by the orders of the markets {@code inScope} accepts. */
  private Money exposureOf(java.util.function.Predicate<MarketTicker> inScope) {
    long total = 0;
    for (Map.Entry<MarketTicker, Position> held : positions.entrySet()) {
      if (inScope.test(held.getKey())) {
        total = Math.addExact(total, held.getValue().cost);
      }
    }
    for (Map.Entry<MarketTicker, MarketOrders> market : ordersByMarket.entrySet()) {
      if (inScope.test(market.getKey())) {
        total = Math.addExact(total, market.getValue().reserved);
      }
    }
    return Money.ofMicros(total);
  }

  @Override
  public Money totalExposure() {
    long total = 0;
    for (Position position : positions.values()) {
      total = Math.addExact(total, position.cost);
    }
    return Money.ofMicros(Math.addExact(total, reservedTotal));
  }

  // ---------------------------------------------------------------------------------------------------- snapshot

  /**
   * The portfolio as a snapshot, with the gate's parts the caller adds.
   *
   * @param rest fills in the fields this class does not own (offsets, gate state, pending exits, times)
   */
  public PortfolioSnapshot snapshot(SnapshotRest rest) {
    List<PositionSnapshot> held = new ArrayList<>(positions.size());
    positions.forEach((ticker, p) -> held.add(new PositionSnapshot(ticker, p.event, p.series, p.side,
        Qty.ofHundredths(p.qty), Money.ofMicros(p.cost), Money.ofMicros(p.realized), p.mark, p.highWaterMark,
        p.openedAtNs)));
    List<OpenOrderSnapshot> open = new ArrayList<>(orders.size());
    for (OpenOrder o : orders.values()) {
      open.add(new OpenOrderSnapshot(o.clientOrderId, o.intentId, o.strategy, o.ticker, o.side, o.action,
          o.limitPrice, Qty.ofHundredths(o.remaining), Money.ofMicros(o.reserved), o.confirmed, o.approvedAtNs));
    }
    return new PortfolioSnapshot(account, cash(), reservedCash(), realizedPnl(), fees(), peakEquity(), held,
        rest.inputOffsets(), dayStartEquity(), tradingDayStartNs, consecutiveLosses, consecutiveWins, wins, losses,
        open, board.markets(), board.books(rest.tsEvent()), rest.gate(), rest.pendingExits(), rest.signalClockNs(),
        rest.tsEvent(), rest.tsInit());
  }

  /** What a {@link PortfolioSnapshot} holds beyond the portfolio itself. */
  public record SnapshotRest(java.util.SortedMap<String, Long> inputOffsets,
      dev.strike.common.event.GateStateSnapshot gate, java.util.SortedMap<String, Long> pendingExits,
      long signalClockNs, long tsEvent, long tsInit) {}

  /** Replaces this portfolio's state (and the board's markets and books) with {@code snapshot}'s. */
  public void restore(PortfolioSnapshot snapshot) {
    board.restore(snapshot.markets(), snapshot.books());
    positions.clear();
    orders.clear();
    ordersByMarket.clear();
    reservedTotal = 0;
    earliestUnconfirmedNs = Long.MAX_VALUE;
    seenFills.clear();
    cash = snapshot.cash().micros();
    realized = snapshot.realizedPnl().micros();
    fees = snapshot.fees().micros();
    peak = snapshot.peakEquity().micros();
    dayStartEquity = snapshot.dayStartEquity().micros();
    tradingDayStartNs = snapshot.tradingDayStartNs();
    consecutiveLosses = snapshot.consecutiveLosses();
    consecutiveWins = snapshot.consecutiveWins();
    wins = snapshot.wins();
    losses = snapshot.losses();
    for (PositionSnapshot p : snapshot.positions()) {
      Position position = new Position(p.eventTicker(), p.seriesTicker(), p.side(), p.openedAtNs());
      position.qty = p.qty().hundredths();
      position.cost = p.cost().micros();
      position.realized = p.realizedPnl().micros();
      position.mark = p.mark();
      position.highWaterMark = p.highWaterMark();
      positions.put(p.ticker(), position);
    }
    for (OpenOrderSnapshot o : snapshot.openOrders()) {
      OpenOrder order = new OpenOrder(o.clientOrderId(), o.intentId(), o.strategy(), o.ticker(), o.side(),
          o.action(), o.limitPrice(), o.remainingQty().hundredths(), o.confirmed(), o.approvedAtNs());
      order.reserved = o.reserved().micros();
      putOrder(order);
    }
  }

  /** Cash held for a buy of {@code qty} at {@code limit} in {@code ticker}: notional plus the taker fee. */
  Money reservationFor(MarketTicker ticker, Price limit, Qty qty) {
    long notional = limit.notional(qty, RoundingMode.UP).micros();
    MarketInfo info = board.info(ticker);
    long fee = 0;
    if (info != null) {
      KalshiFees schedule = KalshiFees.of(info.feeType(), info.feeMultiplier());
      if (schedule.isKnown()) {
        fee = schedule.orderFee(limit, qty, false).micros();
      }
    }
    return Money.ofMicros(Math.addExact(notional, fee));
  }

  /** Held contracts of one market. */
  private static final class Position {
    final EventTicker event;
    final SeriesTicker series;
    final Side side;
    final long openedAtNs;
    long qty;
    long cost;
    long realized;
    @Nullable Price mark;
    @Nullable Price highWaterMark;

    Position(EventTicker event, SeriesTicker series, Side side, long openedAtNs) {
      this.event = event;
      this.series = series;
      this.side = side;
      this.openedAtNs = openedAtNs;
    }

    void mark(Price price) {
      mark = price;
      if (highWaterMark == null || price.isAbove(highWaterMark)) {
        highWaterMark = price;
      }
    }

    long markValue() {
      Price m = mark != null ? mark : Price.ZERO;
      return m.notional(Qty.ofHundredths(qty), RoundingMode.DOWN).micros();
    }

    PositionView view(MarketTicker ticker) {
      PositionView raw = new PositionView(ticker, event, series, side, Qty.ofHundredths(qty), Money.ofMicros(cost),
          Price.ZERO, Price.ZERO, openedAtNs);
      Price m = mark != null ? mark : raw.averageCost();
      Price hwm = highWaterMark != null ? highWaterMark : m;
      return new PositionView(ticker, event, series, side, Qty.ofHundredths(qty), Money.ofMicros(cost), m, hwm,
          openedAtNs);
    }
  }

  private void putOrder(OpenOrder order) {
    OpenOrder replaced = orders.put(order.clientOrderId, order);
    if (replaced != null) {
      track(replaced, -1);
    }
    track(order, 1);
    if (!order.confirmed) {
      earliestUnconfirmedNs = Math.min(earliestUnconfirmedNs, order.approvedAtNs);
    }
  }

  private void removeOrder(OpenOrder order) {
    if (orders.remove(order.clientOrderId) != null) {
      track(order, -1);
    }
  }

  /** Adds ({@code sign} 1) or takes away (-1) what {@code order} counts in the per-market sums. */
  private void track(OpenOrder order, int sign) {
    MarketOrders m = ordersByMarket.computeIfAbsent(order.ticker, t -> new MarketOrders());
    long remaining = sign * order.remaining;
    if (order.action == Action.BUY) {
      if (order.side == Side.YES) {
        m.buyYes = Math.addExact(m.buyYes, remaining);
      } else {
        m.buyNo = Math.addExact(m.buyNo, remaining);
      }
      m.buys += sign;
    } else if (order.side == Side.YES) {
      m.sellYes = Math.addExact(m.sellYes, remaining);
    } else {
      m.sellNo = Math.addExact(m.sellNo, remaining);
    }
    m.reserved = Math.addExact(m.reserved, sign * order.reserved);
    m.orders += sign;
    reservedTotal = Math.addExact(reservedTotal, sign * order.reserved);
    if (m.orders == 0) {
      ordersByMarket.remove(order.ticker);
    }
  }

  /** The live orders of one market, summed: remaining hundredths by action and side, reserved cash, counts. */
  private static final class MarketOrders {
    long buyYes;
    long buyNo;
    long sellYes;
    long sellNo;
    long reserved;
    int buys;
    int orders;
  }

  /** A live order and the cash it holds. */
  private static final class OpenOrder {
    final ClientOrderId clientOrderId;
    final IntentId intentId;
    final StrategyId strategy;
    final MarketTicker ticker;
    final Side side;
    final Action action;
    final long approvedAtNs;
    Price limitPrice;
    long remaining;
    long reserved;
    boolean confirmed;

    OpenOrder(ClientOrderId clientOrderId, IntentId intentId, StrategyId strategy, MarketTicker ticker, Side side,
        Action action, Price limitPrice, long remaining, boolean confirmed, long approvedAtNs) {
      this.clientOrderId = clientOrderId;
      this.intentId = intentId;
      this.strategy = strategy;
      this.ticker = ticker;
      this.side = side;
      this.action = action;
      this.limitPrice = limitPrice;
      this.remaining = remaining;
      this.confirmed = confirmed;
      this.approvedAtNs = approvedAtNs;
    }

    void reprice(Portfolio portfolio) {
      reserved = action == Action.BUY
          ? portfolio.reservationFor(ticker, limitPrice, Qty.ofHundredths(remaining)).micros() : 0;
    }
  }

  /** For tests: the open orders by client order id. */
  Map<ClientOrderId, Long> reservations() {
    Map<ClientOrderId, Long> out = new TreeMap<>();
    orders.forEach((id, o) -> out.put(id, o.reserved));
    return out;
  }
}
