package dev.strike.common.event;

import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;

/** One price level of a book: resting size {@code qty} (positive) at {@code price}. */
public record BookLevel(Price price, Qty qty) {
  /** Validates presence and a positive size. */
  public BookLevel {
    Require.present(price, "price");
    Require.present(qty, "qty");
    if (qty.isZero()) {
      throw new IllegalArgumentException("a book level must have a positive size, got 0 at " + price);
    }
  }
}
