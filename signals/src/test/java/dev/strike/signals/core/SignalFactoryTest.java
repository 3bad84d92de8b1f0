package dev.strike.signals.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import java.math.BigDecimal;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SignalFactoryTest {
  private static final StrategyId STRATEGY = StrategyId.of("fair-value-edge");
  private final MarketInfo info = Markets.upDown("KXBTC15M-26AUG171330-30", "63485.16");
  private final MarketState market = new MarketState(info, null);
  private final SignalFactory factory = new SignalFactory();

  private Signal buy(double p, long rawLimit, boolean maker) {
    factory.trigger(Markets.book(info, "0.45", "0.53", 1_000L));
    return factory.signal(STRATEGY, market, SignalKind.ENTRY, Side.YES, Action.BUY, p, 470_000, rawLimit, maker, 0.5,
        5_000_000_000L, "test", new TreeMap<>());
  }

  @Test
  void shouldRoundABuyLimitDownOntoTheGridAndComputeTheEdgeThere() {
    // tapered deci-cent: 1¢ steps between $0.10 and $0.90, so 0.4768 → 0.47
    Signal signal = buy(0.55, 476_800, false);
    assertThat(signal.limitPrice()).isEqualTo(Price.parse("0.47"));
    // edge = 550,000 − 470,000 − fee(0.47) = 80,000 − ceil(0.07 × 0.47 × 0.53 × 1e6 = 17,437) = 62,563
    assertThat(signal.edgeAfterFees().micros()).isEqualTo(62_563);
  }

  @Test
  void shouldUseTheMakerFeeForRestingOrders() {
    Signal signal = buy(0.55, 470_000, true);
    assertThat(signal.edgeAfterFees().micros()).isEqualTo(80_000); // quadratic series: makers pay nothing
  }

  @Test
  void shouldRoundASellLimitUp() {
    factory.trigger(1, 2, "k");
    Signal signal = factory.signal(STRATEGY, market, SignalKind.EXIT, Side.YES, Action.SELL, 0.40, 450_000, 450_100,
        false, 0.5, 1, "test", new TreeMap<>());
    assertThat(signal.limitPrice()).isEqualTo(Price.parse("0.46"));
    // edge = 460,000 − fee(0.46) − 400,000 = 60,000 − ceil(0.07 × 0.46 × 0.54 × 1e6 = 17,388) = 42,612
    assertThat(signal.edgeAfterFees().micros()).isEqualTo(42_612);
  }

  @Test
  void shouldBuildNoSignalFromANonFiniteNumber() {
    assertThat(buy(Double.NaN, 470_000, false)).isNull();
    TreeMap<String, Double> inputs = new TreeMap<>();
    inputs.put("vol", Double.POSITIVE_INFINITY);
    assertThat(factory.signal(STRATEGY, market, SignalKind.ENTRY, Side.YES, Action.BUY, 0.5, 470_000, 470_000, false,
        0.5, 1, "test", inputs)).isNull();
    assertThat(factory.dropped()).isEqualTo(2);
  }

  @Test
  void shouldBuildNoSignalWhenTheLimitFallsOffTheTradableGrid() {
    MarketState cents = new MarketState(Markets.market("KXBTCD-26AUG1717-T63499.99", StrikeType.GREATER,
        new BigDecimal("63499.99"), null, PriceGrid.LINEAR_CENT), null);
    factory.trigger(1, 2, "k");
    // a buy below 1¢ rounds down to $0.00, which no order may carry
    assertThat(factory.signal(STRATEGY, cents, SignalKind.ENTRY, Side.YES, Action.BUY, 0.01, 10_000, 9_999, false,
        0.5, 1, "test", new TreeMap<>())).isNull();
  }

  @Test
  void shouldDeriveTheSameIdFromTheSameTriggerAndADifferentOneFromAnother() {
    Signal first = buy(0.55, 470_000, false);
    Signal again = buy(0.55, 470_000, false);
    factory.trigger(Markets.book(info, "0.45", "0.53", 2_000L));
    Signal later = factory.signal(STRATEGY, market, SignalKind.ENTRY, Side.YES, Action.BUY, 0.55, 470_000, 470_000,
        false, 0.5, 1, "test", new TreeMap<>());
    assertThat(again.signalId()).isEqualTo(first.signalId());
    assertThat(later.signalId()).isNotEqualTo(first.signalId());
  }

  @Test
  void shouldTakeItsTimesFromTheTrigger() {
    Signal signal = buy(0.55, 470_000, false);
    assertThat(signal.tsEvent()).isEqualTo(1_000L);
    assertThat(signal.tsInit()).isEqualTo(2_000L);
  }
}
