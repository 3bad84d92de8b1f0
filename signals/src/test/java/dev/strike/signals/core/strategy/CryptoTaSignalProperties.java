package dev.strike.signals.core.strategy;

import static dev.strike.signals.core.strategy.TaTestContext.BTC;
import static dev.strike.signals.core.strategy.TaTestContext.MINUTE;
import static dev.strike.signals.core.strategy.TaTestContext.SECOND;
import static dev.strike.signals.core.strategy.TaTestContext.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.signals.core.MarketState;
import dev.strike.signals.core.SettableSpot;
import dev.strike.signals.core.Strategy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever the market, book, spot path and indicator readings, every signal of the three TA strategies (priced with
 * the real {@code FairValue}) is a taker buy at the side's ask, on the market's tick grid and tradable, with a
 * probability and confidence in [0, 1], finite inputs, and at least the minimum edge after fees; and the same events
 * give the same signals, ids included.
 */
class CryptoTaSignalProperties {
  /**
   * One random session of a market and the spot path that drives the strategies; the strike lies {@code strike} (a
   * log distance) from the start of the path.
   */
  record Scenario(StrikeType type, double strike, double width, PriceGrid grid, long yesBid, long noBid,
      long closeAfterLastTickNs, double start, List<Double> returns, List<Double> zs, List<Double> sizes,
      double vol, boolean degradedAtEnd) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Long> grid = Arbitraries.longs().between(1, 999).map(cents -> cents * 1_000);
    return Builders.withBuilder(() -> new Object[13])
        .use(Arbitraries.of(StrikeType.GREATER, StrikeType.GREATER_OR_EQUAL, StrikeType.LESS,
            StrikeType.LESS_OR_EQUAL, StrikeType.BETWEEN)).in((a, v) -> set(a, 0, v))
        .use(Arbitraries.doubles().between(-0.02, 0.02).ofScale(5)).in((a, v) -> set(a, 1, v))
        .use(Arbitraries.doubles().between(50, 2_000).ofScale(2)).in((a, v) -> set(a, 2, v))
        .use(Arbitraries.of(PriceGrid.LINEAR_CENT, PriceGrid.TAPERED_DECI_CENT)).in((a, v) -> set(a, 3, v))
        .use(Arbitraries.frequencyOf(Tuple.of(9, grid), Tuple.of(1, Arbitraries.just(-1L))))
        .in((a, v) -> set(a, 4, v))
        .use(Arbitraries.frequencyOf(Tuple.of(9, grid), Tuple.of(1, Arbitraries.just(-1L))))
        .in((a, v) -> set(a, 5, v))
        .use(Arbitraries.longs().between(0, 20 * 60).map(s -> s * SECOND)).in((a, v) -> set(a, 6, v))
        .use(Arbitraries.doubles().between(55_000, 70_000).ofScale(2)).in((a, v) -> set(a, 7, v))
        .use(Arbitraries.doubles().between(-0.006, 0.006).ofScale(6).list().ofSize(60)).in((a, v) -> set(a, 8, v))
        .use(Arbitraries.oneOf(Arbitraries.doubles().between(-6, 6).ofScale(3), Arbitraries.just(Double.NaN))
            .list().ofSize(60)).in((a, v) -> set(a, 9, v))
        .use(Arbitraries.oneOf(Arbitraries.doubles().between(0, 5).ofScale(4), Arbitraries.just(0.0))
            .list().ofSize(60)).in((a, v) -> set(a, 10, v))
        .use(Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.doubles().between(1e-5, 1e-3).ofScale(8)),
            Tuple.of(1, Arbitraries.just(Double.NaN)))).in((a, v) -> set(a, 11, v))
        .use(Arbitraries.of(true, false)).in((a, v) -> set(a, 12, v))
        .build(CryptoTaSignalProperties::scenario);
  }

  private static Object[] set(Object[] values, int i, Object v) {
    values[i] = v;
    return values;
  }

  @SuppressWarnings("unchecked")
  private static Scenario scenario(Object[] v) {
    return new Scenario((StrikeType) v[0], (Double) v[1], (Double) v[2], (PriceGrid) v[3], (Long) v[4],
        (Long) v[5], (Long) v[6], (Double) v[7], (List<Double>) v[8], (List<Double>) v[9], (List<Double>) v[10],
        (Double) v[11], (Boolean) v[12]);
  }

  @Property(tries = 300)
  void shouldPutEverySignalOnTheGridWithFiniteNumbers(@ForAll("scenarios") Scenario scenario) {
    int signals = 0;
    for (Run run : run(scenario)) {
      for (Signal signal : run.signals()) {
        check(signal, run.market());
      }
      signals += run.signals().size();
      Statistics.label(run.strategy()).collect(!run.signals().isEmpty());
    }
    Statistics.label("signals").collect(signals > 0);
    // the property must not hold only because nothing fires
    Statistics.label("signals").coverage(coverage -> coverage.check(true).percentage(p -> p >= 20));
  }

  @Property(tries = 100)
  void shouldGiveTheSameSignalsWhenTheSameEventsAreReplayed(@ForAll("scenarios") Scenario scenario) {
    List<List<Signal>> first = run(scenario).stream().map(Run::signals).toList();
    List<List<Signal>> second = run(scenario).stream().map(Run::signals).toList();

    assertThat(second).isEqualTo(first);
  }

  /** What one strategy emitted over a scenario, with the market as it ended. */
  record Run(String strategy, MarketState market, List<Signal> signals) {}

  /** Drives fresh instances of the three strategies through the scenario, each with its own context. */
  private static List<Run> run(Scenario scenario) {
    List<Strategy> strategies = List.of(
        new MeanReversion(StrategyId.of("mr"), MeanReversionParams.defaults()),
        new SpikeReversion(StrategyId.of("spike"), new SpikeReversionParams(Duration.ofSeconds(60), 0.01,
            Duration.ofSeconds(5), 3, 60, 40, 0.5, 0.01, Money.ofCents(3), Duration.ZERO, Duration.ofMinutes(30),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30))),
        new CryptoTa(StrategyId.of("ta"), new CryptoTaParams(Duration.ofSeconds(5), 3, 2, 4, 2, 3, 3, 0.5, 0.3, 0.6,
            0.4, 0.7, 0.3, 0.1, 0.2, 0.005, Money.ofCents(3), Duration.ZERO, Duration.ofMinutes(30),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(60))));
    long lastTickNs = T0 + 59 * 5 * SECOND;
    long closeNs = lastTickNs + scenario.closeAfterLastTickNs();
    MarketInfo info = market(scenario, closeNs);
    List<Run> runs = new ArrayList<>();
    for (Strategy strategy : strategies) {
      TaTestContext ctx = new TaTestContext();
      MarketState market = ctx.addMarket(info, BTC);
      SettableSpot spot = ctx.testSpot(BTC);
      spot.vol = scenario.vol();
      List<Signal> out = new ArrayList<>(ctx.deliver(strategy, info));
      out.addAll(ctx.deliver(strategy, TaTestContext.book(info, onGrid(scenario.grid(), scenario.yesBid()),
          onGrid(scenario.grid(), scenario.noBid()), T0 - SECOND)));
      double index = scenario.start();
      for (int i = 0; i < 60; i++) {
        index *= Math.exp(scenario.returns().get(i));
        spot.index = index;
        spot.z = scenario.zs().get(i);
        spot.logReturn = scenario.returns().get(i) * 3;
        double mean = index * (1 - 0.001 * (Double.isNaN(spot.z) ? 0 : spot.z));
        spot.average = SettableSpot.constant(mean);
        spot.degraded = scenario.degradedAtEnd() && i > 50;
        long ts = T0 + i * 5 * SECOND;
        out.addAll(ctx.deliver(strategy, TaTestContext.tick(BTC, String.format(Locale.ROOT, "%.2f", index),
            String.format(Locale.ROOT, "%.4f", scenario.sizes().get(i)), ts)));
        out.addAll(ctx.deliver(strategy, TaTestContext.touch(info, i + 2, ts + 1)));
      }
      runs.add(new Run(strategy.id().value(), market, out));
    }
    return runs;
  }

  private static void check(Signal signal, MarketState market) {
    PriceGrid grid = market.info().priceGrid();
    assertThat(grid.isTradable(signal.limitPrice())).as("limit %s on the grid", signal.limitPrice()).isTrue();
    assertThat(signal.kind()).isEqualTo(SignalKind.ENTRY);
    assertThat(signal.action()).isEqualTo(Action.BUY);
    assertThat(signal.limitPrice()).isEqualTo(signal.marketPrice());
    assertThat(signal.modelProbability()).isFinite().isBetween(0.0, 1.0);
    assertThat(signal.confidence()).isFinite().isBetween(0.0, 1.0);
    for (Map.Entry<String, Double> input : signal.inputs().entrySet()) {
      assertThat(input.getValue()).as(input.getKey()).isFinite();
    }
    assertThat(signal.edgeAfterFees().micros()).isGreaterThanOrEqualTo(30_000);
    long otherBid = signal.side() == Side.YES ? bidOf(market, Side.NO) : bidOf(market, Side.YES);
    assertThat(signal.marketPrice().micros()).isEqualTo(Price.MICROS_PER_DOLLAR - otherBid);
  }

  /** A bid price as a book would hold it: on the market's grid (rounded down), -1 for none. */
  private static long onGrid(PriceGrid grid, long micros) {
    long snapped = micros <= 0 ? -1 : grid.roundDown(Price.ofMicros(micros)).micros();
    return snapped <= 0 ? -1 : snapped;
  }

  private static long bidOf(MarketState market, Side side) {
    return market.book().bestBidMicros(side);
  }

  private static MarketInfo market(Scenario s, long closeNs) {
    double strike = s.start() * Math.exp(s.strike());
    String floor = s.type().needsFloor() ? String.format(Locale.ROOT, "%.2f", strike) : null;
    String cap = s.type().needsCap()
        ? String.format(Locale.ROOT, "%.2f", s.type() == StrikeType.BETWEEN ? strike + s.width() : strike) : null;
    return TaTestContext.market("KXBTCD-26AUG1718-P", s.type(), floor, cap, closeNs, s.grid(), MarketStatus.ACTIVE,
        T0 - 30 * MINUTE);
  }
}
