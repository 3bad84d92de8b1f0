package dev.strike.kalshi.ws;

import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import org.jspecify.annotations.Nullable;

/**
 * A {@code ticker} message: a market's best prices, last trade and totals, sent when any of them changes. Fields the
 * message did not carry are null.
 *
 * @param ticker the market
 * @param lastPrice last trade price
 * @param yesBid best YES bid
 * @param yesAsk best YES ask
 * @param yesBidSize size at {@code yesBid}
 * @param yesAskSize size at {@code yesAsk}
 * @param lastTradeSize size of the last trade
 * @param volume contracts traded
 * @param openInterest contracts open
 * @param dollarVolume traded value, whole dollars, or -1 when absent
 * @param dollarOpenInterest open value, whole dollars, or -1 when absent
 * @param tsEvent venue time ({@code ts_ms}, else the envelope's {@code sending_ts_ms}, else {@code tsInit}), epoch ns
 */
public record TickerUpdate(MarketTicker ticker, @Nullable Price lastPrice, @Nullable Price yesBid,
    @Nullable Price yesAsk, @Nullable Qty yesBidSize, @Nullable Qty yesAskSize, @Nullable Qty lastTradeSize,
    @Nullable Qty volume, @Nullable Qty openInterest, long dollarVolume, long dollarOpenInterest, long tsEvent,
    long tsInit) implements KalshiWsEvent {
  /** Validates presence and times. */
  public TickerUpdate {
    Checks.present(ticker, "ticker");
    Checks.times(tsEvent, tsInit);
  }
}
