package dev.strike.signals.core.strategy;

import static dev.strike.signals.core.ArbTestContext.CLOSE_NS;
import static dev.strike.signals.core.ArbTestContext.SECOND_NS;
import static dev.strike.signals.core.ArbTestContext.info;
import static dev.strike.signals.core.ArbTestContext.levelsOnGrid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.Asset;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.PriceGrid;
import dev.strike.signals.core.ArbTestContext;
import dev.strike.signals.core.MarketState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the fair value (NaN included), volatility, inventory, settings and book: every quote is a maker BUY on the
 * grid, strictly below the current ask of its side, with finite numbers, and never on the side that would grow a
 * position already at its limit. Run over a sequence of book updates and spot moves, so the caching paths are
 * exercised too.
 */
class MarketMakerProperties {
  private static final Asset BTC = Asset.of("BTC");
  private static final String EVENT = "KXBTCD-26AUG1717";
  private static final String TICKER = EVENT + "-T64000";

  @Property(tries = 500)
  void shouldQuoteOnlyOnTheGridBelowTheAskWithFiniteNumbers(@ForAll("grids") PriceGrid grid,
      @ForAll("strikeTypes") StrikeType type,
      @ForAll @DoubleRange(min = 0, max = 1) @Scale(6) double p0, @ForAll @DoubleRange(min = 0, max = 5) double slope,
      @ForAll @IntRange(min = 0, max = 9) int failing,
      @ForAll @DoubleRange(min = 1e-7, max = 0.05) @Scale(9) double vol,
      @ForAll @LongRange(min = -20_000, max = 20_000) long inventory,
      @ForAll @DoubleRange(min = 0, max = 2) double gamma, @ForAll @LongRange(min = 0, max = 100_000) long base,
      @ForAll @DoubleRange(min = 0, max = 5) double k, @ForAll @IntRange(min = 90, max = 900) int secondsToClose,
      @ForAll("books") List<List<Long>> yesBooks, @ForAll("books") List<List<Long>> noBooks,
      @ForAll @Size(min = 1, max = 5) List<@DoubleRange(min = 50_000, max = 80_000) Double> spots) {
    String floor = type == StrikeType.LESS || type == StrikeType.LESS_OR_EQUAL ? null : "64000";
    String cap = type == StrikeType.BETWEEN ? "64249.99"
        : type == StrikeType.LESS || type == StrikeType.LESS_OR_EQUAL ? "64000" : null;
    ArbTestContext ctx = new ArbTestContext();
    long start = CLOSE_NS - secondsToClose * SECOND_NS;
    ctx.at(start);
    ctx.add(info(TICKER, EVENT, type, floor, cap, grid, FeeType.QUADRATIC_WITH_MAKER_FEES, MarketStatus.ACTIVE), BTC);
    ctx.netYes(TICKER, inventory);
    MarketMaker.ProbabilityModel model = (t, f, c, spot, v, now, close, window, average) ->
        failing == 0 ? Double.NaN : Math.max(0, Math.min(1, p0 + slope * Math.log(spot / 64_000.0)));
    MarketMaker maker = new MarketMaker(StrategyId.of("maker"), new MarketMakerParams(gamma, base, k, 100_000L,
        Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(60), 10_000L),
        model);
    MarketState market = ctx.market(TICKER);
    List<Signal> all = new ArrayList<>();

    int steps = Math.max(yesBooks.size(), spots.size());
    for (int i = 0; i < steps; i++) {
      ctx.at(start + i * 700_000_000L);
      ctx.spotOf(BTC).set(spots.get(i % spots.size()), ctx.nowNs(), vol);
      List<Signal> fromSpot = maker.onEvent(ctx, ctx.spotTick(BTC, "64000"));
      checkAll(fromSpot, market, grid, inventory);
      all.addAll(fromSpot);
      List<Signal> fromBook = maker.onEvent(ctx, ctx.book(TICKER,
          levelsOnGrid(grid, yesBooks.get(i % yesBooks.size()), List.of(100L)),
          levelsOnGrid(grid, noBooks.get(i % noBooks.size()), List.of(100L))));
      checkAll(fromBook, market, grid, inventory);
      all.addAll(fromBook);
    }
    Statistics.label("quoted").collect(!all.isEmpty());
    Statistics.label("quoted").coverage(c -> c.check(true).percentage(pct -> pct > 50));
  }

  private static void checkAll(List<Signal> signals, MarketState market, PriceGrid grid, long inventory) {
    assertThat(signals.size()).isLessThanOrEqualTo(2);
    for (Signal signal : signals) {
      ParityArbitrageProperties.assertSane(signal, grid);
      assertThat(signal.kind()).isEqualTo(SignalKind.QUOTE);
      assertThat(signal.action()).isEqualTo(Action.BUY);
      long ask = market.bestAskMicros(signal.side());
      if (ask >= 0) {
        assertThat(signal.limitPrice().micros()).as("bid below the ask").isLessThan(ask);
      }
      if (inventory >= 10_000) {
        assertThat(signal.side()).isEqualTo(Side.NO);
      }
      if (inventory <= -10_000) {
        assertThat(signal.side()).isEqualTo(Side.YES);
      }
    }
  }

  /** One to five books of up to three bids each, uniform over the whole price range. */
  @Provide
  Arbitrary<List<List<Long>>> books() {
    return Arbitraries.longs().between(0, 1_000_000).withDistribution(RandomDistribution.uniform()).list()
        .ofMaxSize(3).list().ofMinSize(1).ofMaxSize(5);
  }

  @Provide
  Arbitrary<PriceGrid> grids() {
    return Arbitraries.of(PriceGrid.LINEAR_CENT, PriceGrid.TAPERED_DECI_CENT);
  }

  @Provide
  Arbitrary<StrikeType> strikeTypes() {
    return Arbitraries.of(StrikeType.GREATER, StrikeType.GREATER_OR_EQUAL, StrikeType.LESS, StrikeType.LESS_OR_EQUAL,
        StrikeType.BETWEEN);
  }
}
