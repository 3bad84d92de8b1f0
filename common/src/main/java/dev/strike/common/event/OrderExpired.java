package dev.strike.common.event;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Qty;
import org.jspecify.annotations.Nullable;

/**
 * The order reached its expiry time (or the market closed) with {@code expiredQty} still resting.
 *
 * @param venueOrderId the venue's id, null if the order never reached the book
 */
public record OrderExpired(
    ClientOrderId clientOrderId,
    IntentId intentId,
    StrategyId strategy,
    MarketTicker ticker,
    Venue venue,
    @Nullable VenueOrderId venueOrderId,
    Qty expiredQty,
    long tsEvent,
    long tsInit)
    implements OrderEvent {

  /** Validates presence. */
  public OrderExpired {
    OrderFields.check(clientOrderId, intentId, strategy, ticker, venue);
    Require.present(expiredQty, "expiredQty");
    Require.times(tsEvent, tsInit);
  }
}
