package dev.strike.common.event;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;

/**
 * An order the risk service counts as live inside a {@link PortfolioSnapshot}: approved by the gate and not yet
 * finished (filled, canceled, expired or rejected).
 *
 * @param limitPrice the limit price of {@code side}
 * @param remainingQty contracts that may still fill, positive
 * @param reserved cash held for it (0 for sells)
 * @param confirmed whether execution reported the order ({@code OrderSubmitted} or later)
 * @param approvedAtNs when the gate approved it, epoch ns (event time)
 */
public record OpenOrderSnapshot(ClientOrderId clientOrderId, IntentId intentId, StrategyId strategy,
    MarketTicker ticker, Side side, Action action, Price limitPrice, Qty remainingQty, Money reserved,
    boolean confirmed, long approvedAtNs) {

  /** Validates presence, a positive remaining size and a non-negative reservation. */
  public OpenOrderSnapshot {
    Require.present(clientOrderId, "clientOrderId");
    Require.present(intentId, "intentId");
    Require.present(strategy, "strategy");
    Require.present(ticker, "ticker");
    Require.present(side, "side");
    Require.present(action, "action");
    Require.present(limitPrice, "limitPrice");
    Require.present(remainingQty, "remainingQty");
    Require.present(reserved, "reserved");
    if (remainingQty.isZero()) {
      throw new IllegalArgumentException("an open order has a positive remaining quantity");
    }
    if (reserved.isNegative()) {
      throw new IllegalArgumentException("reserved must not be negative, got " + reserved);
    }
    Require.timestamp(approvedAtNs, "approvedAtNs");
  }
}
