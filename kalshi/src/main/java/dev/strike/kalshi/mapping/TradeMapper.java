package dev.strike.kalshi.mapping;

import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.Side;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.TradeId;
import dev.strike.common.json.DecodeException;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.kalshi.wire.OutcomeSide;
import dev.strike.kalshi.wire.Trade;

/**
 * A public Kalshi {@link Trade} to a {@link MarketTrade}: the YES price and size parsed exactly, the taker's side
 * from the canonical {@code taker_outcome_side} (the deprecated {@code taker_side} is not read), {@code tsEvent}
 * from {@code created_time}. A {@code no_price_dollars} that is not the complement of the YES price is an error.
 */
public final class TradeMapper {
  private TradeMapper() {}

  /**
   * Maps one trade.
   *
   * @param tsInitNs when we received it, epoch ns
   * @throws DecodeException naming the trade and field when a value is missing or does not parse
   */
  public static MarketTrade toMarketTrade(Trade trade, long tsInitNs) {
    WireValues values = new WireValues("trade " + trade.tradeId());
    Price yes = values.price(trade.yesPriceDollars(), "yes_price_dollars");
    if (trade.noPriceDollars() != null) {
      Price no = values.price(trade.noPriceDollars(), "no_price_dollars");
      if (!no.equals(yes.complement())) {
        throw values.error("no_price_dollars", no.toDollarString() + " is not 1 - yes_price_dollars "
            + yes.toDollarString());
      }
    }
    Qty qty = values.qty(trade.countFp(), "count_fp");
    OutcomeSide taker = values.required(trade.takerOutcomeSide(), "taker_outcome_side");
    long tsEvent = values.epochNanos(trade.createdTime(), "created_time");
    try {
      return new MarketTrade(TradeId.of(trade.tradeId()), MarketTicker.of(trade.ticker()), yes, qty,
          taker == OutcomeSide.YES ? Side.YES : Side.NO, Boolean.TRUE.equals(trade.isBlockTrade()), tsEvent,
          tsInitNs);
    } catch (IllegalArgumentException e) {
      throw new DecodeException("trade " + trade.tradeId() + ": " + e.getMessage(), e);
    }
  }
}
