package dev.strike.signals.core.strategy;

import static dev.strike.signals.core.strategy.TaTestContext.BTC;
import static dev.strike.signals.core.strategy.TaTestContext.MINUTE;
import static dev.strike.signals.core.strategy.TaTestContext.SECOND;
import static dev.strike.signals.core.strategy.TaTestContext.T0;
import static dev.strike.signals.core.strategy.TaTestContext.book;
import static dev.strike.signals.core.strategy.TaTestContext.openMarket;
import static dev.strike.signals.core.strategy.TaTestContext.tick;
import static dev.strike.signals.core.strategy.TaTestContext.touch;
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
 * Scenarios of {@link SpikeReversion} (defaults: 3 % in 60 s, RSI(14) on 5-second bars beyond 70/30, half given back)
 * with the linear test model at scale $2,000 (P(above K) = 0.5 + (spot − K)/2000).
 *
 * <p>The base scenario: sixteen ticks 5 s apart ending at T0, the index rising by $100 a tick from 63,000 to 64,500:
 * the last tick closes the fifteenth bar, so RSI(14) has 14 changes, all up: 100. The 60-second log return is set to
 * +0.035. Market "above 64,000" closing in 10 minutes. Model spot 64,500 × e^(−0.5 × 0.035) = 63,381.0692: P(YES)
 * 0.190535 (now 0.75), so NO with P 0.809465. NO ask 1 − YES bid 0.25 = 0.75: fee 0.07 × 0.75 × 0.25 = 0.013125,
 * edge 0.809465 − 0.75 − 0.013125 = $0.046340. Confidence 0.035 / 0.06 = 0.5833.
 */
class SpikeReversionTest {
  private static final StrategyId ID = StrategyId.of("spike-reversion");
  private static final MarketInfo ABOVE =
      openMarket("KXBTCD-26AUG1718-T64000", StrikeType.GREATER, "64000", null, T0 + 10 * MINUTE);

  private final TaTestContext ctx = new TaTestContext();
  private final CryptoTaTestModel model = new CryptoTaTestModel(2000);
  private final SpikeReversion strategy = new SpikeReversion(ID, SpikeReversionParams.defaults(), model);
  private SettableSpot spot;

  @BeforeEach
  void setUp() {
    ctx.addMarket(ABOVE, BTC);
    spot = ctx.testSpot(BTC);
    spot.vol = 1e-4;
    spot.logReturn = 0.01;
    ctx.deliver(strategy, ABOVE);
  }

  /** Ticks 5 s apart ending at T0, the index from {@code start} by {@code step}; the last one's signals. */
  private List<Signal> ticks(double start, double step, int count, double lastLogReturn) {
    return ticks(strategy, start, step, count, lastLogReturn);
  }

  /** {@link #ticks(double, double, int, double)} handed to {@code spike}. */
  private List<Signal> ticks(SpikeReversion spike, double start, double step, int count, double lastLogReturn) {
    List<Signal> last = List.of();
    for (int k = 0; k < count; k++) {
      spot.index = start + step * k;
      spot.logReturn = k == count - 1 ? lastLogReturn : 0.01;
      last = ctx.deliver(spike, tick(BTC, Double.toString(spot.index), "0.1", T0 - (count - 1 - k) * 5 * SECOND));
    }
    return last;
  }

  @Test
  void shouldBuyNoAfterAnUpSpikeConfirmedByAnOverboughtRsi() {
    ctx.deliver(strategy, book(ABOVE, 250_000, 200_000, T0 - MINUTE));

    List<Signal> signals = ticks(63_000, 100, 16, 0.035);

    assertThat(signals).hasSize(1);
    Signal signal = signals.get(0);
    assertThat(signal.kind()).isEqualTo(SignalKind.ENTRY);
    assertThat(signal.action()).isEqualTo(Action.BUY);
    assertThat(signal.side()).isEqualTo(Side.NO);
    assertThat(signal.modelProbability()).isCloseTo(0.8094654, within(1e-7));
    assertThat(signal.limitPrice().micros()).isEqualTo(750_000);
    assertThat(signal.marketPrice().micros()).isEqualTo(750_000);
    assertThat(signal.edgeAfterFees()).isEqualTo(Money.ofMicros(46_340));
    assertThat(signal.confidence()).isCloseTo(0.035 / 0.06, within(1e-12));
    assertThat(signal.inputs()).containsEntry("rsi", 100.0).containsEntry("logReturn", 0.035)
        .containsEntry("spot", 64_500.0).containsEntry("floorStrike", 64_000.0);
    assertThat(signal.inputs().get("modelSpot")).isCloseTo(63_381.0692, within(1e-3));
    assertThat(signal.inputs().get("preSpikeSpot")).isCloseTo(64_500 * Math.exp(-0.035), within(1e-6));
    assertThat(signal.reason()).contains("spike reversion", "RSI 100.0", "P(NO)");
    assertThat(spot.returnWindows).containsOnly(60 * SECOND);
  }

  @Test
  void shouldBuyYesAfterADownSpikeConfirmedByAnOversoldRsi() {
    // index 63,000 falling by 100 to 61,500, RSI 0, log return −0.035; "above 62,000": model spot
    // 61,500 × e^(0.0175) = 62,585.7224, P(YES) 0.792861 (now 0.25): YES; YES ask 1 − NO bid 0.30 = 0.70,
    // fee 0.0147, edge 0.792861 − 0.70 − 0.0147 = $0.078161
    MarketInfo lower = openMarket("KXBTCD-26AUG1718-T62000", StrikeType.GREATER, "62000", null, T0 + 10 * MINUTE);
    ctx.addMarket(lower, BTC);
    ctx.deliver(strategy, lower);
    ctx.deliver(strategy, book(lower, 100_000, 300_000, T0 - MINUTE));

    List<Signal> signals = ticks(63_000, -100, 16, -0.035);

    assertThat(signals).hasSize(1);
    assertThat(signals.get(0).ticker()).isEqualTo(lower.ticker());
    assertThat(signals.get(0).side()).isEqualTo(Side.YES);
    assertThat(signals.get(0).limitPrice().micros()).isEqualTo(700_000);
    assertThat(signals.get(0).edgeAfterFees()).isEqualTo(Money.ofMicros(78_161));
    assertThat(signals.get(0).inputs()).containsEntry("rsi", 0.0);
  }

  @Test
  void shouldStayQuietWhenTheRsiDoesNotConfirmTheSpike() {
    ctx.deliver(strategy, book(ABOVE, 250_000, 200_000, T0 - MINUTE));

    // a flat index: RSI 50, not above 70
    assertThat(ticks(64_500, 0, 16, 0.035)).isEmpty();
  }

  @Test
  void shouldStayQuietWhenTheRsiIsNotReady() {
    ctx.deliver(strategy, book(ABOVE, 250_000, 200_000, T0 - MINUTE));

    // 15 ticks close 14 bars: 13 changes, one short of RSI(14)
    assertThat(ticks(63_100, 100, 15, 0.035)).isEmpty();
  }

  @Test
  void shouldStayQuietWhenTheMoveIsNotBeyondTheThreshold() {
    ctx.deliver(strategy, book(ABOVE, 250_000, 200_000, T0 - MINUTE));

    assertThat(ticks(63_000, 100, 16, 0.03)).isEmpty();
    assertThat(model.calls).isZero();
  }

  @Test
  void shouldStayQuietWhenTheGiveBackMovesTheProbabilityLessThanMinShift() {
    // the give-back moves P(YES) from 0.75 to 0.190535: 0.559 < 0.6
    SpikeReversion picky = new SpikeReversion(ID, new SpikeReversionParams(Duration.ofSeconds(60), 0.03,
        Duration.ofSeconds(5), 14, 70, 30, 0.5, 0.6, Money.ofCents(3), Duration.ofMinutes(1), Duration.ofMinutes(14),
        Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(30)), model);
    ctx.deliver(picky, ABOVE);
    ctx.deliver(picky, book(ABOVE, 250_000, 200_000, T0 - MINUTE));
    List<Signal> last = ticks(picky, 63_000, 100, 16, 0.035);

    assertThat(last).isEmpty();
    assertThat(model.calls).isEqualTo(2);
  }

  @Test
  void shouldStayQuietWhenTheEdgeAfterFeesIsBelowTheMinimum() {
    // NO ask 1 − 0.23 = 0.77: fee 0.07 × 0.77 × 0.23 = 0.012397, edge 0.809465 − 0.77 − 0.012397 = 0.027068
    ctx.deliver(strategy, book(ABOVE, 230_000, 200_000, T0 - MINUTE));

    assertThat(ticks(63_000, 100, 16, 0.035)).isEmpty();
  }

  @Test
  void shouldStayQuietWhenTheSpotViewIsDegraded() {
    ctx.deliver(strategy, book(ABOVE, 250_000, 200_000, T0 - MINUTE));
    spot.degraded = true;

    assertThat(ticks(63_000, 100, 16, 0.035)).isEmpty();
  }

  @Test
  void shouldFireOnTheNextBookEventAfterTheCooldownWhileTheSpikeLasts() {
    ctx.deliver(strategy, book(ABOVE, 250_000, 200_000, T0 - MINUTE));
    assertThat(ticks(63_000, 100, 16, 0.035)).hasSize(1);

    assertThat(ctx.deliver(strategy, touch(ABOVE, 2, T0 + 29 * SECOND))).isEmpty();
    assertThat(ctx.deliver(strategy, touch(ABOVE, 3, T0 + 30 * SECOND))).hasSize(1);
  }

  @Test
  void shouldCarryTheRsiAcrossAShortSilence() {
    ctx.deliver(strategy, book(ABOVE, 250_000, 200_000, T0 - MINUTE));
    ticks(63_000, 100, 15, 0.01);
    spot.index = 64_500;
    spot.logReturn = 0.035;

    // 15 ticks up to T0 close 14 bars; a tick at T0 + 30 s closes the bar of T0 (the 14th change: RSI ready) and 5
    // empty bars, T0 + 5 s … T0 + 25 s: at most maxGap / bar = 6 of them, so the close is carried
    List<Signal> signals = ctx.deliver(strategy, tick(BTC, "64500", "0.1", T0 + 30 * SECOND));

    assertThat(signals).hasSize(1);
    assertThat(signals.get(0).inputs()).containsEntry("rsi", 100.0);
  }

  @Test
  void shouldRestartTheRsiAfterALongSilence() {
    ctx.deliver(strategy, book(ABOVE, 250_000, 200_000, T0 - MINUTE));
    ticks(63_000, 100, 15, 0.01);
    spot.index = 64_500;
    spot.logReturn = 0.035;

    // a tick at T0 + 40 s closes the bar of T0 and 7 empty ones: more than 6, the RSI starts over
    assertThat(ctx.deliver(strategy, tick(BTC, "64500", "0.1", T0 + 40 * SECOND))).isEmpty();
  }

  @Test
  void shouldPriceWithTheLognormalFairValueWhenBuiltWithItsPublicConstructor() {
    SpikeReversion real = new SpikeReversion(ID, SpikeReversionParams.defaults());
    ctx.deliver(real, ABOVE);
    ctx.deliver(real, book(ABOVE, 400_000, 200_000, T0 - MINUTE));
    List<Signal> last = ticks(real, 63_000, 100, 16, 0.035);

    double pYesModel = FairValue.probabilityYes(StrikeType.GREATER, 64_000, Double.NaN,
        64_500 * Math.exp(-0.5 * 0.035), 1e-4, T0, ABOVE.closeTimeNs(), FairValue.SETTLEMENT_WINDOW_NS, Double.NaN);
    assertThat(last).hasSize(1);
    assertThat(last.get(0).side()).isEqualTo(Side.NO);
    assertThat(last.get(0).modelProbability()).isEqualTo(1 - pYesModel);
  }

  @Test
  void shouldReportEveryBrokenRuleWhenValidated() {
    SpikeReversionParams bad = new SpikeReversionParams(Duration.ofSeconds(60), 1.5, Duration.ofMinutes(2), 0, 40,
        60, 0, 0.01, Money.ofCents(3), Duration.ofMinutes(1), Duration.ofMinutes(14), Duration.ofSeconds(5),
        Duration.ofSeconds(30), Duration.ofSeconds(30));
    ConfigProblems problems = ConfigProblems.create();

    bad.validate(problems);

    assertThat(problems.all()).extracting(p -> p.key()).containsExactlyInAnyOrder("threshold", "bar", "rsiPeriod",
        "overbought", "oversold", "reversionWeight", "maxGap");
  }

  @Test
  void shouldAcceptTheDefaults() {
    ConfigProblems problems = ConfigProblems.create();

    SpikeReversionParams.defaults().validate(problems);

    assertThat(problems.all()).isEmpty();
  }
}
