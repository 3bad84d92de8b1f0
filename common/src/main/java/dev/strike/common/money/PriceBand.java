package dev.strike.common.money;

/**
 * One band of a market's price grid (Kalshi {@code price_ranges[]}): prices from {@code start} to {@code end}
 * inclusive, every {@code step}.
 */
public record PriceBand(Price start, Price end, Price step) {
  /** Validates that the band is non-empty and that {@code end} lies on its own grid. */
  public PriceBand {
    if (start == null || end == null || step == null) {
      throw new IllegalArgumentException("price band needs start, end and step");
    }
    if (step.micros() <= 0) {
      throw new IllegalArgumentException("price band step must be positive, got " + step);
    }
    if (end.micros() <= start.micros()) {
      throw new IllegalArgumentException("price band end " + end + " must be above its start " + start);
    }
    if ((end.micros() - start.micros()) % step.micros() != 0) {
      throw new IllegalArgumentException(
          "price band " + start + "–" + end + " is not a whole number of " + step + " steps");
    }
  }

  /** Whether {@code price} lies between start and end inclusive. */
  public boolean contains(Price price) {
    return price.micros() >= start.micros() && price.micros() <= end.micros();
  }

  /** Whether {@code price} is in this band and on its step grid. */
  public boolean isOnGrid(Price price) {
    return contains(price) && (price.micros() - start.micros()) % step.micros() == 0;
  }
}
