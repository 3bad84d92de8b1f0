package dev.strike.common.event;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;

/**
 * The venue refused the order.
 *
 * @param code the venue's error code (e.g. Kalshi {@code invalid_order}, {@code insufficient_balance})
 * @param message the venue's words
 */
public record OrderRejected(
    ClientOrderId clientOrderId,
    IntentId intentId,
    StrategyId strategy,
    MarketTicker ticker,
    Venue venue,
    String code,
    String message,
    long tsEvent,
    long tsInit)
    implements OrderEvent {

  /** Validates presence. */
  public OrderRejected {
    OrderFields.check(clientOrderId, intentId, strategy, ticker, venue);
    Require.text(code, "code");
    Require.present(message, "message");
    Require.times(tsEvent, tsInit);
  }
}
