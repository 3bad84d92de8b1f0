package dev.strike.common.event;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;

/** The presence check every {@link OrderEvent} shares. */
final class OrderFields {
  private OrderFields() {}

  static void check(ClientOrderId clientOrderId, IntentId intentId, StrategyId strategy, MarketTicker ticker,
      Venue venue) {
    Require.present(clientOrderId, "clientOrderId");
    Require.present(intentId, "intentId");
    Require.present(strategy, "strategy");
    Require.present(ticker, "ticker");
    Require.present(venue, "venue");
  }
}
