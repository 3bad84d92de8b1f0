package dev.strike.risk.core;

import dev.strike.common.event.Side;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Qty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the risk gate, the breakers and the exits read of the portfolio. Read-only; implemented by the portfolio fold
 * and by plain records in tests. All money in micro-dollars, exact. Not thread-safe: read on the risk thread only.
 *
 * <p><b>Exposure</b> is money at risk: the cost of held contracts (a binary contract can lose at most what it cost)
 * plus the cash reserved for resting and approved-but-unconfirmed buy orders.
 */
public interface PortfolioView {
  /** Cash balance, including cash reserved for resting orders. */
  Money cash();

  /** Cash held for resting and approved buy orders (limit price × remaining quantity, plus their maximum fee). */
  Money reservedCash();

  /** Cash free for a new order: {@code cash − reservedCash}. */
  default Money availableCash() {
    return cash().minus(reservedCash());
  }

  /** Cash plus the mark value of every position. */
  Money equity();

  /** The highest equity seen. */
  Money peakEquity();

  /** Drawdown from peak equity in basis points (0 at the peak, 10,000 when everything is lost). */
  default long drawdownBps() {
    long peak = peakEquity().micros();
    if (peak <= 0) {
      return 0;
    }
    long down = Math.max(0, peak - equity().micros());
    return Math.multiplyExact(down, 10_000L) / peak;
  }

  /** Equity at the start of the current trading day. */
  Money dayStartEquity();

  /** Equity minus equity at the start of the trading day (negative on a losing day). */
  default Money dailyPnl() {
    return equity().minus(dayStartEquity());
  }

  /** Realized P&amp;L since the account started, fees included. */
  Money realizedPnl();

  /** Fees paid since the account started. */
  Money fees();

  /** Closed round trips in a row that lost money (0 after a win). */
  int consecutiveLosses();

  /** Closed round trips in a row that made money (0 after a loss). */
  int consecutiveWins();

  /** The open position in {@code ticker}, or null when flat. */
  @Nullable PositionView position(MarketTicker ticker);

  /** Contracts of {@code side} that resting and approved buy orders in {@code ticker} may still add. */
  Qty pendingBuyQty(MarketTicker ticker, Side side);

  /**
   * Contracts of the held {@code side} in {@code ticker} that live reducing orders (sells of that side, or buys of
   * the other side) may still take away; an exit is sized net of them so two exits never sell the same contracts.
   */
  default Qty pendingReduceQty(MarketTicker ticker, Side side) {
    return Qty.ZERO;
  }

  /** Every open position, sorted by ticker. */
  List<PositionView> positions();

  /** Markets with a position or a resting or approved order. */
  int openPositionCount();

  /** Exposure of one market. */
  Money exposureOfMarket(MarketTicker ticker);

  /** Exposure of every market of one event. */
  Money exposureOfEvent(EventTicker event);

  /** Exposure of every market of one series. */
  Money exposureOfSeries(SeriesTicker series);

  /** Exposure of the whole account. */
  Money totalExposure();
}
