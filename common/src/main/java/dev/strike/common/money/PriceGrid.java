package dev.strike.common.money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The prices a market accepts (Kalshi {@code price_ranges}): contiguous bands, each with its own step. Orders must
 * be priced on this grid; {@link #roundDown} and {@link #roundUp} are the only way a model price becomes a limit
 * price, so the rounding direction is always explicit.
 *
 * <p>Immutable and thread-safe.
 */
public record PriceGrid(List<PriceBand> bands) {
  /** One cent everywhere ({@code linear_cent}). */
  public static final PriceGrid LINEAR_CENT =
      new PriceGrid(List.of(new PriceBand(Price.ZERO, Price.ONE, Price.ofCents(1))));

  /** 0.1¢ below $0.10 and above $0.90, 1¢ between ({@code tapered_deci_cent}). */
  public static final PriceGrid TAPERED_DECI_CENT = new PriceGrid(List.of(
      new PriceBand(Price.ZERO, Price.ofCents(10), Price.ofMicros(1_000)),
      new PriceBand(Price.ofCents(10), Price.ofCents(90), Price.ofCents(1)),
      new PriceBand(Price.ofCents(90), Price.ONE, Price.ofMicros(1_000))));

  /** Validates that the bands are sorted, contiguous and cover a single interval. */
  public PriceGrid {
    if (bands == null || bands.isEmpty()) {
      throw new IllegalArgumentException("a price grid needs at least one band");
    }
    List<PriceBand> sorted = new ArrayList<>(bands);
    sorted.sort(Comparator.comparingLong(b -> b.start().micros()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).start().micros() != sorted.get(i - 1).end().micros()) {
        throw new IllegalArgumentException("price bands must be contiguous: " + sorted.get(i - 1) + " then "
            + sorted.get(i));
      }
    }
    bands = List.copyOf(sorted);
  }

  /** Lowest price on the grid. */
  public Price min() {
    return bands.get(0).start();
  }

  /** Highest price on the grid. */
  public Price max() {
    return bands.get(bands.size() - 1).end();
  }

  /** Whether {@code price} is on the grid. */
  public boolean isOnGrid(Price price) {
    for (PriceBand band : bands) {
      if (band.isOnGrid(price)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code price} is on the grid and strictly between $0 and $1, so an order may carry it. */
  public boolean isTradable(Price price) {
    return price.micros() > 0 && price.micros() < Price.MICROS_PER_DOLLAR && isOnGrid(price);
  }

  /**
   * The highest grid price at or below {@code price}; the grid's minimum if {@code price} is below it. This is the
   * conservative direction for a buyer's limit.
   */
  public Price roundDown(Price price) {
    if (price.micros() <= min().micros()) {
      return min();
    }
    if (price.micros() >= max().micros()) {
      return max();
    }
    PriceBand band = bandOf(price);
    long steps = (price.micros() - band.start().micros()) / band.step().micros();
    return Price.ofMicros(band.start().micros() + steps * band.step().micros());
  }

  /**
   * The lowest grid price at or above {@code price}; the grid's maximum if {@code price} is above it. This is the
   * conservative direction for a seller's limit.
   */
  public Price roundUp(Price price) {
    if (price.micros() <= min().micros()) {
      return min();
    }
    if (price.micros() >= max().micros()) {
      return max();
    }
    PriceBand band = bandOf(price);
    long offset = price.micros() - band.start().micros();
    long steps = (offset + band.step().micros() - 1) / band.step().micros();
    return Price.ofMicros(Math.min(band.start().micros() + steps * band.step().micros(), band.end().micros()));
  }

  /** The next grid price above {@code price}, or {@code price} itself at the top of the grid. */
  public Price tickUp(Price price) {
    Price up = roundUp(Price.ofMicros(Math.min(price.micros() + 1, Price.MICROS_PER_DOLLAR)));
    return up.micros() > price.micros() ? up : price;
  }

  /** The next grid price below {@code price}, or {@code price} itself at the bottom of the grid. */
  public Price tickDown(Price price) {
    Price down = roundDown(Price.ofMicros(Math.max(price.micros() - 1, 0)));
    return down.micros() < price.micros() ? down : price;
  }

  private PriceBand bandOf(Price price) {
    // bands are contiguous: the last band whose start is at or below the price holds it
    PriceBand found = bands.get(0);
    for (PriceBand band : bands) {
      if (band.start().micros() <= price.micros()) {
        found = band;
      } else {
        break;
      }
    }
    return found;
  }
}
