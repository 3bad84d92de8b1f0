package dev.strike.common.event;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;

/** The order was sent to the venue; its outcome is not known yet. Fields as in {@link OrderIntent}. */
public record OrderSubmitted(
    ClientOrderId clientOrderId,
    IntentId intentId,
    StrategyId strategy,
    MarketTicker ticker,
    Venue venue,
    Side side,
    Action action,
    Price limitPrice,
    Qty qty,
    TimeInForce timeInForce,
    boolean postOnly,
    boolean reduceOnly,
    long expiresAtNs,
    long tsEvent,
    long tsInit)
    implements OrderEvent {

  /** Validates presence and a positive size. */
  public OrderSubmitted {
    OrderFields.check(clientOrderId, intentId, strategy, ticker, venue);
    Require.present(side, "side");
    Require.present(action, "action");
    Require.present(limitPrice, "limitPrice");
    Require.present(qty, "qty");
    Require.present(timeInForce, "timeInForce");
    if (qty.isZero()) {
      throw new IllegalArgumentException("a submitted order needs a positive quantity");
    }
    Require.timestamp(expiresAtNs, "expiresAtNs");
    Require.times(tsEvent, tsInit);
  }

  /** The submission of {@code intent} to {@code venue}. */
  public static OrderSubmitted of(OrderIntent intent, Venue venue, long tsEvent, long tsInit) {
    return new OrderSubmitted(intent.clientOrderId(), intent.intentId(), intent.strategy(), intent.ticker(), venue,
        intent.side(), intent.action(), intent.limitPrice(), intent.qty(), intent.timeInForce(), intent.postOnly(),
        intent.reduceOnly(), intent.expiresAtNs(), tsEvent, tsInit);
  }
}
