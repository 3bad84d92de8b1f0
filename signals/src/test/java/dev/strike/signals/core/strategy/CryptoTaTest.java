package dev.strike.signals.core.strategy;

import static dev.strike.signals.core.strategy.TaTestContext.BTC;
import static dev.strike.signals.core.strategy.TaTestContext.MINUTE;
import static dev.strike.signals.core.strategy.TaTestContext.SECOND;
import static dev.strike.signals.core.strategy.TaTestContext.T0;
import static dev.strike.signals.core.strategy.TaTestContext.book;
import static dev.strike.signals.core.strategy.TaTestContext.openMarket;
import static dev.strike.signals.core.strategy.TaTestContext.tick;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.event.Action;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.signals.core.SettableSpot;
import dev.strike.signals.core.model.FairValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scenarios of {@link CryptoTa} with short indicators so that the numbers can be followed by hand: 1-second bars,
 * RSI(2), MACD(2, 3, 2), a 2-bar VWAP, a 2-bar regime (TREND at 0.5, RANGE at 0.3), the default weights, minimum
 * score 0.25, tilt at most 0.05; the linear test model at scale $2,000 (P(above K) = 0.5 + (spot − K)/2000); vol
 * 1e-4/√s, so one bar's typical move is 1e-4.
 *
 * <p>TREND: bars closing 63,000, 63,010, 63,030, 63,060 (one tick of size 1 each), then a tick at T0 at 63,060.
 * RSI 100; MACD: EMA2 63,005, 63,021.667, 63,047.222, EMA3 63,013.333, 63,036.667, macd 8.333, 10.556, signal
 * 9.444, histogram 1.1111; ER over 63,010 → 63,060: 50/50 = 1, TREND; VWAP of the last two bars 63,045.
 * macdDev = 1.1111 / (63,060 × 1e-4) = 0.17620; vwapDev = ln(63,060/63,045) / (1e-4 × √2) = 1.68 → 1;
 * score = 0.7 × 0.17620 + 0.3 × 1 = 0.42334. "Above 63,000": P(YES) 0.53, tilt 0.05 × 0.42334 × 4 × 0.53 × 0.47 =
 * 0.021091, tilted 0.551091. YES ask 1 − NO bid 0.50 = 0.50, fee 0.0175: edge 0.551090 − 0.50 − 0.0175 = $0.033590.
 */
class CryptoTaTest {
  private static final StrategyId ID = StrategyId.of("crypto-ta");
  private static final MarketInfo ABOVE =
      openMarket("KXBTCD-26AUG1718-T63000", StrikeType.GREATER, "63000", null, T0 + 10 * MINUTE);
  private static final double[] TREND = {63_000, 63_010, 63_030, 63_060};
  private static final double[] RANGE = {63_000, 63_040, 63_000, 63_040};

  private final TaTestContext ctx = new TaTestContext();
  private final CryptoTaTestModel model = new CryptoTaTestModel(2000);
  private CryptoTa strategy = new CryptoTa(ID, params(0.25), model);
  private SettableSpot spot;

  static CryptoTaParams params(double minScore) {
    return new CryptoTaParams(Duration.ofSeconds(1), 2, 2, 3, 2, 2, 2, 0.5, 0.3, 0.6, 0.4, 0.7, 0.3, minScore, 0.05,
        0.005, Money.ofCents(3), Duration.ofMinutes(1), Duration.ofMinutes(14), Duration.ofSeconds(5),
        Duration.ofSeconds(30), Duration.ofSeconds(60));
  }

  @BeforeEach
  void setUp() {
    ctx.addMarket(ABOVE, BTC);
    spot = ctx.testSpot(BTC);
    spot.vol = 1e-4;
    ctx.deliver(strategy, ABOVE);
  }

  /** One tick per bar at T0 − n s … T0 − 1 s with {@code closes}, then one at T0 at {@code last}; its signals. */
  private List<Signal> bars(double[] closes, String size, double last) {
    for (int i = 0; i < closes.length; i++) {
      spot.index = closes[i];
      ctx.deliver(strategy, tick(BTC, Double.toString(closes[i]), size, T0 - (closes.length - i) * SECOND));
    }
    spot.index = last;
    return ctx.deliver(strategy, tick(BTC, Double.toString(last), size, T0));
  }

  @Test
  void shouldBuyYesWhenATrendTiltsAnAboveMarketUp() {
    ctx.deliver(strategy, book(ABOVE, 400_000, 500_000, T0 - MINUTE));

    List<Signal> signals = bars(TREND, "1", 63_060);

    assertThat(signals).hasSize(1);
    Signal signal = signals.get(0);
    assertThat(signal.kind()).isEqualTo(SignalKind.ENTRY);
    assertThat(signal.action()).isEqualTo(Action.BUY);
    assertThat(signal.side()).isEqualTo(Side.YES);
    assertThat(signal.modelProbability()).isCloseTo(0.5510908, within(1e-7));
    assertThat(signal.limitPrice().micros()).isEqualTo(500_000);
    assertThat(signal.edgeAfterFees()).isEqualTo(Money.ofMicros(33_590));
    assertThat(signal.confidence()).isCloseTo(0.42334, within(1e-5));
    assertThat(signal.inputs()).containsEntry("trend", 1.0)
        .containsEntry("rsi", 100.0)
        .containsEntry("efficiencyRatio", 1.0)
        .containsEntry("vwap", 63_045.0)
        .containsEntry("vwapDev", 1.0)
        .containsEntry("direction", 1.0)
        .containsEntry("pYesFair", 0.53);
    assertThat(signal.inputs().get("macdHistogram")).isCloseTo(10.0 / 9, within(1e-9));
    assertThat(signal.inputs().get("macdDev")).isCloseTo(0.176199, within(1e-6));
    assertThat(signal.inputs().get("score")).isCloseTo(0.423339, within(1e-6));
    assertThat(signal.inputs().get("pYesTilted")).isCloseTo(0.551091, within(1e-6));
    assertThat(signal.reason()).contains("crypto TA", "TREND", "P(YES)");
  }

  @Test
  void shouldBuyNoWhenARangeFadesAnOverboughtIndex() {
    // RANGE: bars 63,000, 63,040, 63,000, 63,040, then 63,040: RSI(2) gains 40, 0, 40 and losses 0, 40, 0 give
    // averages 20/20 then 30/10: RSI 75, rsiDev 1; ER over 63,040 → 63,040: 0, RANGE; VWAP 63,020, vwapDev
    // ln(63,040/63,020)/(1e-4 × √2) = 2.24 → 1; score −(0.6 + 0.4) = −1. P(YES) 0.52, tilt −0.05 × 4 × 0.52 × 0.48 =
    // −0.04992, tilted 0.47008: NO with 0.52992. NO ask 1 − YES bid 0.52 = 0.48, fee 0.07 × 0.48 × 0.52 = 0.017472,
    // edge 0.529920 − 0.48 − 0.017472 = $0.032448; confidence 1
    ctx.deliver(strategy, book(ABOVE, 520_000, 400_000, T0 - MINUTE));

    List<Signal> signals = bars(RANGE, "1", 63_040);

    assertThat(signals).hasSize(1);
    assertThat(signals.get(0).side()).isEqualTo(Side.NO);
    assertThat(signals.get(0).limitPrice().micros()).isEqualTo(480_000);
    assertThat(signals.get(0).edgeAfterFees()).isEqualTo(Money.ofMicros(32_448));
    assertThat(signals.get(0).confidence()).isEqualTo(1.0);
    assertThat(signals.get(0).inputs()).containsEntry("trend", 0.0).containsEntry("rsi", 75.0)
        .containsEntry("score", -1.0);
  }

  @Test
  void shouldBuyNoOnABelowMarketWhenTheTrendIsUp() {
    // "below 63,100": P(YES) 0.5 + 40/2000 = 0.52; a rising index lowers it (direction −1), so the up-score favours
    // NO: tilt −0.05 × 0.42334 × 4 × 0.52 × 0.48 = −0.021133, P(NO) 0.501133; NO ask 1 − YES bid 0.60 = 0.40, fee
    // 0.07 × 0.4 × 0.6 = 0.0168, edge 0.501133 − 0.40 − 0.0168 = $0.084333
    MarketInfo below = openMarket("KXBTCD-26AUG1718-B63100", StrikeType.LESS, null, "63100", T0 + 10 * MINUTE);
    ctx.addMarket(below, BTC);
    ctx.deliver(strategy, below);
    ctx.deliver(strategy, book(below, 600_000, 300_000, T0 - MINUTE));

    List<Signal> signals = bars(TREND, "1", 63_060);

    assertThat(signals).extracting(Signal::side).containsExactly(Side.NO);
    assertThat(signals.get(0).edgeAfterFees()).isEqualTo(Money.ofMicros(84_333));
    assertThat(signals.get(0).inputs()).containsEntry("direction", -1.0);
  }

  @Test
  void shouldStayQuietOnARangeMarketWhenTheIndexIsInsideIt() {
    MarketInfo bucket =
        openMarket("KXBTC-26AUG1718-B63050", StrikeType.BETWEEN, "63000", "63100", T0 + 10 * MINUTE);
    ctx.addMarket(bucket, BTC);
    ctx.deliver(strategy, bucket);
    ctx.deliver(strategy, book(bucket, 100_000, 800_000, T0 - MINUTE));

    assertThat(bars(TREND, "1", 63_060)).isEmpty();
  }

  @Test
  void shouldStayQuietWhenTheScoreIsBelowTheMinimum() {
    // vol 4e-4: macdDev 1.1111/(63,060 × 4e-4) = 0.04405, vwapDev 2.379e-4/(4e-4 × √2) = 0.42055,
    // score 0.7 × 0.04405 + 0.3 × 0.42055 = 0.1570 < 0.25
    spot.vol = 4e-4;
    ctx.deliver(strategy, book(ABOVE, 400_000, 500_000, T0 - MINUTE));

    assertThat(bars(TREND, "1", 63_060)).isEmpty();
    assertThat(model.calls).isZero();
  }

  @Test
  void shouldStayQuietUntilTheIndicatorsAreReady() {
    ctx.deliver(strategy, book(ABOVE, 400_000, 500_000, T0 - MINUTE));

    // three closed bars: MACD(2, 3, 2) needs four
    assertThat(bars(new double[] {63_010, 63_030, 63_060}, "1", 63_060)).isEmpty();
  }

  @Test
  void shouldLeaveTheVwapOutWhenNoTickHasASize() {
    // without sizes the VWAP is not ready and counts 0: score 0.7 × 0.17620 = 0.12334, below 0.25 …
    ctx.deliver(strategy, book(ABOVE, 400_000, 500_000, T0 - MINUTE));
    assertThat(bars(TREND, "0", 63_060)).isEmpty();

    // … and above 0.1: P(YES) 0.53 + 0.05 × 0.123339 × 4 × 0.53 × 0.47 = 0.5361448; YES ask 0.50: edge 0.018644 <
    // 0.03, so a cheaper ask, 1 − 0.52 = 0.48 (fee 0.017472): edge 0.536144 − 0.48 − 0.017472 = $0.038672
    strategy = new CryptoTa(ID, params(0.1), model);
    ctx.deliver(strategy, ABOVE);
    ctx.deliver(strategy, book(ABOVE, 400_000, 520_000, T0 + SECOND));
    List<Signal> signals = bars(TREND, "0", 63_060);

    assertThat(signals).hasSize(1);
    assertThat(signals.get(0).edgeAfterFees()).isEqualTo(Money.ofMicros(38_672));
    assertThat(signals.get(0).inputs()).doesNotContainKey("vwap").containsEntry("vwapDev", 0.0);
  }

  @Test
  void shouldStayQuietWhenTheTiltIsBelowMinShift() {
    // the TREND tilt is 0.021091 < 0.03
    strategy = new CryptoTa(ID, new CryptoTaParams(Duration.ofSeconds(1), 2, 2, 3, 2, 2, 2, 0.5, 0.3, 0.6, 0.4, 0.7,
        0.3, 0.25, 0.05, 0.03, Money.ofCents(3), Duration.ofMinutes(1), Duration.ofMinutes(14), Duration.ofSeconds(5),
        Duration.ofSeconds(30), Duration.ofSeconds(60)), model);
    ctx.deliver(strategy, ABOVE);
    ctx.deliver(strategy, book(ABOVE, 400_000, 500_000, T0 - MINUTE));

    assertThat(bars(TREND, "1", 63_060)).isEmpty();
    assertThat(model.calls).isEqualTo(1);
  }

  @Test
  void shouldStayQuietWhenTheEdgeAfterFeesIsBelowTheMinimum() {
    // YES ask 1 − 0.49 = 0.51: fee 0.07 × 0.51 × 0.49 = 0.017493, edge 0.551090 − 0.51 − 0.017493 = 0.023597
    ctx.deliver(strategy, book(ABOVE, 400_000, 490_000, T0 - MINUTE));

    assertThat(bars(TREND, "1", 63_060)).isEmpty();
  }

  @Test
  void shouldStayQuietWhenTheSpotViewIsDegraded() {
    ctx.deliver(strategy, book(ABOVE, 400_000, 500_000, T0 - MINUTE));
    spot.degraded = true;

    assertThat(bars(TREND, "1", 63_060)).isEmpty();
  }

  @Test
  void shouldFireOnABookEventWhenTheLastTickArmedIt() {
    assertThat(bars(TREND, "1", 63_060)).isEmpty(); // no book yet

    List<Signal> signals = ctx.deliver(strategy, book(ABOVE, 400_000, 500_000, T0 + SECOND));

    assertThat(signals).extracting(Signal::side).containsExactly(Side.YES);
  }

  @Test
  void shouldPriceWithTheLognormalFairValueWhenBuiltWithItsPublicConstructor() {
    strategy = new CryptoTa(ID, params(0.25));
    ctx.deliver(strategy, ABOVE);
    ctx.deliver(strategy, book(ABOVE, 300_000, 400_000, T0 - MINUTE));

    List<Signal> signals = bars(TREND, "1", 63_060);

    double p = FairValue.probabilityYes(StrikeType.GREATER, 63_000, Double.NaN, 63_060, 1e-4, T0,
        ABOVE.closeTimeNs(), FairValue.SETTLEMENT_WINDOW_NS, Double.NaN);
    double score = 0.7 * (10.0 / 9 / 6.306) + 0.3;
    assertThat(signals).hasSize(1);
    assertThat(signals.get(0).side()).isEqualTo(Side.YES);
    assertThat(signals.get(0).modelProbability()).isCloseTo(p + 0.05 * score * 4 * p * (1 - p), within(1e-9));
  }

  @Test
  void shouldAcceptTheDefaultsAndRefuseWeightsAboveOne() {
    ConfigProblems good = ConfigProblems.create();
    CryptoTaParams.defaults().validate(good);
    CryptoTaParams heavy = new CryptoTaParams(Duration.ofSeconds(10), 14, 12, 26, 9, 30, 20, 0.5, 0.3, 0.7, 0.4, 0.7,
        0.3, 0.25, 0.05, 0.005, Money.ofCents(3), Duration.ofMinutes(1), Duration.ofMinutes(14), Duration.ofSeconds(5),
        Duration.ofSeconds(30), Duration.ofSeconds(60));
    ConfigProblems bad = ConfigProblems.create();

    heavy.validate(bad);

    assertThat(good.all()).isEmpty();
    assertThat(bad.all()).extracting(p -> p.key()).containsExactly("rangeVwapWeight");
  }
}
