package dev.strike.signals.core.strategy;

import static dev.strike.signals.core.ArbTestContext.CLOSE_NS;
import static dev.strike.signals.core.ArbTestContext.OPEN_NS;
import static dev.strike.signals.core.ArbTestContext.SECOND_NS;
import static dev.strike.signals.core.ArbTestContext.info;
import static dev.strike.signals.core.ArbTestContext.level;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.strike.common.config.ConfigException;
import dev.strike.common.config.ConfigProblems;
import dev.strike.common.event.Action;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.Asset;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.signals.core.ArbTestContext;
import dev.strike.signals.core.model.FairValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketMakerTest {
  private static final StrategyId ID = StrategyId.of("maker");
  private static final Asset BTC = Asset.of("BTC");
  private static final String EVENT = "KXBTCD-26AUG1717";
  private static final String TICKER = EVENT + "-T64000";
  private static final double STRIKE = 64_000.0;
  /** σ = 1% per √s: over the 4 s horizon σ√h = 0.02. */
  private static final double VOL = 0.01;
  /** 400 s before the close. */
  private static final long NOW = CLOSE_NS - 400 * SECOND_NS;

  /**
   * γ 0.1, half-spread 2¢ + 1 × Δp (cap 10¢), a 4 s volatility horizon, re-quote every 10 s, 15 s quotes, quiet in the
   * last 60 s, at most 100 contracts.
   */
  private static final MarketMakerParams PARAMS = new MarketMakerParams(0.1, 20_000L, 1.0, 100_000L,
      Duration.ofSeconds(4), Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(60), 10_000L);

  /**
   * p = 0.5 + ln(spot / floor): at the strike p = 0.5, and a one-sigma bump of the spot by e^{±0.02} moves it by
   * exactly ±0.02, so Δp = 0.02 wherever it is not clamped.
   */
  private static final MarketMaker.ProbabilityModel LOG_LINEAR =
      (type, floor, cap, spot, vol, now, close, window, average) ->
          Math.max(0, Math.min(1, 0.5 + Math.log(spot / floor)));

  private final ArbTestContext ctx = new ArbTestContext().at(NOW);
  private final MarketMaker maker = new MarketMaker(ID, PARAMS, LOG_LINEAR);

  private void market() {
    ctx.add(info(TICKER, EVENT, StrikeType.GREATER, "64000", null), BTC);
    ctx.spotOf(BTC).set(STRIKE, NOW - SECOND_NS, VOL);
  }

  /** YES bid 0.40, NO bid 0.40: both asks at 0.60, far from the quotes. */
  private List<Signal> wideBook() {
    return maker.onEvent(ctx, ctx.book(TICKER, List.of(level("0.40", "10")), List.of(level("0.40", "10"))));
  }

  private static long limit(List<Signal> signals, Side side) {
    return signals.stream().filter(s -> s.side() == side).findFirst().orElseThrow().limitPrice().micros();
  }

  @Test
  void shouldQuoteBothSidesSymmetricallyAroundFairValueWhenFlat() {
    market();

    List<Signal> signals = wideBook();

    // p = 0.5, Δp = 0.02, V = min(0.02² × 400 s / 4 s, 0.25) = 0.04, q = 0 -> r = 0.5
    // δ = 0.02 + 1 × 0.02 = 0.04 -> YES bid 0.46, NO bid 1 - 0.54 = 0.46
    assertThat(signals).extracting(Signal::side).containsExactly(Side.YES, Side.NO);
    Signal yes = signals.get(0);
    Signal no = signals.get(1);
    assertThat(yes.limitPrice()).isEqualTo(Price.parse("0.46"));
    assertThat(no.limitPrice()).isEqualTo(Price.parse("0.46"));
    assertThat(signals).allSatisfy(s -> {
      assertThat(s.kind()).isEqualTo(SignalKind.QUOTE);
      assertThat(s.action()).isEqualTo(Action.BUY);
      assertThat(s.marketPrice()).isEqualTo(Price.parse("0.60"));
      assertThat(s.ttlNs()).isEqualTo(15 * SECOND_NS);
      assertThat(s.modelProbability()).isEqualTo(0.5);
      // maker fee on a quadratic series is 0: edge = 500,000 - 460,000
      assertThat(s.edgeAfterFees().micros()).isEqualTo(40_000L);
    });
    assertThat(yes.inputs().get("probabilityMove")).isCloseTo(0.02, within(1e-12));
    assertThat(yes.inputs().get("variance")).isCloseTo(0.04, within(1e-12));
    assertThat(yes.inputs().get("halfSpread")).isCloseTo(0.04, within(1e-12));
    assertThat(yes.inputs()).containsEntry("reservation", 0.5).containsEntry("inventory", 0.0)
        .containsEntry("floor", STRIKE).containsEntry("spot", STRIKE).containsEntry("secondsToClose", 400.0)
        .containsEntry("ask", 0.60).doesNotContainKey("cap");
  }

  @Test
  void shouldSkewBothQuotesDownWhenLongYes() {
    market();
    ctx.netYes(TICKER, 1_000);

    List<Signal> signals = wideBook();

    // q = +10 contracts: r = 0.5 - 10 × 0.1 × 0.04 = 0.46 -> YES bid 0.42, NO bid 1 - 0.50 = 0.50
    assertThat(limit(signals, Side.YES)).isEqualTo(420_000L);
    assertThat(limit(signals, Side.NO)).isEqualTo(500_000L);
    assertThat(signals.get(0).inputs().get("reservation")).isCloseTo(0.46, within(1e-12));
  }

  @Test
  void shouldSkewBothQuotesUpWhenLongNo() {
    market();
    ctx.netYes(TICKER, -1_000);

    List<Signal> signals = wideBook();

    // q = -10 contracts: r = 0.54 -> YES bid 0.50, NO bid 1 - 0.58 = 0.42
    assertThat(limit(signals, Side.YES)).isEqualTo(500_000L);
    assertThat(limit(signals, Side.NO)).isEqualTo(420_000L);
  }

  @Test
  void shouldPullABidInBelowTheAskInsteadOfCrossing() {
    market();

    // YES ask 1 - 0.55 = 0.45 is below the 0.46 YES quote: pulled in to 0.44; the NO ask is 0.60
    List<Signal> signals = maker.onEvent(ctx, ctx.book(TICKER, List.of(level("0.40", "10")),
        List.of(level("0.55", "10"))));

    assertThat(limit(signals, Side.YES)).isEqualTo(440_000L);
    assertThat(limit(signals, Side.NO)).isEqualTo(460_000L);
    assertThat(signals.get(0).marketPrice()).isEqualTo(Price.parse("0.45"));
  }

  @Test
  void shouldSkipASideWhoseAskLeavesNoTradablePriceBelowIt() {
    market();

    // YES ask 1 - 0.99 = 0.01: nothing on the grid lies below it
    List<Signal> signals = maker.onEvent(ctx, ctx.book(TICKER, List.of(level("0.40", "10")),
        List.of(level("0.99", "10"))));

    assertThat(signals).extracting(Signal::side).containsExactly(Side.NO);
  }

  @Test
  void shouldRequoteOnlyWhenAQuoteChangesOrTheIntervalPassed() {
    market();
    assertThat(wideBook()).hasSize(2);

    // 2 s later: a book change that leaves the asks and the fair value as they were
    ctx.at(NOW + 2 * SECOND_NS);
    assertThat(maker.onEvent(ctx, ctx.delta(TICKER, Side.YES, "0.39", 500))).isEmpty();

    // the index moves: p = 0.5 + 0.05 -> r = 0.55, YES bid 0.51, NO bid 1 - 0.59 = 0.41: both change
    ctx.at(NOW + 3 * SECOND_NS);
    ctx.spotOf(BTC).set(STRIKE * Math.exp(0.05), NOW + 3 * SECOND_NS, VOL);
    List<Signal> moved = maker.onEvent(ctx, ctx.spotTick(BTC, "67281.81"));
    assertThat(limit(moved, Side.YES)).isEqualTo(510_000L);
    assertThat(limit(moved, Side.NO)).isEqualTo(410_000L);

    // a spot tick that did not change the index changes nothing
    ctx.at(NOW + 4 * SECOND_NS);
    assertThat(maker.onEvent(ctx, ctx.spotTick(BTC, "67281.81"))).isEmpty();

    // 10 s after the last quotes both are repeated unchanged
    ctx.at(NOW + 13 * SECOND_NS);
    List<Signal> repeated = maker.onEvent(ctx, ctx.delta(TICKER, Side.YES, "0.39", -500));
    assertThat(limit(repeated, Side.YES)).isEqualTo(510_000L);
    assertThat(limit(repeated, Side.NO)).isEqualTo(410_000L);
  }

  @Test
  void shouldRequoteOnlyTheSideThatChanged() {
    market();
    assertThat(wideBook()).hasSize(2);

    // the YES ask drops to 0.45: the YES quote is pulled in to 0.44, the NO quote stays 0.46
    ctx.at(NOW + SECOND_NS / 2);
    List<Signal> signals = maker.onEvent(ctx, ctx.delta(TICKER, Side.NO, "0.55", 1_000));

    assertThat(signals).extracting(Signal::side).containsExactly(Side.YES);
    assertThat(limit(signals, Side.YES)).isEqualTo(440_000L);
  }

  @Test
  void shouldStopTheBidThatWouldGrowAFullLongYesPosition() {
    market();
    ctx.netYes(TICKER, 10_000);

    List<Signal> signals = wideBook();

    // q = +100: no YES bid; r = 0.5 - 100 × 0.1 × 0.04 = 0.1, NO bid 1 - 0.14 = 0.86 > the 0.60 NO ask -> 0.59
    assertThat(signals).extracting(Signal::side).containsExactly(Side.NO);
    assertThat(limit(signals, Side.NO)).isEqualTo(590_000L);
  }

  @Test
  void shouldStopTheBidThatWouldGrowAFullLongNoPosition() {
    market();
    ctx.netYes(TICKER, -10_000);

    assertThat(wideBook()).extracting(Signal::side).containsExactly(Side.YES);
  }

  @Test
  void shouldGoQuietWithinTheMinimumTimeToClose() {
    market();
    ctx.at(CLOSE_NS - 60 * SECOND_NS);

    assertThat(wideBook()).isEmpty();

    ctx.at(CLOSE_NS - 61 * SECOND_NS);
    assertThat(wideBook()).hasSize(2);
  }

  @Test
  void shouldGoQuietWhenTheSpotIndexIsDegraded() {
    market();
    ctx.spotOf(BTC).degraded(true);

    assertThat(wideBook()).isEmpty();
  }

  @Test
  void shouldGoQuietWhenTheVolatilityIsNotReady() {
    market();
    ctx.spotOf(BTC).set(STRIKE, NOW, Double.NaN);

    assertThat(wideBook()).isEmpty();
  }

  @Test
  void shouldGoQuietWhenTheBookIsNotUsableAndQuoteAgainAfterTheNextSnapshot() {
    market();
    assertThat(wideBook()).hasSize(2);

    ctx.at(NOW + SECOND_NS / 2);
    assertThat(maker.onEvent(ctx, ctx.gap(TICKER))).isEmpty();

    // the same quotes as before the gap are sent again: the old ones may have been dropped meanwhile
    assertThat(wideBook()).hasSize(2);
  }

  @Test
  void shouldIgnoreMarketsWithoutAnUnderlying() {
    ctx.add(info("KXHIGHNY-26AUG12-T86", "KXHIGHNY-26AUG12", StrikeType.LESS, null, "86"), null);

    assertThat(maker.onEvent(ctx, ctx.book("KXHIGHNY-26AUG12-T86", List.of(level("0.40", "10")),
        List.of(level("0.40", "10"))))).isEmpty();
  }

  @Test
  void shouldGoQuietWhenTheFeesAreNotKnown() {
    ctx.add(info(TICKER, EVENT, StrikeType.GREATER, "64000", null, PriceGrid.LINEAR_CENT, FeeType.FLAT,
        MarketStatus.ACTIVE), BTC);
    ctx.spotOf(BTC).set(STRIKE, NOW, VOL);

    assertThat(wideBook()).isEmpty();
  }

  @Test
  void shouldPassTheOpeningAverageAsTheStrikeOfAnUpDownMarketWithoutAFloor() {
    // a 15-minute market listed before its floor is known (strike type custom, no bounds)
    String ticker = "KXBTC15M-26AUG171330-30";
    MarketInfo upDown = new MarketInfo(MarketTicker.of(ticker), EventTicker.of("KXBTC15M-26AUG171330"),
        SeriesTicker.of("KXBTC15M"), ticker, "", MarketStatus.ACTIVE, StrikeType.CUSTOM, null, null, OPEN_NS,
        CLOSE_NS, 0, PriceGrid.TAPERED_DECI_CENT, FeeType.QUADRATIC, BigDecimal.ONE, null, null, null, 0, OPEN_NS,
        OPEN_NS);
    ctx.add(upDown, BTC);
    long now = CLOSE_NS - 30 * SECOND_NS;
    ctx.at(now);
    ctx.spotOf(BTC).set(64_100.0, now, VOL).averages((from, to) ->
        from == OPEN_NS - FairValue.SETTLEMENT_WINDOW_NS && to == OPEN_NS ? 64_000.0
            : from == CLOSE_NS - FairValue.SETTLEMENT_WINDOW_NS && to == now ? 64_050.0 : Double.NaN);
    List<Object[]> calls = new ArrayList<>();
    MarketMaker.ProbabilityModel recording = (type, floor, cap, spot, vol, nowNs, close, window, average) -> {
      calls.add(new Object[] {type, floor, cap, spot, nowNs, close, window, average});
      return 0.5;
    };
    MarketMaker lateMaker = new MarketMaker(ID, new MarketMakerParams(0.1, 20_000L, 1.0, 100_000L,
        Duration.ofSeconds(4), Duration.ofSeconds(10), Duration.ofSeconds(15), Duration.ofSeconds(10), 10_000L),
        recording);

    List<Signal> signals = lateMaker.onEvent(ctx, ctx.book(ticker, List.of(level("0.40", "10")),
        List.of(level("0.40", "10"))));

    // p = 0.5 and Δp = 0 -> quotes 0.48 / 0.48; the model saw GREATER_OR_EQUAL the opening average, and the average
    // of the window so far (30 s inside the 60 s window)
    assertThat(signals).extracting(Signal::limitPrice).containsExactly(Price.parse("0.48"), Price.parse("0.48"));
    assertThat(calls).hasSize(3);
    Object[] center = calls.get(0);
    assertThat(center[0]).isEqualTo(StrikeType.GREATER_OR_EQUAL);
    assertThat((double) center[1]).isEqualTo(64_000.0);
    assertThat((double) center[2]).isNaN();
    assertThat((double) center[3]).isEqualTo(64_100.0);
    assertThat(center[5]).isEqualTo(CLOSE_NS);
    assertThat(center[6]).isEqualTo(FairValue.SETTLEMENT_WINDOW_NS);
    assertThat((double) center[7]).isEqualTo(64_050.0);
    // the bumps: spot × e^{±0.02}
    assertThat((double) calls.get(1)[3]).isCloseTo(64_100.0 * Math.exp(0.02), within(1e-9));
    assertThat((double) calls.get(2)[3]).isCloseTo(64_100.0 * Math.exp(-0.02), within(1e-9));
  }

  @Test
  void shouldPassNoAverageBeforeTheSettlementWindow() {
    List<Double> averages = new ArrayList<>();
    MarketMaker recording = new MarketMaker(ID, PARAMS,
        (type, floor, cap, spot, vol, now, close, window, average) -> {
          averages.add(average);
          return 0.5;
        });
    market();
    ctx.spotOf(BTC).averages((from, to) -> 1.0);

    recording.onEvent(ctx, ctx.book(TICKER, List.of(level("0.40", "10")), List.of(level("0.40", "10"))));

    assertThat(averages).hasSize(3).allSatisfy(a -> assertThat(a).isNaN());
  }

  @Test
  void shouldQuoteBelowOneDollarForADeepInTheMoneyMarketWithTheLognormalModel() {
    MarketMaker lognormal = new MarketMaker(ID, PARAMS);
    market();
    // spot 70,000 against 64,000 with σ√τ = 0.0001 × √400 = 0.002: ln(70/64) = 0.0896 is 45 sigmas -> p = 1, Δp = 0
    ctx.spotOf(BTC).set(70_000.0, NOW, 0.0001);

    List<Signal> signals = lognormal.onEvent(ctx, ctx.book(TICKER, List.of(level("0.95", "10")),
        List.of(level("0.01", "10"))));

    // r = 1, δ = 0.02: YES bid 0.98 (below the 0.99 ask); the NO bid 1 - 1.02 < 0 is not quoted
    assertThat(signals).extracting(Signal::side).containsExactly(Side.YES);
    assertThat(signals.get(0).limitPrice()).isEqualTo(Price.parse("0.98"));
    assertThat(signals.get(0).modelProbability()).isEqualTo(1.0);
  }

  @Test
  void shouldQuoteAroundOneHalfAtTheMoneyWithTheLognormalModel() {
    MarketMaker lognormal = new MarketMaker(ID, PARAMS);
    market();
    ctx.spotOf(BTC).set(STRIKE, NOW, 0.0005);

    List<Signal> signals = lognormal.onEvent(ctx, ctx.book(TICKER, List.of(level("0.40", "10")),
        List.of(level("0.40", "10"))));

    // σ = 0.0005/√s; the average's log-variance ≈ σ²(340 s to the window + 60 s / 3) = σ² × 360 s -> σ_eff = 0.009487
    // p = Φ(-σ_eff / 2) ≈ 0.5 - 0.3989 × 0.00474 = 0.4981
    // Δp ≈ φ(0) × σ√4 s / σ_eff = 0.3989 × 0.001 / 0.009487 = 0.0420 -> δ = 0.02 + 0.0420 = 0.0620
    // YES bid 0.4981 - 0.0620 = 0.4361 -> 0.43; NO bid 1 - (0.4981 + 0.0620) = 0.4399 -> 0.43
    assertThat(signals.get(0).modelProbability()).isCloseTo(0.4981, within(0.0002));
    assertThat(signals.get(0).inputs().get("halfSpread")).isCloseTo(0.0620, within(0.0005));
    assertThat(limit(signals, Side.YES)).isEqualTo(430_000L);
    assertThat(limit(signals, Side.NO)).isEqualTo(430_000L);
  }

  @Test
  void shouldAcceptTheDefaultsAndRejectATtlShorterThanTheRequoteInterval() {
    ConfigProblems ok = ConfigProblems.create();
    MarketMakerParams.defaults().validate(ok);
    assertThat(ok.isEmpty()).isTrue();

    MarketMakerParams bad = new MarketMakerParams(Double.NaN, 200_000L, -1.0, 100_000L, Duration.ZERO,
        Duration.ofSeconds(10), Duration.ofSeconds(5), Duration.ofSeconds(-1), 0L);
    ConfigProblems problems = ConfigProblems.create();
    bad.validate(problems);
    assertThat(problems.all()).hasSize(7);
    assertThatThrownBy(() -> new MarketMaker(ID, bad)).isInstanceOf(ConfigException.class);
  }
}
