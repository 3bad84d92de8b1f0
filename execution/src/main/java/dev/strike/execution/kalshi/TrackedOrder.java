package dev.strike.execution.kalshi;

import dev.strike.common.event.CancelReason;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Qty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One of our orders in the {@link OrderTracker}. Immutable; the tracker replaces it on every change.
 *
 * @param venueOrderId Kalshi's id once known
 * @param qty contracts ordered
 * @param filled contracts filled so far (as far as we know)
 * @param resting contracts resting (as far as we know)
 * @param timeInForce null for an order adopted from the exchange without its intent
 * @param cancelRequested the reason of a cancel we sent, so the exchange's confirmation carries it
 */
public record TrackedOrder(Attribution who, OrderState state, @Nullable VenueOrderId venueOrderId, Qty qty,
    Qty filled, Qty resting, @Nullable TimeInForce timeInForce, @Nullable CancelReason cancelRequested) {

  /** Requires presence. */
  public TrackedOrder {
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(qty, "qty");
    Objects.requireNonNull(filled, "filled");
    Objects.requireNonNull(resting, "resting");
  }

  /** Whether it may still rest on the book. */
  public boolean isLive() {
    return state == OrderState.LIVE && !resting.isZero();
  }

  TrackedOrder with(OrderState newState) {
    return new TrackedOrder(who, newState, venueOrderId, qty, filled, resting, timeInForce, cancelRequested);
  }

  TrackedOrder placed(VenueOrderId id, Qty newFilled, Qty newResting) {
    return new TrackedOrder(who, newResting.isZero() ? OrderState.DONE : OrderState.LIVE, id, qty, newFilled,
        newResting, timeInForce, cancelRequested);
  }

  TrackedOrder cancelRequested(CancelReason reason) {
    return new TrackedOrder(who, state, venueOrderId, qty, filled, resting, timeInForce, reason);
  }
}
