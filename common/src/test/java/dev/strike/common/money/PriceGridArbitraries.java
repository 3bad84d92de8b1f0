package dev.strike.common.money;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Valid price grids for properties: Kalshi's two common structures and random contiguous grids of one to five
 * bands somewhere inside $0–$1, each band with its own step (realistic ones like 0.1¢ and 1¢, and odd ones like 7
 * micro-dollars, so band boundaries need not lie on the neighbours' steps). Bands are handed to the constructor
 * in shuffled order.
 */
public final class PriceGridArbitraries {
  private PriceGridArbitraries() {}

  /** Kalshi's linear-cent and tapered-deci-cent grids, and random grids. */
  public static Arbitrary<PriceGrid> grids() {
    return Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(PriceGrid.LINEAR_CENT)),
        Tuple.of(1, Arbitraries.just(PriceGrid.TAPERED_DECI_CENT)),
        Tuple.of(6, randomGrids()));
  }

  /** Random valid grids (see the class comment). */
  public static Arbitrary<PriceGrid> randomGrids() {
    return bandShapes().list().ofMinSize(1).ofMaxSize(5).flatMap(shapes -> {
      long length = shapes.stream().mapToLong(shape -> shape[0] * shape[1]).sum();
      return Arbitraries.longs().between(0, Price.MICROS_PER_DOLLAR - length)
          .flatMap(start -> Arbitraries.<PriceBand>shuffle(bandsFrom(start, shapes)))
          .map(bands -> new PriceGrid(bands));
    });
  }

  /** Prices from the grid's minimum to its maximum, on the grid or not. */
  public static Arbitrary<Price> pricesWithin(PriceGrid grid) {
    return Arbitraries.longs().between(grid.min().micros(), grid.max().micros()).map(Price::ofMicros);
  }

  /** Prices on the grid. */
  public static Arbitrary<Price> pricesOn(PriceGrid grid) {
    return Arbitraries.of(grid.bands()).flatMap(band -> Arbitraries.longs()
        .between(0, (band.end().micros() - band.start().micros()) / band.step().micros())
        .map(k -> Price.ofMicros(band.start().micros() + k * band.step().micros())));
  }

  /** {step, count} of one band: at most $0.20 long, so five bands always fit in $0–$1. */
  private static Arbitrary<long[]> bandShapes() {
    Arbitrary<Long> steps = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(100L, 1_000L, 5_000L, 10_000L, 50_000L)),
        Tuple.of(1, Arbitraries.longs().between(1, 50_000)));
    return steps.flatMap(step -> Arbitraries.longs().between(1, Math.max(1, 200_000 / step))
        .map(count -> new long[] {step, count}));
  }

  private static List<PriceBand> bandsFrom(long start, List<long[]> shapes) {
    List<PriceBand> bands = new ArrayList<>();
    long from = start;
    for (long[] shape : shapes) {
      long to = from + shape[0] * shape[1];
      bands.add(new PriceBand(Price.ofMicros(from), Price.ofMicros(to), Price.ofMicros(shape[0])));
      from = to;
    }
    return bands;
  }
}
