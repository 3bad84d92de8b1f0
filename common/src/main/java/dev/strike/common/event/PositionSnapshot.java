package dev.strike.common.event;

import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Qty;

/**
 * One open position inside a {@link PortfolioSnapshot}.
 *
 * @param side the outcome held
 * @param qty contracts held, positive
 * @param cost what the contracts cost including fees (the average cost is {@code cost / qty})
 * @param realizedPnl P&amp;L already realized in this market
 */
public record PositionSnapshot(MarketTicker ticker, EventTicker eventTicker, SeriesTicker seriesTicker, Side side,
    Qty qty, Money cost, Money realizedPnl) {

  /** Validates presence and a positive size. */
  public PositionSnapshot {
    Require.present(ticker, "ticker");
    Require.present(eventTicker, "eventTicker");
    Require.present(seriesTicker, "seriesTicker");
    Require.present(side, "side");
    Require.present(qty, "qty");
    Require.present(cost, "cost");
    Require.present(realizedPnl, "realizedPnl");
    if (qty.isZero()) {
      throw new IllegalArgumentException("a position snapshot holds a positive quantity");
    }
  }
}
