package dev.strike.common.event;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;

/**
 * An order the risk gate approved, sized, with its stable ids: {@code clientOrderId} is always
 * {@code ClientOrderId.forIntent(intentId)}, so the venue can never place the same intent twice.
 *
 * @param side the outcome traded
 * @param action buy or sell
 * @param limitPrice the limit price of {@code side}, on the market's grid
 * @param qty contracts, positive
 * @param postOnly never take liquidity (a crossing order is rejected)
 * @param reduceOnly may only shrink an existing position (exits)
 * @param expiresAtNs when a resting order expires, epoch ns; 0 for none
 */
public record OrderIntent(
    IntentId intentId,
    ClientOrderId clientOrderId,
    SignalId signalId,
    StrategyId strategy,
    MarketTicker ticker,
    Side side,
    Action action,
    Price limitPrice,
    Qty qty,
    TimeInForce timeInForce,
    boolean postOnly,
    boolean reduceOnly,
    long expiresAtNs) {

  /** Validates presence, the derived client order id, a positive size and a tradable price. */
  public OrderIntent {
    Require.present(intentId, "intentId");
    Require.present(clientOrderId, "clientOrderId");
    if (!clientOrderId.equals(ClientOrderId.forIntent(intentId))) {
      throw new IllegalArgumentException("clientOrderId " + clientOrderId + " is not derived from intent "
          + intentId + " (expected " + ClientOrderId.forIntent(intentId) + ")");
    }
    Require.present(signalId, "signalId");
    Require.present(strategy, "strategy");
    Require.present(ticker, "ticker");
    Require.present(side, "side");
    Require.present(action, "action");
    Require.present(limitPrice, "limitPrice");
    Require.present(qty, "qty");
    Require.present(timeInForce, "timeInForce");
    if (qty.isZero()) {
      throw new IllegalArgumentException("an order needs a positive quantity");
    }
    if (limitPrice.micros() == 0 || limitPrice.equals(Price.ONE)) {
      throw new IllegalArgumentException("an order's limit price must be strictly between $0 and $1, got "
          + limitPrice);
    }
    Require.timestamp(expiresAtNs, "expiresAtNs");
    if (expiresAtNs != 0 && timeInForce != TimeInForce.GTC) {
      throw new IllegalArgumentException("only GTC orders can carry an expiry, got " + timeInForce);
    }
    if (postOnly && timeInForce != TimeInForce.GTC) {
      throw new IllegalArgumentException("post-only orders must be GTC, got " + timeInForce);
    }
  }
}
