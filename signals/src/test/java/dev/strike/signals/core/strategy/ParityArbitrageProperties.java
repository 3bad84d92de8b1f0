package dev.strike.signals.core.strategy;

import static dev.strike.signals.core.ArbTestContext.info;
import static dev.strike.signals.core.ArbTestContext.levelsOnGrid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.StrikeType;
import dev.strike.common.fee.KalshiFees;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.PriceGrid;
import dev.strike.signals.core.ArbTestContext;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;

/**
 * On any book (bids drawn from $0.30 up, so that crossed books are common), on either grid, with any fee schedule:
 * parity arbitrage emits nothing or a YES and a NO buy on the grid, with finite numbers, at the asks, whose pair locks
 * in more than the minimum profit after both taker fees.
 */
class ParityArbitrageProperties {
  private static final String TICKER = "KXBTC15M-26AUG171330-30";

  @Property(tries = 1000)
  void shouldEmitOnlyProfitablePairsOnTheGridWithFiniteNumbers(@ForAll("grids") PriceGrid grid,
      @ForAll("feeTypes") FeeType feeType,
      @ForAll("bids") List<Long> yesBids, @ForAll("bids") List<Long> noBids, @ForAll("sizes") List<Long> sizes,
      @ForAll @LongRange(min = 0, max = 50_000) long minProfit) {
    ArbTestContext ctx = new ArbTestContext();
    ctx.add(info(TICKER, "KXBTC15M-26AUG171330", StrikeType.GREATER_OR_EQUAL, "63485.16", null, grid, feeType,
        MarketStatus.ACTIVE), null);
    ParityArbitrage strategy = new ParityArbitrage(StrategyId.of("parity"),
        new ArbitrageParams(minProfit, 100, Duration.ofSeconds(2), Duration.ofSeconds(5)));

    List<Signal> signals = strategy.onEvent(ctx, ctx.book(TICKER, levelsOnGrid(grid, yesBids, sizes),
        levelsOnGrid(grid, noBids, sizes)));

    Statistics.label("fired").collect(!signals.isEmpty());
    Statistics.label("fired").coverage(c -> c.check(true).percentage(pct -> pct > 10));
    assertThat(signals.size()).isIn(0, 2);
    for (Signal signal : signals) {
      assertSane(signal, grid);
      assertThat(signal.limitPrice()).isEqualTo(signal.marketPrice());
    }
    if (!signals.isEmpty()) {
      assertThat(signals).extracting(Signal::side).containsExactly(Side.YES, Side.NO);
      KalshiFees fees = KalshiFees.of(feeType, BigDecimal.ONE);
      long cost = 0;
      for (Signal signal : signals) {
        cost += signal.limitPrice().micros() + fees.perContractMicros(signal.limitPrice().micros(), false);
      }
      assertThat(1_000_000L - cost).isGreaterThan(minProfit);
    }
  }

  /** On the grid and tradable, probability and confidence in [0, 1], every input finite. */
  static void assertSane(Signal signal, PriceGrid grid) {
    assertThat(grid.isTradable(signal.limitPrice())).as("limit %s on the grid", signal.limitPrice()).isTrue();
    assertThat(signal.modelProbability()).isFinite().isBetween(0.0, 1.0);
    assertThat(signal.confidence()).isFinite().isBetween(0.0, 1.0);
    assertThat(signal.marketPrice().micros()).isBetween(0L, 1_000_000L);
    assertThat(signal.inputs().values()).allSatisfy(v -> assertThat(v).isFinite());
  }

  @Provide
  Arbitrary<List<Long>> bids() {
    return Arbitraries.longs().between(300_000, 1_000_000).withDistribution(RandomDistribution.uniform()).list()
        .ofMaxSize(4);
  }

  /** Sizes in hundredths, uniform, sometimes below one contract. */
  @Provide
  static Arbitrary<List<Long>> sizes() {
    return Arbitraries.longs().between(50, 10_000).withDistribution(RandomDistribution.uniform()).list()
        .ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<PriceGrid> grids() {
    return Arbitraries.of(PriceGrid.LINEAR_CENT, PriceGrid.TAPERED_DECI_CENT);
  }

  @Provide
  Arbitrary<FeeType> feeTypes() {
    return Arbitraries.of(FeeType.class);
  }
}
