package dev.strike.execution.kalshi;

import dev.strike.common.event.CancelReason;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;

/** What a {@code user_order} update means for one of our orders, decided by the {@link OrderTracker}. */
public sealed interface OrderChange {
  /** Nothing to report (a fill-driven change, a repeat, an order not ours). */
  record None() implements OrderChange {}

  /** The order was first seen on the exchange after an unknown outcome: report it accepted. */
  record Found(TrackedOrder order) implements OrderChange {}

  /** The remainder was canceled. */
  record Canceled(TrackedOrder order, Qty canceledQty, CancelReason reason) implements OrderChange {}

  /** The remainder expired. */
  record Expired(TrackedOrder order, Qty expiredQty) implements OrderChange {}

  /** Price or resting size changed without a fill (an amend or decrease). */
  record Amended(TrackedOrder order, Price yesPrice, Qty resting) implements OrderChange {}
}
