package dev.strike.signals.core.strategy;

import static dev.strike.signals.core.strategy.TaTestContext.BTC;
import static dev.strike.signals.core.strategy.TaTestContext.MINUTE;
import static dev.strike.signals.core.strategy.TaTestContext.SECOND;
import static dev.strike.signals.core.strategy.TaTestContext.T0;
import static dev.strike.signals.core.strategy.TaTestContext.book;
import static dev.strike.signals.core.strategy.TaTestContext.openMarket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.SourceId;
import dev.strike.common.id.StrategyId;
import dev.strike.signals.core.Strategy;
import dev.strike.signals.core.model.FairValue;
import dev.strike.signals.core.spot.SpotIndexParams;
import dev.strike.signals.core.spot.SpotTracker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The TA strategies with their defaults on the real spot index and the real fair value, end to end. */
class CryptoTaSpotTrackerTest {
  private static final List<SourceId> SOURCES =
      List.of(SourceId.of("coinbase"), SourceId.of("kraken"), SourceId.of("bitstamp"));
  /** The spike ends here; the market closes 10 minutes later. */
  private static final long SPIKE_END = T0;
  private static final MarketInfo ABOVE =
      openMarket("KXBTCD-26AUG1718-T65000", StrikeType.GREATER, "65000", null, SPIKE_END + 10 * MINUTE);

  /**
   * Ten minutes of BTC wobbling around 63,000 (two slow sines, ±0.08 %), then a rise of 3.5 % (log) over the last
   * 40 s; three sources a second each, a few dollars apart.
   */
  private static List<SpotTick> path() {
    List<SpotTick> ticks = new ArrayList<>();
    for (long s = -600; s <= 0; s++) {
      double wobble = 0.0005 * Math.sin(s / 7.0) + 0.0003 * Math.sin(s / 3.3);
      double ramp = s > -40 ? 0.035 * (s + 40) / 40.0 : 0;
      double base = 63_000 * Math.exp(wobble + ramp);
      for (int i = 0; i < SOURCES.size(); i++) {
        String price = String.format(Locale.ROOT, "%.2f", base + 2 * i);
        long ts = SPIKE_END + s * SECOND + i * 1_000_000L;
        ticks.add(new SpotTick(BTC, SOURCES.get(i), new BigDecimal(price), new BigDecimal("0.05"), ts, ts));
      }
    }
    return ticks;
  }

  /** Runs {@code strategy} over the path; the book (YES bid, NO bid) appears 5 s before the end of the spike. */
  private static List<Signal> run(Strategy strategy, long yesBid, long noBid) {
    TaTestContext ctx = new TaTestContext();
    ctx.addMarket(ABOVE, BTC);
    ctx.useTracker(new SpotTracker(BTC, SpotIndexParams.defaults()));
    ctx.deliver(strategy, ABOVE);
    List<Signal> signals = new ArrayList<>();
    boolean booked = false;
    for (SpotTick tick : path()) {
      if (!booked && tick.tsEvent() >= SPIKE_END - 5 * SECOND) {
        signals.addAll(ctx.deliver(strategy, book(ABOVE, yesBid, noBid, SPIKE_END - 5 * SECOND)));
        booked = true;
      }
      signals.addAll(ctx.deliver(strategy, tick));
    }
    return signals;
  }

  private static double fairValue(Signal signal, double spot) {
    return FairValue.probabilityYes(StrikeType.GREATER, 65_000, Double.NaN, spot,
        signal.inputs().get("volPerSqrtSecond"), signal.tsEvent(), ABOVE.closeTimeNs(),
        FairValue.SETTLEMENT_WINDOW_NS, Double.NaN);
  }

  @Test
  void shouldBuyNoAfterTheRiseWhenTheIndexStandsFarAboveItsMean() {
    List<Signal> signals = run(new MeanReversion(StrategyId.of("mr"), MeanReversionParams.defaults()), 550_000,
        400_000);

    assertThat(signals).isNotEmpty();
    Signal signal = signals.get(0);
    assertThat(signal.side()).isEqualTo(Side.NO);
    assertThat(signal.limitPrice().micros()).isEqualTo(450_000);
    double spot = signal.inputs().get("spot");
    double mean = signal.inputs().get("windowMean");
    assertThat(signal.inputs().get("z")).isGreaterThan(1.0);
    assertThat(mean).isLessThan(spot);
    assertThat(signal.inputs().get("revertedSpot")).isCloseTo(spot + 0.5 * (mean - spot), within(1e-6));
    assertThat(signal.modelProbability())
        .isEqualTo(1 - fairValue(signal, signal.inputs().get("revertedSpot")));
  }

  @Test
  void shouldBuyNoAfterTheSpikeWhenTheRsiIsOverbought() {
    List<Signal> signals = run(new SpikeReversion(StrategyId.of("spike"), SpikeReversionParams.defaults()), 550_000,
        400_000);

    assertThat(signals).isNotEmpty();
    Signal signal = signals.get(0);
    assertThat(signal.side()).isEqualTo(Side.NO);
    double r = signal.inputs().get("logReturn");
    assertThat(r).isGreaterThan(0.03);
    assertThat(signal.inputs().get("rsi")).isGreaterThan(70.0);
    assertThat(signal.inputs().get("modelSpot"))
        .isCloseTo(signal.inputs().get("spot") * Math.exp(-0.5 * r), within(1e-6));
    assertThat(signal.modelProbability()).isEqualTo(1 - fairValue(signal, signal.inputs().get("modelSpot")));
  }

  @Test
  void shouldBuyYesAtTheEndOfTheRiseWhenTheTrendTiltsTheFairValueUp() {
    List<Signal> signals = run(new CryptoTa(StrategyId.of("ta"), CryptoTaParams.defaults()), 400_000, 500_000);

    assertThat(signals).isNotEmpty();
    Signal signal = signals.get(0);
    assertThat(signal.side()).isEqualTo(Side.YES);
    assertThat(signal.inputs()).containsEntry("trend", 1.0);
    double p = signal.inputs().get("pYesFair");
    assertThat(p).isEqualTo(fairValue(signal, signal.inputs().get("spot")));
    assertThat(signal.modelProbability())
        .isCloseTo(p + 0.05 * signal.inputs().get("score") * 4 * p * (1 - p), within(1e-12));
  }

  @Test
  void shouldLeaveAPlainFairValueEdgeAloneWhenNoViewMovesTheProbability() {
    // before the rise the index is 3 % below the strike: P(YES) is next to 0, so NO at 0.45 has a huge edge; but
    // the wobble's z-scores and scores hardly move a probability that small (less than minShift): not these
    // strategies' business
    for (Strategy strategy : List.of(new MeanReversion(StrategyId.of("mr"), MeanReversionParams.defaults()),
        new SpikeReversion(StrategyId.of("spike"), SpikeReversionParams.defaults()),
        new CryptoTa(StrategyId.of("ta"), CryptoTaParams.defaults()))) {
      TaTestContext ctx = new TaTestContext();
      ctx.addMarket(ABOVE, BTC);
      ctx.useTracker(new SpotTracker(BTC, SpotIndexParams.defaults()));
      ctx.deliver(strategy, ABOVE);
      ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, SPIKE_END - 11 * MINUTE));
      List<SpotTick> calm = path().stream().filter(t -> t.tsEvent() < SPIKE_END - 40 * SECOND).toList();

      assertThat(ctx.deliverAll(strategy, calm)).as(strategy.id().value()).isEmpty();
    }
  }
}
