package dev.strike.common.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * PriceGrid rounding against a band-by-band reference: the highest point of each band at or below a price, and the
 * lowest at or above it, computed independently of PriceGrid's own band lookup.
 */
class PriceGridProperties {

  @Property
  void shouldRoundDownToAtMostThePriceWhenInsideTheGrid(@ForAll("pricesWithinGrids") Tuple2<PriceGrid, Price> gp) {
    assertThat(gp.get1().roundDown(gp.get2())).isLessThanOrEqualTo(gp.get2());
  }

  @Property
  void shouldRoundUpToAtLeastThePriceWhenInsideTheGrid(@ForAll("pricesWithinGrids") Tuple2<PriceGrid, Price> gp) {
    assertThat(gp.get1().roundUp(gp.get2())).isGreaterThanOrEqualTo(gp.get2());
  }

  @Property
  void shouldRoundDownOntoTheGrid(@ForAll("pricesWithinGrids") Tuple2<PriceGrid, Price> gp) {
    assertThat(onGrid(gp.get1(), gp.get1().roundDown(gp.get2()).micros())).isTrue();
  }

  @Property
  void shouldRoundUpOntoTheGrid(@ForAll("pricesWithinGrids") Tuple2<PriceGrid, Price> gp) {
    assertThat(onGrid(gp.get1(), gp.get1().roundUp(gp.get2()).micros())).isTrue();
  }

  @Property
  void shouldLeaveNoGridPointBetweenRoundDownAndThePrice(@ForAll("pricesWithinGrids") Tuple2<PriceGrid, Price> gp) {
    long down = gp.get1().roundDown(gp.get2()).micros();

    for (PriceBand band : gp.get1().bands()) {
      highestPointAtOrBelow(band, gp.get2().micros())
          .ifPresent(point -> assertThat(point).as("a point of %s", band).isLessThanOrEqualTo(down));
    }
  }

  @Property
  void shouldLeaveNoGridPointBetweenThePriceAndRoundUp(@ForAll("pricesWithinGrids") Tuple2<PriceGrid, Price> gp) {
    long up = gp.get1().roundUp(gp.get2()).micros();

    for (PriceBand band : gp.get1().bands()) {
      lowestPointAtOrAbove(band, gp.get2().micros())
          .ifPresent(point -> assertThat(point).as("a point of %s", band).isGreaterThanOrEqualTo(up));
    }
  }

  @Property
  void shouldKeepOnGridPriceWhenRoundingDown(@ForAll("pricesOnGrids") Tuple2<PriceGrid, Price> gp) {
    assertThat(gp.get1().roundDown(gp.get2())).isEqualTo(gp.get2());
  }

  @Property
  void shouldKeepOnGridPriceWhenRoundingUp(@ForAll("pricesOnGrids") Tuple2<PriceGrid, Price> gp) {
    assertThat(gp.get1().roundUp(gp.get2())).isEqualTo(gp.get2());
  }

  @Property
  void shouldTickUpToTheNextGridPointAboveWhenBelowTheTop(@ForAll("pricesWithinGrids") Tuple2<PriceGrid, Price> gp) {
    PriceGrid grid = gp.get1();
    long price = gp.get2().micros();
    long next = grid.bands().stream()
        .map(band -> lowestPointAtOrAbove(band, price + 1))
        .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min()
        .orElse(price); // at the top: tickUp stays

    assertThat(grid.tickUp(gp.get2()).micros()).isEqualTo(next);
  }

  @Property
  void shouldTickDownToTheNextGridPointBelowWhenAboveTheBottom(
      @ForAll("pricesWithinGrids") Tuple2<PriceGrid, Price> gp) {
    PriceGrid grid = gp.get1();
    long price = gp.get2().micros();
    long previous = grid.bands().stream()
        .map(band -> highestPointAtOrBelow(band, price - 1))
        .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).max()
        .orElse(price); // at the bottom: tickDown stays

    assertThat(grid.tickDown(gp.get2()).micros()).isEqualTo(previous);
  }

  @Property
  void shouldBuildTheSameGridWhenBandsComeInAnyOrder(@ForAll("shuffledBands") Tuple2<PriceGrid, List<PriceBand>> g) {
    assertThat(new PriceGrid(g.get2())).isEqualTo(g.get1());
  }

  @Property
  void shouldRejectGridWhenABandIsMissingInTheMiddle(@ForAll("gridsOfThreeOrMoreBands") PriceGrid grid) {
    List<PriceBand> bands = new ArrayList<>(grid.bands());
    bands.remove(1);

    assertThatThrownBy(() -> new PriceGrid(bands))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("price bands must be contiguous");
  }

  @Property
  void shouldRejectGridWhenBandsOverlap(@ForAll("gridsOfTwoOrMoreBands") PriceGrid grid) {
    List<PriceBand> bands = new ArrayList<>(grid.bands());
    PriceBand first = bands.get(0);
    PriceBand second = bands.get(1);
    long secondStep = second.step().micros();
    if (second.start().micros() >= secondStep) { // reach one step back into the first band
      bands.set(1, new PriceBand(Price.ofMicros(second.start().micros() - secondStep), second.end(), second.step()));
    } else { // the first band is short and near $0: reach one step forward into the second band
      bands.set(0, new PriceBand(first.start(), Price.ofMicros(first.end().micros() + first.step().micros()),
          first.step()));
    }

    assertThatThrownBy(() -> new PriceGrid(bands))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("price bands must be contiguous");
  }

  @Property
  void shouldRejectBandWhenStepDoesNotDivideIt(@ForAll("indivisibleBands") Tuple.Tuple3<Long, Long, Long> band) {
    long start = band.get1();
    long end = band.get2();
    long step = band.get3();

    assertThatThrownBy(() -> new PriceBand(Price.ofMicros(start), Price.ofMicros(end), Price.ofMicros(step)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a whole number of");
  }

  @Provide
  Arbitrary<Tuple2<PriceGrid, Price>> pricesWithinGrids() {
    return PriceGridArbitraries.grids()
        .flatMap(grid -> PriceGridArbitraries.pricesWithin(grid).map(price -> Tuple.of(grid, price)));
  }

  @Provide
  Arbitrary<Tuple2<PriceGrid, Price>> pricesOnGrids() {
    return PriceGridArbitraries.grids()
        .flatMap(grid -> PriceGridArbitraries.pricesOn(grid).map(price -> Tuple.of(grid, price)));
  }

  @Provide
  Arbitrary<Tuple2<PriceGrid, List<PriceBand>>> shuffledBands() {
    return PriceGridArbitraries.grids().flatMap(grid -> Arbitraries.shuffle(grid.bands())
        .map(bands -> Tuple.of(grid, bands)));
  }

  @Provide
  Arbitrary<PriceGrid> gridsOfTwoOrMoreBands() {
    return PriceGridArbitraries.grids().filter(grid -> grid.bands().size() >= 2);
  }

  @Provide
  Arbitrary<PriceGrid> gridsOfThreeOrMoreBands() {
    return PriceGridArbitraries.grids().filter(grid -> grid.bands().size() >= 3);
  }

  @Provide
  Arbitrary<Tuple.Tuple3<Long, Long, Long>> indivisibleBands() {
    return Arbitraries.longs().between(2, 100_000).flatMap(step -> Arbitraries.longs().between(0, 500_000)
        .flatMap(start -> Arbitraries.longs().between(0, 4).flatMap(count -> Arbitraries.longs()
            .between(1, step - 1).map(extra -> Tuple.of(start, start + count * step + extra, step)))));
  }

  private static boolean onGrid(PriceGrid grid, long micros) {
    return grid.bands().stream().anyMatch(band -> micros >= band.start().micros() && micros <= band.end().micros()
        && (micros - band.start().micros()) % band.step().micros() == 0);
  }

  private static OptionalLong highestPointAtOrBelow(PriceBand band, long micros) {
    long start = band.start().micros();
    if (micros < start) {
      return OptionalLong.empty();
    }
    long capped = Math.min(micros, band.end().micros());
    long step = band.step().micros();
    return OptionalLong.of(start + (capped - start) / step * step);
  }

  private static OptionalLong lowestPointAtOrAbove(PriceBand band, long micros) {
    long end = band.end().micros();
    if (micros > end) {
      return OptionalLong.empty();
    }
    long start = band.start().micros();
    long from = Math.max(micros, start);
    long step = band.step().micros();
    return OptionalLong.of(start + (from - start + step - 1) / step * step);
  }
}
