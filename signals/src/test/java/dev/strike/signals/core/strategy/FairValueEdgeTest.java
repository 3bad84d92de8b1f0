package dev.strike.signals.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.SpotTick;
import dev.strike.common.id.Asset;
import dev.strike.common.id.SourceId;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Price;
import dev.strike.signals.core.Markets;
import dev.strike.signals.core.SignalEngine;
import dev.strike.signals.core.UnderlyingResolver;
import dev.strike.signals.core.spot.SpotIndexParams;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FairValueEdgeTest {
  private static final StrategyId ID = StrategyId.of("fair-value-edge");
  private static final Asset BTC = Asset.of("BTC");
  private static final long SECOND = 1_000_000_000L;
  /** Five minutes before the close: inside the default 1–14 minute window. */
  private static final long NOW = Markets.CLOSE_NS - 300 * SECOND;

  private final MarketInfo info = Markets.upDown("KXBTC15M-26AUG171330-30", "63000");
  private final SignalEngine engine = new SignalEngine(List.of(new FairValueEdge(ID, FairValueEdgeParams.defaults())),
      Set.of(), new UnderlyingResolver(List.of(BTC), Map.of()), SpotIndexParams.defaults());

  /** Six minutes of ticks from {@code sources}, one per second each, around 64,000 (±0.01 %), up to {@code NOW}. */
  private void spotHistory(String... sources) {
    for (long t = NOW - 360 * SECOND; t <= NOW; t += SECOND) {
      double wiggle = (t / SECOND) % 2 == 0 ? 6.4 : -6.4;
      for (String source : sources) {
        engine.onEvent(new SpotTick(BTC, SourceId.of(source), BigDecimal.valueOf(64_000 + wiggle), BigDecimal.ONE, t,
            t));
      }
    }
  }

  /** Ticks at 64,000 from the three core sources, once per second in [from, to]. */
  private void ticks(long from, long to) {
    for (long t = from; t <= to; t += SECOND) {
      for (String source : List.of("coinbase", "kraken", "bitstamp")) {
        engine.onEvent(new SpotTick(BTC, SourceId.of(source), BigDecimal.valueOf(64_000), BigDecimal.ONE, t, t));
      }
    }
  }

  @Test
  void shouldBuyYesWhenTheModelIsFarAboveTheAsk() {
    spotHistory("coinbase", "kraken", "bitstamp");
    engine.onEvent(info);
    List<Signal> signals = engine.onEvent(Markets.book(info, "0.79", "0.20", NOW + 1));
    // spot 64,000 is 1.6 % above the floor 63,000 with 5 minutes left and a per-second vol near 1e-4: P(yes) ≈ 1.
    // YES ask = 1 − 0.20 = 0.80; edge ≈ 1,000,000 − 800,000 − fee(0.80) = 200,000 − 11,200 = 188,800 µ$.
    assertThat(signals).singleElement().satisfies(s -> {
      assertThat(s.side()).isEqualTo(Side.YES);
      assertThat(s.action()).isEqualTo(Action.BUY);
      assertThat(s.kind()).isEqualTo(SignalKind.ENTRY);
      assertThat(s.limitPrice()).isEqualTo(Price.parse("0.80"));
      assertThat(s.marketPrice()).isEqualTo(Price.parse("0.80"));
      assertThat(s.edgeAfterFees().micros()).isBetween(188_000L, 188_800L);
      assertThat(s.confidence()).isEqualTo(1.0);
      assertThat(s.inputs()).containsKeys("spot", "volPerSqrtSecond", "modelProbability", "floorStrike");
      assertThat(s.strategy()).isEqualTo(ID);
    });
  }

  @Test
  void shouldStayQuietWithinTheCooldown() {
    spotHistory("coinbase", "kraken", "bitstamp");
    engine.onEvent(info);
    assertThat(engine.onEvent(Markets.book(info, "0.79", "0.20", NOW + 1))).hasSize(1);
    ticks(NOW + SECOND, NOW + 10 * SECOND);
    assertThat(engine.onEvent(Markets.book(info, "0.78", "0.20", NOW + 10 * SECOND))).isEmpty();
    ticks(NOW + 11 * SECOND, NOW + 31 * SECOND); // the sources stay fresh: without ticks the index would degrade
    assertThat(engine.onEvent(Markets.book(info, "0.78", "0.20", NOW + 31 * SECOND))).hasSize(1);
  }

  @Test
  void shouldStayQuietWhenTheEdgeIsBelowTheMinimum() {
    spotHistory("coinbase", "kraken", "bitstamp");
    engine.onEvent(info);
    // YES ask 0.98: edge ≈ 20,000 − fee(0.98) = 20,000 − 1,372 = 18,628 < 30,000
    assertThat(engine.onEvent(Markets.book(info, "0.97", "0.02", NOW + 1))).isEmpty();
  }

  @Test
  void shouldStayQuietWhenTheIndexIsDegraded() {
    spotHistory("coinbase"); // one core source of the quorum of two
    engine.onEvent(info);
    assertThat(engine.spot(BTC).degraded()).isTrue();
    assertThat(engine.onEvent(Markets.book(info, "0.79", "0.20", NOW + 1))).isEmpty();
  }

  @Test
  void shouldStayQuietOutsideTheTimeToCloseWindow() {
    spotHistory("coinbase", "kraken", "bitstamp");
    engine.onEvent(info);
    // 50 s before the close: under the 1-minute minimum (spot ticks keep the index fresh up to then)
    long late = Markets.CLOSE_NS - 50 * SECOND;
    ticks(NOW + SECOND, late);
    assertThat(engine.onEvent(Markets.book(info, "0.79", "0.20", late))).isEmpty();
  }

  @Test
  void shouldStayQuietWithoutEnoughSpotHistory() {
    for (long t = NOW - 60 * SECOND; t <= NOW; t += SECOND) {
      for (String source : List.of("coinbase", "kraken", "bitstamp")) {
        engine.onEvent(new SpotTick(BTC, SourceId.of(source), BigDecimal.valueOf(64_000 + (t / SECOND) % 3),
            BigDecimal.ONE, t, t));
      }
    }
    engine.onEvent(info);
    assertThat(engine.onEvent(Markets.book(info, "0.79", "0.20", NOW + 1))).isEmpty();
  }

  @Test
  void shouldBuyNoWhenTheSpotIsFarBelowTheFloor() {
    spotHistory("coinbase", "kraken", "bitstamp");
    MarketInfo high = Markets.upDown("KXBTC15M-26AUG171330-31", "65000");
    engine.onEvent(high);
    // P(yes) ≈ 0; NO ask = 1 − 0.30 = 0.70; edge ≈ 300,000 − fee(0.70) = 300,000 − 14,700 = 285,300
    List<Signal> signals = engine.onEvent(Markets.book(high, "0.30", "0.30", NOW + 1));
    assertThat(signals).singleElement().satisfies(s -> {
      assertThat(s.side()).isEqualTo(Side.NO);
      assertThat(s.limitPrice()).isEqualTo(Price.parse("0.70"));
      assertThat(s.edgeAfterFees().micros()).isBetween(284_500L, 285_300L);
    });
  }
}
