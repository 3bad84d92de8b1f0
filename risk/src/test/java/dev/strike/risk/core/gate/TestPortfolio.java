package dev.strike.risk.core.gate;

import dev.strike.common.event.Side;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.PortfolioView;
import dev.strike.risk.core.PositionView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A portfolio made of plain values. Exposure, reserved cash and open markets are derived from the positions and the
 * pending buys, so they are always consistent with them.
 */
record TestPortfolio(Money cash, Money equity, Money peakEquity, Money dayStartEquity, int consecutiveLosses,
    List<PositionView> positions, List<Pending> pendings) implements PortfolioView {

  /** A resting or approved buy: its remaining quantity and the cash it reserves (limit × qty + max fee). */
  record Pending(MarketTicker ticker, EventTicker event, SeriesTicker series, Side side, Qty qty, Money reserved) {}

  TestPortfolio {
    positions = positions.stream().sorted(Comparator.comparing(PositionView::ticker)).toList();
    pendings = List.copyOf(pendings);
  }

  /** No positions, {@code dollars} of cash and equity, at the peak, at the start of the day. */
  static TestPortfolio flat(String dollars) {
    Money cash = Money.parse(dollars);
    return new TestPortfolio(cash, cash, cash, cash, 0, List.of(), List.of());
  }

  TestPortfolio withCash(Money value) {
    return new TestPortfolio(value, equity, peakEquity, dayStartEquity, consecutiveLosses, positions, pendings);
  }

  TestPortfolio withEquity(Money value) {
    return new TestPortfolio(cash, value, peakEquity, dayStartEquity, consecutiveLosses, positions, pendings);
  }

  TestPortfolio withPeakEquity(Money value) {
    return new TestPortfolio(cash, equity, value, dayStartEquity, consecutiveLosses, positions, pendings);
  }

  TestPortfolio withDayStartEquity(Money value) {
    return new TestPortfolio(cash, equity, peakEquity, value, consecutiveLosses, positions, pendings);
  }

  TestPortfolio withConsecutiveLosses(int value) {
    return new TestPortfolio(cash, equity, peakEquity, dayStartEquity, value, positions, pendings);
  }

  /** Adds a position bought at {@code price} (its cost is price × qty). */
  TestPortfolio withPosition(MarketTicker ticker, EventTicker event, SeriesTicker series, Side side, Qty qty,
      Price price) {
    List<PositionView> next = new ArrayList<>(positions);
    next.add(new PositionView(ticker, event, series, side, qty, price.notional(qty, java.math.RoundingMode.UP), price,
        price, 1L));
    return new TestPortfolio(cash, equity, peakEquity, dayStartEquity, consecutiveLosses, next, pendings);
  }

  TestPortfolio withPending(Pending pending) {
    List<Pending> next = new ArrayList<>(pendings);
    next.add(pending);
    return new TestPortfolio(cash, equity, peakEquity, dayStartEquity, consecutiveLosses, positions, next);
  }

  @Override
  public Money reservedCash() {
    return pendings.stream().map(Pending::reserved).reduce(Money.ZERO, Money::plus);
  }

  @Override
  public Money realizedPnl() {
    return Money.ZERO;
  }

  @Override
  public Money fees() {
    return Money.ZERO;
  }

  @Override
  public int consecutiveWins() {
    return 0;
  }

  @Override
  public PositionView position(MarketTicker ticker) {
    return positions.stream().filter(p -> p.ticker().equals(ticker)).findFirst().orElse(null);
  }

  @Override
  public Qty pendingBuyQty(MarketTicker ticker, Side side) {
    return pendings.stream().filter(p -> p.ticker().equals(ticker) && p.side() == side).map(Pending::qty)
        .reduce(Qty.ZERO, Qty::plus);
  }

  @Override
  public int openPositionCount() {
    TreeSet<MarketTicker> open = new TreeSet<>();
    positions.forEach(p -> open.add(p.ticker()));
    pendings.forEach(p -> open.add(p.ticker()));
    return open.size();
  }

  @Override
  public Money exposureOfMarket(MarketTicker ticker) {
    return exposure(p -> p.ticker().equals(ticker), p -> p.ticker().equals(ticker));
  }

  @Override
  public Money exposureOfEvent(EventTicker event) {
    return exposure(p -> p.event().equals(event), p -> p.event().equals(event));
  }

  @Override
  public Money exposureOfSeries(SeriesTicker series) {
    return exposure(p -> p.series().equals(series), p -> p.series().equals(series));
  }

  @Override
  public Money totalExposure() {
    return exposure(p -> true, p -> true);
  }

  private Money exposure(Predicate<PositionView> position, Predicate<Pending> pending) {
    Money held = positions.stream().filter(position).map(PositionView::cost).reduce(Money.ZERO, Money::plus);
    return pendings.stream().filter(pending).map(Pending::reserved).reduce(held, Money::plus);
  }
}
