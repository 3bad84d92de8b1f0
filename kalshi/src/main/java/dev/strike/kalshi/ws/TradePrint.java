package dev.strike.kalshi.ws;

import dev.strike.common.event.MarketTrade;

/**
 * A public trade ({@code trade} channel) as the domain {@code MarketTrade} for {@code md.trades}.
 *
 * @param trade the trade; its {@code takerSide} is the outcome the taker bought: {@code taker_outcome_side} when the
 *     taker's {@code taker_book_side} is {@code bid}, the other outcome when it is {@code ask}
 */
public record TradePrint(MarketTrade trade) implements KalshiWsEvent {
  /** Validates presence. */
  public TradePrint {
    if (trade == null) {
      throw new IllegalArgumentException("trade is required");
    }
  }

  @Override
  public long tsInit() {
    return trade.tsInit();
  }
}
