package dev.strike.execution.kalshi;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An order as Kalshi reports it (REST {@code Order} or WebSocket {@code user_order}), read into domain types.
 *
 * @param clientOrderId null for orders placed without one
 * @param yesPrice the limit in YES terms
 * @param expirationNs epoch ns, 0 when it does not expire
 * @param updatedNs last change, epoch ns, 0 when unknown
 */
public record VenueOrder(VenueOrderId venueOrderId, @Nullable ClientOrderId clientOrderId, MarketTicker ticker,
    Status status, Price yesPrice, Qty filled, Qty remaining, long expirationNs, long updatedNs) {

  /** Kalshi's order status. */
  public enum Status {
    RESTING,
    CANCELED,
    EXECUTED,
    OTHER
  }

  /** Requires presence. */
  public VenueOrder {
    Objects.requireNonNull(venueOrderId, "venueOrderId");
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(yesPrice, "yesPrice");
    Objects.requireNonNull(filled, "filled");
    Objects.requireNonNull(remaining, "remaining");
  }
}
