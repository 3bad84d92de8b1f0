package dev.strike.common.event;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;

/**
 * A step in the life of one of our orders ({@code orders.events}, keyed by ticker). Every step names the order by
 * its {@code clientOrderId} and carries the intent and strategy it came from.
 */
public sealed interface OrderEvent extends StrikeEvent
    permits OrderSubmitted, OrderAccepted, OrderRejected, OrderAmended, OrderCanceled, OrderExpired {
  /** Our id of the order. */
  ClientOrderId clientOrderId();

  /** The intent it executes. */
  IntentId intentId();

  /** The strategy that asked for it. */
  StrategyId strategy();

  /** The market. */
  MarketTicker ticker();

  /** Where it was sent. */
  Venue venue();
}
