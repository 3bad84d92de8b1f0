package dev.strike.risk.core.exit;

import static dev.strike.risk.core.exit.ExitFixtures.CLOSE_NS;
import static dev.strike.risk.core.exit.ExitFixtures.SECOND_NS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.TopOfBook;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.PositionView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;

class ExitMonitorProperties {
  private final ExitMonitor monitor = new ExitMonitor();

  /** One call's inputs. */
  record Case(PositionView position, MarketInfo market, TopOfBook top, ExitRules rules, long nowNs) {
    @Nullable ExitDecision check(ExitMonitor monitor) {
      return monitor.check(position, market, top, rules, nowNs);
    }

    @Nullable Price heldBid() {
      return ExitMonitor.heldBid(position.side(), top);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<PositionView> position = Combinators.combine(Arbitraries.of(Side.class),
        Arbitraries.longs().between(1, 1_000_000).map(Qty::ofHundredths), prices(),
        Arbitraries.longs().between(0, 100_000), prices())
        .as((side, qty, averageCost, feesMicros, highWater) -> ExitFixtures.position(side, qty,
            averageCost.notional(qty, RoundingMode.UP).plus(Money.ofMicros(feesMicros)), highWater));
    Arbitrary<TopOfBook> top = Combinators.combine(prices().injectNull(0.15), prices().injectNull(0.15))
        .as(ExitMonitorProperties::book);
    Arbitrary<ExitRules> rules = Combinators.combine(
        Arbitraries.longs().between(0, 10_000),
        Arbitraries.longs().between(0, 10_000),
        Arbitraries.oneOf(Arbitraries.longs().between(0, 20_000),
            Arbitraries.longs().between(0, ExitRules.MAX_TAKE_PROFIT_BPS)),
        Arbitraries.longs().between(0, 900 * SECOND_NS).withDistribution(RandomDistribution.uniform()),
        Arbitraries.longs().between(0, 100_000).map(Price::ofMicros))
        .as(ExitRules::new);
    Arbitrary<MarketInfo> market = Combinators.combine(
        Arbitraries.of(PriceGrid.LINEAR_CENT, PriceGrid.TAPERED_DECI_CENT),
        Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(MarketStatus.ACTIVE)),
            Tuple.of(1, Arbitraries.of(MarketStatus.class))))
        .as(ExitFixtures::market);
    // uniform: the default bias towards the lower bound would keep the time exit from ever firing
    Arbitrary<Long> now = Arbitraries.longs().between(CLOSE_NS - 900 * SECOND_NS, CLOSE_NS + 60 * SECOND_NS)
        .withDistribution(RandomDistribution.uniform());
    return Combinators.combine(position, market, top, rules, now).as(Case::new);
  }

  /** Mostly tradable prices on the tapered grid (and half of those on the cent grid), sometimes any price. */
  private static Arbitrary<Price> prices() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(1, 99).map(Price::ofCents),
        Arbitraries.longs().between(1, 999).map(m -> Price.ofMicros(m * 1_000)),
        Arbitraries.longs().between(0, Price.MICROS_PER_DOLLAR).map(Price::ofMicros));
  }

  private static TopOfBook book(@Nullable Price yesBid, @Nullable Price noBid) {
    return new TopOfBook(yesBid, yesBid == null ? Qty.ZERO : Qty.ofContracts(10),
        noBid == null ? null : noBid.complement(), noBid == null ? Qty.ZERO : Qty.ofContracts(10));
  }

  @Property(tries = 2_000)
  void shouldNeverSellMoreThanHeldNorBelowTheGridNorAboveTheBid(@ForAll("cases") Case c) {
    ExitDecision exit = c.check(monitor);
    Statistics.collect(exit == null ? "hold" : exit.reason().code());
    if (exit == null) {
      return;
    }
    Price bid = c.heldBid();
    assertThat(bid).isNotNull();
    assertThat(exit.ticker()).isEqualTo(c.position().ticker());
    assertThat(exit.side()).isEqualTo(c.position().side());
    assertThat(exit.qty()).isEqualTo(c.position().qty());
    assertThat(c.market().priceGrid().isTradable(exit.limitPrice())).as("tradable: %s", exit.limitPrice()).isTrue();
    assertThat(exit.limitPrice()).isLessThanOrEqualTo(bid);
    // no deeper than the slippage asks for: the grid price under bid − slippage, or the grid's highest tradable
    // price when the bid itself is $1
    PriceGrid grid = c.market().priceGrid();
    Price deepest = min(grid.roundDown(bid.minus(min(bid, c.rules().exitSlippage()))), grid.tickDown(Price.ONE));
    assertThat(exit.limitPrice()).isGreaterThanOrEqualTo(deepest);
  }

  @Property(tries = 2_000)
  void shouldFireTheFirstRuleThatHoldsByTheReference(@ForAll("cases") Case c) {
    ExitDecision exit = c.check(monitor);
    ExitReason expected = referenceReason(c);
    if (expected == null || !c.market().status().isTradable()) {
      assertThat(exit).isNull();
      return;
    }
    Price bid = c.heldBid();
    PriceGrid grid = c.market().priceGrid();
    boolean sellable = bid != null && grid.isTradable(grid.roundDown(bid)) && !grid.roundDown(bid).isAbove(bid);
    if (sellable) {
      assertThat(exit).isNotNull();
      assertThat(exit.reason()).isEqualTo(expected);
    }
  }

  @Property(tries = 500)
  void shouldNeverExitWhenEveryRuleIsOff(@ForAll("cases") Case c) {
    assertThat(monitor.check(c.position(), c.market(), c.top(), ExitRules.none(), c.nowNs())).isNull();
  }

  private static Price min(Price a, Price b) {
    return a.isBelow(b) ? a : b;
  }

  /** The rules in plain decimals, written apart from the monitor's integer comparisons. */
  private static @Nullable ExitReason referenceReason(Case c) {
    Price heldBid = c.heldBid();
    if (heldBid == null || heldBid.micros() == 0) {
      return null;
    }
    ExitRules rules = c.rules();
    BigDecimal bid = BigDecimal.valueOf(heldBid.micros());
    BigDecimal cost = BigDecimal.valueOf(c.position().cost().micros());
    BigDecimal contracts = BigDecimal.valueOf(c.position().qty().hundredths()).movePointLeft(2);
    // averageCost() rounds up to the micro-dollar and caps at $1; the rules are stated against it
    BigDecimal average = cost.divide(contracts, 0, RoundingMode.CEILING).min(BigDecimal.valueOf(1_000_000));
    BigDecimal highWater = BigDecimal.valueOf(c.position().highWaterMark().micros()).max(bid);
    BigDecimal one = BigDecimal.ONE;
    if (rules.exitBeforeCloseNs() > 0 && CLOSE_NS - c.nowNs() <= rules.exitBeforeCloseNs()) {
      return ExitReason.TIME_EXIT;
    }
    if (rules.stopLossBps() > 0
        && bid.compareTo(average.multiply(one.subtract(bps(rules.stopLossBps())))) <= 0) {
      return ExitReason.STOP_LOSS;
    }
    if (rules.trailingStopBps() > 0 && highWater.compareTo(average) > 0
        && bid.compareTo(highWater.multiply(one.subtract(bps(rules.trailingStopBps())))) <= 0) {
      return ExitReason.TRAILING_STOP;
    }
    if (rules.takeProfitBps() > 0 && bid.compareTo(average.multiply(one.add(bps(rules.takeProfitBps())))) >= 0) {
      return ExitReason.TAKE_PROFIT;
    }
    return null;
  }

  private static BigDecimal bps(long bps) {
    return BigDecimal.valueOf(bps).movePointLeft(4);
  }
}
