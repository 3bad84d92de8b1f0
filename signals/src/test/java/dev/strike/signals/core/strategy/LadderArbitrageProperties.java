package dev.strike.signals.core.strategy;

import static dev.strike.signals.core.ArbTestContext.info;
import static dev.strike.signals.core.ArbTestContext.levelsOnGrid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
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
import java.util.ArrayList;
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
 * On any books of a four-strike ladder or a five-market bracket set, on either grid: every set of legs the ladder
 * arbitrage emits is on the grid with finite numbers, bought at the asks, of the right shape (YES of a lower strike
 * and NO of a higher one, or one side of every bracket), and locks in more than the minimum profit after fees at
 * the limits.
 */
class LadderArbitrageProperties {
  private static final String LADDER = "KXBTCD-26AUG1717";
  private static final String BRACKETS = "KXBTC-26AUG1717";

  @Property(tries = 500)
  void shouldEmitOnlyProfitableStrikePairsOnTheGrid(@ForAll("grids") PriceGrid grid,
      @ForAll("ladderBooks") List<List<Long>> yesBooks, @ForAll("ladderBooks") List<List<Long>> noBooks,
      @ForAll("sizes") List<Long> sizes,
      @ForAll @LongRange(min = 0, max = 50_000) long minProfit) {
    List<MarketInfo> infos = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      String strike = String.valueOf(64_000 + 250 * k);
      infos.add(info(LADDER + "-T" + strike, LADDER, k % 2 == 0 ? StrikeType.GREATER : StrikeType.GREATER_OR_EQUAL,
          strike, null, grid, FeeType.QUADRATIC, MarketStatus.ACTIVE));
    }

    List<List<Signal>> fired = run(grid, infos, yesBooks, noBooks, sizes, minProfit);

    Statistics.label("fired").collect(!fired.isEmpty());
    Statistics.label("fired").coverage(c -> c.check(true).percentage(pct -> pct > 10));
    for (List<Signal> legs : fired) {
      assertThat(legs).extracting(Signal::side).containsExactly(Side.YES, Side.NO);
      BigDecimal low = strike(infos, legs.get(0));
      BigDecimal high = strike(infos, legs.get(1));
      assertThat(low).isLessThan(high);
      assertThat(1_000_000L - cost(legs)).isGreaterThan(minProfit);
    }
  }

  @Property(tries = 500)
  void shouldEmitOnlyProfitableBracketSetsOnTheGrid(@ForAll("grids") PriceGrid grid,
      @ForAll("bracketYesBooks") List<List<Long>> yesBooks, @ForAll("bracketNoBooks") List<List<Long>> noBooks,
      @ForAll("sizes") List<Long> sizes,
      @ForAll @LongRange(min = 0, max = 50_000) long minProfit) {
    List<MarketInfo> infos = List.of(
        info(BRACKETS + "-T63750", BRACKETS, StrikeType.LESS, null, "63750", grid, FeeType.QUADRATIC,
            MarketStatus.ACTIVE),
        info(BRACKETS + "-B63875", BRACKETS, StrikeType.BETWEEN, "63750", "63999.99", grid, FeeType.QUADRATIC,
            MarketStatus.ACTIVE),
        info(BRACKETS + "-B64125", BRACKETS, StrikeType.BETWEEN, "64000", "64249.99", grid, FeeType.QUADRATIC,
            MarketStatus.ACTIVE),
        info(BRACKETS + "-B64375", BRACKETS, StrikeType.BETWEEN, "64250", "64499.99", grid, FeeType.QUADRATIC,
            MarketStatus.ACTIVE),
        info(BRACKETS + "-T64499.99", BRACKETS, StrikeType.GREATER, "64499.99", null, grid, FeeType.QUADRATIC,
            MarketStatus.ACTIVE));

    List<List<Signal>> fired = run(grid, infos, yesBooks, noBooks, sizes, minProfit);

    Statistics.label("fired").collect(!fired.isEmpty());
    Statistics.label("fired").coverage(c -> c.check(true).percentage(pct -> pct > 10));
    for (List<Signal> legs : fired) {
      assertThat(legs).hasSize(5);
      Side side = legs.get(0).side();
      assertThat(legs).allSatisfy(s -> assertThat(s.side()).isEqualTo(side));
      long payout = side == Side.YES ? 1_000_000L : 4_000_000L;
      assertThat(payout - cost(legs)).isGreaterThan(minProfit);
    }
  }

  /** Books every market in turn, as the engine would; returns every non-empty output. */
  private static List<List<Signal>> run(PriceGrid grid, List<MarketInfo> infos, List<List<Long>> yesBooks,
      List<List<Long>> noBooks, List<Long> sizes, long minProfit) {
    ArbTestContext ctx = new ArbTestContext();
    for (MarketInfo info : infos) {
      ctx.add(info, null);
    }
    LadderArbitrage strategy = new LadderArbitrage(StrategyId.of("ladder"),
        new ArbitrageParams(minProfit, 100, Duration.ofSeconds(2), Duration.ZERO));
    List<List<Signal>> fired = new ArrayList<>();
    for (int k = 0; k < infos.size(); k++) {
      List<Signal> signals = strategy.onEvent(ctx, ctx.book(infos.get(k).ticker().value(),
          levelsOnGrid(grid, yesBooks.get(k), sizes), levelsOnGrid(grid, noBooks.get(k), sizes)));
      for (Signal signal : signals) {
        ParityArbitrageProperties.assertSane(signal, grid);
        assertThat(signal.limitPrice()).isEqualTo(signal.marketPrice());
      }
      if (!signals.isEmpty()) {
        fired.add(signals);
      }
    }
    return fired;
  }

  private static long cost(List<Signal> legs) {
    KalshiFees fees = KalshiFees.of(FeeType.QUADRATIC, BigDecimal.ONE);
    long cost = 0;
    for (Signal leg : legs) {
      cost += leg.limitPrice().micros() + fees.perContractMicros(leg.limitPrice().micros(), false);
    }
    return cost;
  }

  private static BigDecimal strike(List<MarketInfo> infos, Signal signal) {
    return infos.stream().filter(i -> i.ticker().equals(signal.ticker())).findFirst().orElseThrow().floorStrike();
  }

  @Provide
  Arbitrary<List<List<Long>>> ladderBooks() {
    return books(0, 1_000_000, 4);
  }

  @Provide
  Arbitrary<List<List<Long>>> bracketYesBooks() {
    return books(0, 400_000, 5);
  }

  @Provide
  Arbitrary<List<List<Long>>> bracketNoBooks() {
    return books(600_000, 1_000_000, 5);
  }

  @Provide
  Arbitrary<List<Long>> sizes() {
    return ParityArbitrageProperties.sizes();
  }

  /** {@code markets} ladders of one to three bids, uniform in [min, max] micro-dollars. */
  private static Arbitrary<List<List<Long>>> books(long min, long max, int markets) {
    return Arbitraries.longs().between(min, max).withDistribution(RandomDistribution.uniform()).list()
        .ofMinSize(1).ofMaxSize(3).list().ofSize(markets);
  }

  @Provide
  Arbitrary<PriceGrid> grids() {
    return Arbitraries.of(PriceGrid.LINEAR_CENT, PriceGrid.TAPERED_DECI_CENT);
  }
}
