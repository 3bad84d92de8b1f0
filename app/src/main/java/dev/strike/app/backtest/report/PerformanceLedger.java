package dev.strike.app.backtest.report;

import dev.strike.app.backtest.core.EquityPoint;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.money.Money;
import java.util.List;

/**
 * The backtest report's trade accounting and equity statistics for a live account: fills and settlements are folded
 * as they arrive (FIFO lots and round trips exactly as {@link BacktestReport} counts them), and {@link #figures}
 * computes the headline numbers over an equity curve the caller keeps. Pure; not thread-safe (one writer).
 */
public final class PerformanceLedger {
  private final TradeLedger ledger = new TradeLedger();

  /** Folds one of our fills, in the order they happened. */
  public void onFill(Fill fill) {
    ledger.onFill(fill);
  }

  /** Folds a settlement of a market we may hold. */
  public void onSettled(MarketSettled settled) {
    ledger.onSettled(settled);
  }

  /**
   * The headline figures.
   *
   * @param startingCash the account's cash before its first trade (the base of the total return and of drawdown)
   * @param equity the equity curve, oldest first; its last point is the current equity
   */
  public Figures figures(Money startingCash, List<EquityPoint> equity) {
    Money finalEquity = equity.isEmpty() ? startingCash : equity.get(equity.size() - 1).equity();
    Money pnl = finalEquity.minus(startingCash);
    double totalReturn = startingCash.isPositive() ? (double) pnl.micros() / startingCash.micros() : 0;
    EquityStats.Risk risk = EquityStats.risk(startingCash, equity);
    EquityStats.Ratios ratios = EquityStats.ratios(equity);
    TripStats trips = TripStats.of(ledger.roundTrips);
    return new Figures(startingCash, finalEquity, pnl, totalReturn, ratios.sharpe(), ratios.returns(),
        ratios.periodSeconds(), risk.maxDrawdown(), risk.maxDrawdownPct(), ledger.fills, trips.trips(),
        trips.wins(), trips.winRate(), trips.average(), trips.best(), trips.worst(), Money.ofMicros(ledger.realized),
        Money.ofMicros(ledger.fees), ledger.openPositions());
  }

  /**
   * Headline performance figures; money exact, ratios as {@code double}. Definitions are those of
   * {@link BacktestReport} (a "trade" is a closed round trip).
   *
   * @param startingCash the base
   * @param equity the current equity (last point of the curve)
   * @param pnl {@code equity − startingCash}
   * @param totalReturn {@code pnl / startingCash}
   * @param sharpe annualised Sharpe ratio of the returns between consecutive equity points (0 with fewer than two)
   * @param returns how many returns the Sharpe ratio is over
   * @param returnPeriodSeconds the median spacing of the equity points
   * @param maxDrawdown deepest fall below the running peak, positive
   * @param maxDrawdownPct that fall as a share of its peak
   * @param fills our fills
   * @param trades closed round trips
   * @param winningTrades those with a positive P&amp;L
   * @param winRate {@code winningTrades / trades}
   * @param averageTrade mean round-trip P&amp;L
   * @param bestTrade highest round-trip P&amp;L
   * @param worstTrade lowest round-trip P&amp;L
   * @param realizedPnl P&amp;L of closed lots, fees included
   * @param fees every fill and settlement fee
   * @param openPositions markets still held
   */
  public record Figures(Money startingCash, Money equity, Money pnl, double totalReturn, double sharpe, int returns,
      double returnPeriodSeconds, Money maxDrawdown, double maxDrawdownPct, long fills, long trades,
      long winningTrades, double winRate, Money averageTrade, Money bestTrade, Money worstTrade, Money realizedPnl,
      Money fees, long openPositions) {}
}
