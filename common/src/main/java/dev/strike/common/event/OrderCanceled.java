package dev.strike.common.event;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Qty;
import org.jspecify.annotations.Nullable;

/**
 * The order's remaining size was canceled.
 *
 * @param venueOrderId the venue's id, null if the order never reached the book
 * @param canceledQty contracts that were resting and are now gone
 */
public record OrderCanceled(
    ClientOrderId clientOrderId,
    IntentId intentId,
    StrategyId strategy,
    MarketTicker ticker,
    Venue venue,
    @Nullable VenueOrderId venueOrderId,
    Qty canceledQty,
    CancelReason reason,
    long tsEvent,
    long tsInit)
    implements OrderEvent {

  /** Validates presence. */
  public OrderCanceled {
    OrderFields.check(clientOrderId, intentId, strategy, ticker, venue);
    Require.present(canceledQty, "canceledQty");
    Require.present(reason, "reason");
    Require.times(tsEvent, tsInit);
  }
}
