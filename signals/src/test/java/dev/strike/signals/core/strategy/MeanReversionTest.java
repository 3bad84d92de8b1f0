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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.strike.common.config.ConfigException;
import dev.strike.common.event.Action;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.common.money.PriceGrid;
import dev.strike.signals.core.SettableSpot;
import dev.strike.signals.core.model.FairValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scenarios of {@link MeanReversion} with the linear test model (scale $1,000: P(above K) = 0.5 + (spot − K)/1000).
 *
 * <p>The base scenario: BTC index 63,100, 5-minute z +1.5, window mean 62,900, vol 1e-4/√s; market "above 63,000"
 * closing in 10 minutes, YES bid 0.55 / NO bid 0.40 (so NO ask 0.45, YES ask 0.60). Reverted index 63,100 + 0.5 ×
 * (62,900 − 63,100) = 63,000: P(YES) now 0.6, reverted 0.5, so the reversion favours NO with P 0.5. Taker fee at
 * 0.45: 0.07 × 0.45 × 0.55 = $0.017325; edge 0.5 − 0.45 − 0.017325 = $0.032675 ≥ $0.03. Confidence 1.5 / 3 = 0.5.
 */
class MeanReversionTest {
  private static final StrategyId ID = StrategyId.of("mean-reversion");
  private static final MarketInfo ABOVE =
      openMarket("KXBTCD-26AUG1718-T63000", StrikeType.GREATER, "63000", null, T0 + 10 * MINUTE);

  private final TaTestContext ctx = new TaTestContext();
  private final CryptoTaTestModel model = new CryptoTaTestModel(1000);
  private final MeanReversion strategy = new MeanReversion(ID, MeanReversionParams.defaults(), model);
  private SettableSpot spot;

  @BeforeEach
  void setUp() {
    ctx.addMarket(ABOVE, BTC);
    spot = ctx.testSpot(BTC);
    spot.index = 63_100;
    spot.vol = 1e-4;
    spot.z = 1.5;
    spot.average = SettableSpot.constant(62_900);
    ctx.deliver(strategy, ABOVE);
  }

  @Test
  void shouldBuyNoAtTheAskWhenTheIndexIsHighAboveItsMeanOnAnAboveMarket() {
    assertThat(ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 - SECOND))).isEmpty();

    List<Signal> signals = ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0));

    assertThat(signals).hasSize(1);
    Signal signal = signals.get(0);
    assertThat(signal.strategy()).isEqualTo(ID);
    assertThat(signal.ticker()).isEqualTo(ABOVE.ticker());
    assertThat(signal.kind()).isEqualTo(SignalKind.ENTRY);
    assertThat(signal.side()).isEqualTo(Side.NO);
    assertThat(signal.action()).isEqualTo(Action.BUY);
    assertThat(signal.modelProbability()).isEqualTo(0.5);
    assertThat(signal.marketPrice().micros()).isEqualTo(450_000);
    assertThat(signal.limitPrice().micros()).isEqualTo(450_000);
    assertThat(signal.edgeAfterFees()).isEqualTo(Money.ofMicros(32_675));
    assertThat(signal.confidence()).isEqualTo(0.5);
    assertThat(signal.ttlNs()).isEqualTo(5 * SECOND);
    assertThat(signal.tsEvent()).isEqualTo(T0);
    assertThat(signal.reason()).contains("mean reversion", "BTC", "z +1.50", "P(NO) 0.5000");
  }

  @Test
  void shouldExplainTheSignalWithEveryNumberItUsed() {
    ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 - SECOND));

    Signal signal = ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0)).get(0);

    assertThat(signal.inputs()).containsEntry("spot", 63_100.0)
        .containsEntry("z", 1.5)
        .containsEntry("zThreshold", 1.0)
        .containsEntry("windowMean", 62_900.0)
        .containsEntry("revertedSpot", 63_000.0)
        .containsEntry("floorStrike", 63_000.0)
        .containsEntry("volPerSqrtSecond", 1e-4)
        .containsEntry("timeToCloseSeconds", 600.0)
        .containsEntry("ask", 0.45)
        .containsEntry("pYesReverted", 0.5)
        .doesNotContainKeys("capStrike", "averageSoFar");
    assertThat(signal.inputs().get("pYesNow")).isCloseTo(0.6, within(1e-12));
    assertThat(signal.inputs().get("edge")).isCloseTo(0.032675, within(1e-12));
  }

  @Test
  void shouldGiveTheModelTheMarketsTimesAndTheSettlementWindowWhenPricing() {
    ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 - SECOND));

    ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0));

    assertThat(spot.zWindows).containsOnly(5 * MINUTE);
    assertThat(model.lastVol).isEqualTo(1e-4);
    assertThat(model.lastFloor).isEqualTo(63_000.0);
    assertThat(model.lastCap).isNaN();
    assertThat(model.lastNowNs).isEqualTo(T0);
    assertThat(model.lastCloseNs).isEqualTo(ABOVE.closeTimeNs());
    assertThat(model.lastWindowNs).isEqualTo(FairValue.SETTLEMENT_WINDOW_NS);
    assertThat(model.lastAverageSoFar).isNaN();
  }

  @Test
  void shouldFireOnABookEventWhenTheLastTickArmedIt() {
    assertThat(ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0))).isEmpty(); // no book yet

    List<Signal> signals = ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 + SECOND));

    assertThat(signals).extracting(Signal::side).containsExactly(Side.NO);
  }

  @Test
  void shouldBuyYesWhenTheIndexIsHighAboveItsMeanOnABelowMarket() {
    // "below 63,000": P(YES) = 0.5 + (63,000 − spot)/1000: now 0.4, reverted 0.5, so YES with 0.5; the YES ask is
    // 1 − NO bid 0.55 = 0.45: the same edge, $0.032675
    MarketInfo below = openMarket("KXBTCD-26AUG1718-B63000", StrikeType.LESS, null, "63000", T0 + 10 * MINUTE);
    ctx.addMarket(below, BTC);
    ctx.deliver(strategy, below);
    ctx.deliver(strategy, book(below, 400_000, 550_000, T0 - SECOND));

    List<Signal> signals = ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0));

    assertThat(signals).hasSize(1);
    assertThat(signals.get(0).ticker()).isEqualTo(below.ticker());
    assertThat(signals.get(0).side()).isEqualTo(Side.YES);
    assertThat(signals.get(0).limitPrice().micros()).isEqualTo(450_000);
    assertThat(signals.get(0).edgeAfterFees()).isEqualTo(Money.ofMicros(32_675));
  }

  @Test
  void shouldBuyYesOnAnAboveMarketWhenTheIndexIsLowBelowItsMean() {
    // index 62,900, z −2.4, mean 63,100: reverted 63,000, P(YES) now 0.4, reverted 0.5: YES with 0.5 at the YES ask
    // 1 − 0.55 = 0.45; confidence 2.4 / 3 = 0.8
    spot.index = 62_900;
    spot.z = -2.4;
    spot.average = SettableSpot.constant(63_100);
    ctx.deliver(strategy, book(ABOVE, 400_000, 550_000, T0 - SECOND));

    Signal signal = ctx.deliver(strategy, tick(BTC, "62900.00", "0.5", T0)).get(0);

    assertThat(signal.side()).isEqualTo(Side.YES);
    assertThat(signal.limitPrice().micros()).isEqualTo(450_000);
    assertThat(signal.confidence()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void shouldPriceEveryMarketOfTheAssetWhenATickArmsIt() {
    MarketInfo higher = openMarket("KXBTCD-26AUG1718-T63050", StrikeType.GREATER, "63050", null, T0 + 10 * MINUTE);
    ctx.addMarket(higher, BTC);
    ctx.deliver(strategy, higher);
    ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 - SECOND));
    // above 63,050: P(YES) now 0.55, reverted 0.45: NO with 0.55; NO ask 1 − 0.50 = 0.50, fee 0.0175, edge 0.0325
    ctx.deliver(strategy, book(higher, 500_000, 400_000, T0 - SECOND));

    List<Signal> signals = ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0));

    assertThat(signals).extracting(s -> s.ticker().value())
        .containsExactly(ABOVE.ticker().value(), higher.ticker().value());
    assertThat(signals.get(1).edgeAfterFees()).isEqualTo(Money.ofMicros(32_500));
  }

  @Test
  void shouldStayQuietWhenTheEdgeAfterFeesIsBelowTheMinimum() {
    // NO ask 1 − 0.54 = 0.46: fee 0.07 × 0.46 × 0.54 = 0.017388, edge 0.5 − 0.46 − 0.017388 = 0.022612 < 0.03
    ctx.deliver(strategy, book(ABOVE, 540_000, 400_000, T0 - SECOND));

    assertThat(ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0))).isEmpty();
  }

  @Test
  void shouldStayQuietWhenTheReversionHardlyMovesTheProbability() {
    // index 63,010, mean 63,000: reverted 63,005, P(YES) 0.51 → 0.505, a shift of 0.005 < 0.01, though NO at
    // 1 − 0.70 = 0.30 would have plenty of edge (0.495 − 0.30 − 0.0147)
    spot.index = 63_010;
    spot.average = SettableSpot.constant(63_000);
    ctx.deliver(strategy, book(ABOVE, 700_000, 200_000, T0 - SECOND));

    assertThat(ctx.deliver(strategy, tick(BTC, "63010.00", "0.5", T0))).isEmpty();
    assertThat(model.calls).isEqualTo(2);
  }

  @Test
  void shouldStayQuietWhenTheZScoreIsNotAboveTheThreshold() {
    spot.z = 1.0;
    ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 - SECOND));

    assertThat(ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0))).isEmpty();
    assertThat(model.calls).isZero();
  }

  @Test
  void shouldStayQuietWhenTheSpotViewIsDegraded() {
    spot.degraded = true;
    ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 - SECOND));

    assertThat(ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0))).isEmpty();
    assertThat(ctx.deliver(strategy, touch(ABOVE, 2, T0 + SECOND))).isEmpty();
  }

  @Test
  void shouldStayQuietWhenTheVolatilityIsNotReady() {
    spot.vol = Double.NaN;
    ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 - SECOND));

    assertThat(ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0))).isEmpty();
  }

  @Test
  void shouldStayQuietWhenTheMeanIsOnTheWrongSideOfTheIndex() {
    spot.average = SettableSpot.constant(63_200); // z says above the mean, the mean says below
    ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 - SECOND));

    assertThat(ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0))).isEmpty();
  }

  @Test
  void shouldStayQuietWhenTheCloseIsBeyondTheWindow() {
    MarketInfo far = openMarket("KXBTCD-26AUG1718-T63001", StrikeType.GREATER, "63000", null, T0 + 15 * MINUTE);
    MarketInfo near = openMarket("KXBTCD-26AUG1718-T63002", StrikeType.GREATER, "63000", null, T0 + 59 * SECOND);
    for (MarketInfo market : List.of(far, near)) {
      ctx.addMarket(market, BTC);
      ctx.deliver(strategy, market);
      ctx.deliver(strategy, book(market, 550_000, 400_000, T0 - SECOND));
    }
    ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 - SECOND));

    List<Signal> signals = ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0));

    assertThat(signals).extracting(Signal::ticker).containsExactly(ABOVE.ticker());
  }

  @Test
  void shouldStayQuietWithinTheCooldownAfterASignal() {
    ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 - SECOND));
    assertThat(ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0))).hasSize(1);

    assertThat(ctx.deliver(strategy, touch(ABOVE, 2, T0 + 10 * SECOND))).isEmpty();
    assertThat(ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0 + 29 * SECOND))).isEmpty();
    assertThat(ctx.deliver(strategy, touch(ABOVE, 3, T0 + 30 * SECOND))).hasSize(1);
  }

  @Test
  void shouldStayQuietWhenTheBookHasAGap() {
    ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 - SECOND));
    ctx.deliver(strategy, new BookGap(ABOVE.ticker(), 1, 2, 4, "gap", T0 - 1, T0 - 1));

    assertThat(ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0))).isEmpty();
  }

  @Test
  void shouldStayQuietWhenTheMarketIsNoLongerOpen() {
    ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 - SECOND));
    MarketInfo closed = TaTestContext.market(ABOVE.ticker().value(), StrikeType.GREATER, "63000", null,
        ABOVE.closeTimeNs(), PriceGrid.LINEAR_CENT, MarketStatus.CLOSED, T0 - 1);
    ctx.deliver(strategy, closed);

    assertThat(ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0))).isEmpty();
    assertThat(ctx.deliver(strategy, touch(ABOVE, 2, T0 + SECOND))).isEmpty();
  }

  @Test
  void shouldStayQuietWhenNoTickOfTheAssetWasSeen() {
    ctx.removeSpot(BTC);
    ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 - SECOND));

    assertThat(ctx.deliver(strategy, tick(BTC, "63100.00", "0.5", T0))).isEmpty();
  }

  @Test
  void shouldPassTheSettlementAverageSoFarWhenInsideTheLastMinute() {
    MeanReversionParams late = new MeanReversionParams(Duration.ofMinutes(5), 1.0, 0.5, 3.0, 0.01, Money.ofCents(3),
        Duration.ZERO, Duration.ofMinutes(14), Duration.ofSeconds(5), Duration.ofSeconds(30));
    MeanReversion lateStrategy = new MeanReversion(ID, late, model);
    MarketInfo closing = openMarket("KXBTCD-26AUG1718-T63003", StrikeType.GREATER, "63000", null, T0 + 30 * SECOND);
    ctx.addMarket(closing, BTC);
    long windowStart = closing.closeTimeNs() - FairValue.SETTLEMENT_WINDOW_NS;
    spot.average = (from, to) -> from == windowStart && to == T0 ? 63_050 : 62_900;
    ctx.deliver(lateStrategy, closing);
    ctx.deliver(lateStrategy, book(closing, 550_000, 400_000, T0 - SECOND));

    Signal signal = ctx.deliver(lateStrategy, tick(BTC, "63100.00", "0.5", T0)).get(0);

    assertThat(model.lastAverageSoFar).isEqualTo(63_050.0);
    assertThat(signal.inputs()).containsEntry("averageSoFar", 63_050.0);
  }

  @Test
  void shouldPriceWithTheLognormalFairValueWhenBuiltWithItsPublicConstructor() {
    MeanReversion real = new MeanReversion(ID, MeanReversionParams.defaults());
    spot.vol = 1e-4;
    ctx.deliver(real, ABOVE);
    // a cheap NO: ask 1 − 0.80 = 0.20
    ctx.deliver(real, book(ABOVE, 800_000, 150_000, T0 - SECOND));

    List<Signal> signals = ctx.deliver(real, tick(BTC, "63100.00", "0.5", T0));

    double pYesReverted = FairValue.probabilityYes(StrikeType.GREATER, 63_000, Double.NaN, 63_000, 1e-4, T0,
        ABOVE.closeTimeNs(), FairValue.SETTLEMENT_WINDOW_NS, Double.NaN);
    assertThat(pYesReverted).isBetween(0.45, 0.55); // at the money, 10 minutes out
    assertThat(signals).hasSize(1);
    assertThat(signals.get(0).side()).isEqualTo(Side.NO);
    assertThat(signals.get(0).modelProbability()).isEqualTo(1 - pYesReverted);
  }

  @Test
  void shouldRefuseSettingsThatBreakTheRules() {
    MeanReversionParams bad = new MeanReversionParams(Duration.ZERO, -1, 0.5, 3.0, 0.01, Money.ofCents(3),
        Duration.ofMinutes(1), Duration.ofMinutes(14), Duration.ofSeconds(5), Duration.ofSeconds(30));

    assertThatThrownBy(() -> new MeanReversion(ID, bad)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("zWindow").hasMessageContaining("zThreshold");
  }
}
