package dev.strike.common.event;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;

/**
 * The resting order's price or size changed at the venue (an amend or a decrease).
 *
 * @param limitPrice the new limit price of the order's side
 * @param restingQty contracts now resting
 */
public record OrderAmended(
    ClientOrderId clientOrderId,
    IntentId intentId,
    StrategyId strategy,
    MarketTicker ticker,
    Venue venue,
    VenueOrderId venueOrderId,
    Price limitPrice,
    Qty restingQty,
    long tsEvent,
    long tsInit)
    implements OrderEvent {

  /** Validates presence. */
  public OrderAmended {
    OrderFields.check(clientOrderId, intentId, strategy, ticker, venue);
    Require.present(venueOrderId, "venueOrderId");
    Require.present(limitPrice, "limitPrice");
    Require.present(restingQty, "restingQty");
    Require.times(tsEvent, tsInit);
  }
}
