package dev.strike.common.event;

import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.TradeId;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;

/**
 * A public trade print of one market ({@code md.trades}).
 *
 * @param tradeId the venue's trade id (our own executions share it with our fills)
 * @param yesPrice the price in YES terms; the NO price is its complement
 * @param qty contracts traded, positive
 * @param takerSide the outcome the taker bought
 * @param blockTrade whether it was a block trade
 */
public record MarketTrade(TradeId tradeId, MarketTicker ticker, Price yesPrice, Qty qty, Side takerSide,
    boolean blockTrade, long tsEvent, long tsInit) implements StrikeEvent {

  /** Validates presence and a positive size. */
  public MarketTrade {
    Require.present(tradeId, "tradeId");
    Require.present(ticker, "ticker");
    Require.present(yesPrice, "yesPrice");
    Require.present(qty, "qty");
    Require.present(takerSide, "takerSide");
    if (qty.isZero()) {
      throw new IllegalArgumentException("a trade must have a positive size");
    }
    Require.times(tsEvent, tsInit);
  }

  /** The price in NO terms. */
  public Price noPrice() {
    return yesPrice.complement();
  }
}
