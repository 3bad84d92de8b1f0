package dev.strike.common.event;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Qty;

/**
 * The venue accepted the order.
 *
 * @param venueOrderId the venue's id of the order
 * @param filledQty contracts filled on arrival (the fills themselves go to {@code trades})
 * @param restingQty contracts left resting on the book
 */
public record OrderAccepted(
    ClientOrderId clientOrderId,
    IntentId intentId,
    StrategyId strategy,
    MarketTicker ticker,
    Venue venue,
    VenueOrderId venueOrderId,
    Qty filledQty,
    Qty restingQty,
    long tsEvent,
    long tsInit)
    implements OrderEvent {

  /** Validates presence. */
  public OrderAccepted {
    OrderFields.check(clientOrderId, intentId, strategy, ticker, venue);
    Require.present(venueOrderId, "venueOrderId");
    Require.present(filledQty, "filledQty");
    Require.present(restingQty, "restingQty");
    Require.times(tsEvent, tsInit);
  }
}
