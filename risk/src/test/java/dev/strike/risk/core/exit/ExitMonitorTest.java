package dev.strike.risk.core.exit;

import static dev.strike.risk.core.exit.ExitFixtures.CLOSE_NS;
import static dev.strike.risk.core.exit.ExitFixtures.MID_NS;
import static dev.strike.risk.core.exit.ExitFixtures.SECOND_NS;
import static dev.strike.risk.core.exit.ExitFixtures.book;
import static dev.strike.risk.core.exit.ExitFixtures.market;
import static dev.strike.risk.core.exit.ExitFixtures.noBid;
import static dev.strike.risk.core.exit.ExitFixtures.position;
import static dev.strike.risk.core.exit.ExitFixtures.yesBid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.PositionView;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExitMonitorTest {
  private static final MarketInfo CENT_MARKET = market(PriceGrid.LINEAR_CENT);
  private static final MarketInfo TAPERED_MARKET = market(PriceGrid.TAPERED_DECI_CENT);
  private static final Price NO_SLIPPAGE = Price.ZERO;

  private final ExitMonitor monitor = new ExitMonitor();

  private static ExitRules stopLoss(long bps) {
    return new ExitRules(bps, 0, 0, 0, NO_SLIPPAGE);
  }

  private static ExitRules trailingStop(long bps) {
    return new ExitRules(0, bps, 0, 0, NO_SLIPPAGE);
  }

  private static ExitRules takeProfit(long bps) {
    return new ExitRules(0, 0, bps, 0, NO_SLIPPAGE);
  }

  private static ExitRules timeExit(long seconds, String slippage) {
    return new ExitRules(0, 0, 0, seconds * SECOND_NS, Price.parse(slippage));
  }

  @Nested
  class StopLoss {
    private final PositionView held = position(Side.YES, 10, "0.50", "0.50");

    @Test
    void shouldExitWhenMarkFallsExactlyToTheStop() {
      ExitDecision exit = monitor.check(held, CENT_MARKET, yesBid("0.25"), stopLoss(5_000), MID_NS);

      assertThat(exit).isNotNull();
      assertThat(exit.reason()).isEqualTo(ExitReason.STOP_LOSS);
      assertThat(exit.qty()).isEqualTo(Qty.ofContracts(10));
      assertThat(exit.limitPrice()).isEqualTo(Price.parse("0.25"));
    }

    @Test
    void shouldHoldWhenMarkIsOneTickAboveTheStop() {
      assertThat(monitor.check(held, CENT_MARKET, yesBid("0.26"), stopLoss(5_000), MID_NS)).isNull();
    }

    @Test
    void shouldCompareExactlyWhenTheStopFallsBetweenTicks() {
      // 0.50 × (1 − 0.3333) = 0.33335: 0.333 is below it, 0.334 above
      assertThat(monitor.check(held, TAPERED_MARKET, yesBid("0.334"), stopLoss(3_333), MID_NS)).isNull();
      assertThat(monitor.check(held, TAPERED_MARKET, yesBid("0.333"), stopLoss(3_333), MID_NS)).isNotNull();
    }

    @Test
    void shouldMeasureFromAverageCostIncludingFeesWhenCostCarriesFees() {
      // 10 contracts for $5.20 with fees: average cost 0.52, stop at 0.26
      PositionView withFees = position(Side.YES, Qty.ofContracts(10), Money.parse("5.20"), Price.parse("0.52"));

      assertThat(monitor.check(withFees, CENT_MARKET, yesBid("0.26"), stopLoss(5_000), MID_NS)).isNotNull();
      assertThat(monitor.check(withFees, CENT_MARKET, yesBid("0.27"), stopLoss(5_000), MID_NS)).isNull();
    }

    @Test
    void shouldUseTheBookNotThePositionsMarkWhenTheyDisagree() {
      PositionView staleMark = new PositionView(held.ticker(), held.event(), held.series(), Side.YES, held.qty(),
          held.cost(), Price.parse("0.10"), Price.parse("0.50"), held.openedAtNs());

      assertThat(monitor.check(staleMark, CENT_MARKET, yesBid("0.40"), stopLoss(5_000), MID_NS)).isNull();
    }
  }

  @Nested
  class TrailingStop {
    @Test
    void shouldExitWhenMarkFallsExactlyToTheTrailFromTheHighWaterMark() {
      // high-water 0.80, 30% trail: 0.56
      PositionView held = position(Side.YES, 10, "0.50", "0.80");

      ExitDecision exit = monitor.check(held, CENT_MARKET, yesBid("0.56"), trailingStop(3_000), MID_NS);

      assertThat(exit).isNotNull();
      assertThat(exit.reason()).isEqualTo(ExitReason.TRAILING_STOP);
    }

    @Test
    void shouldHoldWhenMarkIsOneTickAboveTheTrail() {
      PositionView held = position(Side.YES, 10, "0.50", "0.80");

      assertThat(monitor.check(held, CENT_MARKET, yesBid("0.57"), trailingStop(3_000), MID_NS)).isNull();
    }

    @Test
    void shouldHoldWhenHighWaterMarkNeverRoseAboveAverageCost() {
      PositionView held = position(Side.YES, 10, "0.50", "0.50");

      assertThat(monitor.check(held, CENT_MARKET, yesBid("0.20"), trailingStop(3_000), MID_NS)).isNull();
    }

    @Test
    void shouldTakeTheCurrentBidAsHighWaterWhenItIsAboveTheRecordedOne() {
      // recorded high-water 0.60 would trail to 0.42; the bid of 0.70 is the new high, so no exit and 0.49 next
      PositionView held = position(Side.YES, 10, "0.50", "0.60");

      assertThat(monitor.check(held, CENT_MARKET, yesBid("0.70"), trailingStop(3_000), MID_NS)).isNull();
    }
  }

  @Nested
  class TakeProfit {
    private final PositionView held = position(Side.YES, 10, "0.40", "0.40");

    @Test
    void shouldExitWhenMarkRisesExactlyToTheTarget() {
      // 0.40 × 1.5 = 0.60
      ExitDecision exit = monitor.check(held, CENT_MARKET, yesBid("0.60"), takeProfit(5_000), MID_NS);

      assertThat(exit).isNotNull();
      assertThat(exit.reason()).isEqualTo(ExitReason.TAKE_PROFIT);
    }

    @Test
    void shouldHoldWhenMarkIsOneTickBelowTheTarget() {
      assertThat(monitor.check(held, CENT_MARKET, yesBid("0.59"), takeProfit(5_000), MID_NS)).isNull();
    }

    @Test
    void shouldExitWhenTargetIsAboveOneHundredPercent() {
      PositionView cheap = position(Side.YES, 10, "0.20", "0.20");

      assertThat(monitor.check(cheap, CENT_MARKET, yesBid("0.60"), takeProfit(20_000), MID_NS)).isNotNull();
      assertThat(monitor.check(cheap, CENT_MARKET, yesBid("0.59"), takeProfit(20_000), MID_NS)).isNull();
    }
  }

  @Nested
  class TimeExit {
    private final PositionView held = position(Side.YES, 10, "0.50", "0.50");

    @Test
    void shouldExitWhenTimeToCloseEqualsTheLeadTime() {
      ExitDecision exit = monitor.check(held, CENT_MARKET, yesBid("0.50"), timeExit(60, "0"), CLOSE_NS - 60 * SECOND_NS);

      assertThat(exit).isNotNull();
      assertThat(exit.reason()).isEqualTo(ExitReason.TIME_EXIT);
    }

    @Test
    void shouldHoldWhenOneNanosecondMoreThanTheLeadTimeRemains() {
      assertThat(monitor.check(held, CENT_MARKET, yesBid("0.50"), timeExit(60, "0"), CLOSE_NS - 60 * SECOND_NS - 1))
          .isNull();
    }

    @Test
    void shouldExitWhenPastTheCloseTime() {
      ExitDecision exit = monitor.check(held, CENT_MARKET, yesBid("0.50"), timeExit(60, "0"), CLOSE_NS + SECOND_NS);

      assertThat(exit).isNotNull();
      assertThat(exit.reason()).isEqualTo(ExitReason.TIME_EXIT);
    }

    @Test
    void shouldWaitForABookUpdateWhenTheHeldSideHasNoBid() {
      assertThat(monitor.check(held, CENT_MARKET, noBid("0.40"), timeExit(60, "0"), CLOSE_NS)).isNull();
    }

    @Test
    void shouldHoldWhenTheMarketIsNoLongerTradable() {
      MarketInfo closed = market(PriceGrid.LINEAR_CENT, MarketStatus.CLOSED);

      assertThat(monitor.check(held, closed, yesBid("0.50"), timeExit(60, "0"), CLOSE_NS)).isNull();
    }
  }

  @Nested
  class Priority {
    private final ExitRules all = new ExitRules(5_000, 3_000, 2_500, 60 * SECOND_NS, NO_SLIPPAGE);

    @Test
    void shouldPreferTimeExitWhenTheStopAlsoFires() {
      PositionView held = position(Side.YES, 10, "0.50", "0.80");

      ExitDecision exit = monitor.check(held, CENT_MARKET, yesBid("0.20"), all, CLOSE_NS - SECOND_NS);

      assertThat(exit).isNotNull();
      assertThat(exit.reason()).isEqualTo(ExitReason.TIME_EXIT);
    }

    @Test
    void shouldPreferStopLossWhenTheTrailingStopAlsoFires() {
      PositionView held = position(Side.YES, 10, "0.50", "0.80");

      ExitDecision exit = monitor.check(held, CENT_MARKET, yesBid("0.20"), all, MID_NS);

      assertThat(exit).isNotNull();
      assertThat(exit.reason()).isEqualTo(ExitReason.STOP_LOSS);
    }

    @Test
    void shouldPreferTrailingStopWhenTakeProfitAlsoFires() {
      // average 0.40: take-profit at 0.50; high-water 0.90: trail at 0.63; the bid 0.60 fires both
      PositionView held = position(Side.YES, 10, "0.40", "0.90");

      ExitDecision exit = monitor.check(held, CENT_MARKET, yesBid("0.60"), all, MID_NS);

      assertThat(exit).isNotNull();
      assertThat(exit.reason()).isEqualTo(ExitReason.TRAILING_STOP);
    }

    @Test
    void shouldPreferTimeExitWhenTakeProfitAlsoFires() {
      PositionView held = position(Side.YES, 10, "0.40", "0.40");

      ExitDecision exit = monitor.check(held, CENT_MARKET, yesBid("0.60"), all, CLOSE_NS);

      assertThat(exit).isNotNull();
      assertThat(exit.reason()).isEqualTo(ExitReason.TIME_EXIT);
    }
  }

  @Nested
  class NoSide {
    private final PositionView held = position(Side.NO, 10, "0.50", "0.50");

    @Test
    void shouldMarkAtTheNoBidWhenHoldingNo() {
      // NO bid 0.25 (YES ask 0.75); the YES bid of 0.70 must not matter
      ExitDecision exit = monitor.check(held, CENT_MARKET, book("0.70", "0.25"), stopLoss(5_000), MID_NS);

      assertThat(exit).isNotNull();
      assertThat(exit.side()).isEqualTo(Side.NO);
      assertThat(exit.reason()).isEqualTo(ExitReason.STOP_LOSS);
      assertThat(exit.limitPrice()).isEqualTo(Price.parse("0.25"));
    }

    @Test
    void shouldIgnoreTheYesBidWhenHoldingNo() {
      // a YES bid of 0.20 would stop a YES position; the NO bid of 0.30 does not stop this one
      assertThat(monitor.check(held, CENT_MARKET, book("0.20", "0.30"), stopLoss(5_000), MID_NS)).isNull();
    }

    @Test
    void shouldHoldWhenNobodyBidsForNo() {
      assertThat(monitor.check(held, CENT_MARKET, yesBid("0.99"), stopLoss(5_000), MID_NS)).isNull();
    }

    @Test
    void shouldPriceTheSellBelowTheNoBidWhenSlippageIsSet() {
      ExitDecision exit = monitor.check(held, CENT_MARKET, book(null, "0.47"), timeExit(60, "0.02"), CLOSE_NS);

      assertThat(exit).isNotNull();
      assertThat(exit.limitPrice()).isEqualTo(Price.parse("0.45"));
    }
  }

  @Nested
  class LimitPrice {
    private final PositionView held = position(Side.YES, 10, "0.50", "0.50");

    private Price limit(MarketInfo market, String bid, String slippage) {
      ExitDecision exit = monitor.check(held, market, yesBid(bid), timeExit(60, slippage), CLOSE_NS);
      assertThat(exit).isNotNull();
      return exit.limitPrice();
    }

    @Test
    void shouldRoundDownToTheCentWhenTheGridIsLinearCent() {
      assertThat(limit(CENT_MARKET, "0.25", "0.005")).isEqualTo(Price.parse("0.24"));
    }

    @Test
    void shouldKeepTheExactPriceWhenAlreadyOnTheGrid() {
      assertThat(limit(CENT_MARKET, "0.25", "0.02")).isEqualTo(Price.parse("0.23"));
    }

    @Test
    void shouldRoundDownToTheCentWhenInTheTaperedGridsMiddleBand() {
      assertThat(limit(TAPERED_MARKET, "0.45", "0.005")).isEqualTo(Price.parse("0.44"));
    }

    @Test
    void shouldRoundDownToTheTenthOfACentWhenInTheTaperedGridsLowBand() {
      assertThat(limit(TAPERED_MARKET, "0.095", "0.0025")).isEqualTo(Price.parse("0.092"));
    }

    @Test
    void shouldRoundDownAcrossBandsWhenTheSlippageCrossesABandEdge() {
      assertThat(limit(TAPERED_MARKET, "0.11", "0.0155")).isEqualTo(Price.parse("0.094"));
    }

    @Test
    void shouldRoundDownToTheTenthOfACentWhenInTheTaperedGridsHighBand() {
      assertThat(limit(TAPERED_MARKET, "0.995", "0.0015")).isEqualTo(Price.parse("0.993"));
    }

    @Test
    void shouldStopAtTheLowestTradablePriceWhenSlippageExceedsTheBidOnLinearCent() {
      assertThat(limit(CENT_MARKET, "0.01", "0.02")).isEqualTo(Price.parse("0.01"));
    }

    @Test
    void shouldStopAtTheLowestTradablePriceWhenSlippageExceedsTheBidOnTaperedDeciCent() {
      assertThat(limit(TAPERED_MARKET, "0.002", "0.02")).isEqualTo(Price.parse("0.001"));
    }

    @Test
    void shouldStopAtTheHighestTradablePriceWhenTheBidIsOneDollar() {
      assertThat(limit(CENT_MARKET, "1.00", "0")).isEqualTo(Price.parse("0.99"));
      assertThat(limit(TAPERED_MARKET, "1.00", "0")).isEqualTo(Price.parse("0.999"));
    }

    @Test
    void shouldHoldWhenTheBidIsBelowTheLowestTradablePrice() {
      // an off-grid half-cent bid on a cent grid: no tradable price at or below it
      assertThat(monitor.check(held, CENT_MARKET, yesBid("0.005"), timeExit(60, "0"), CLOSE_NS)).isNull();
    }
  }

  @Test
  void shouldNeverExitWhenEveryRuleIsOff() {
    PositionView held = position(Side.YES, 10, "0.90", "0.99");

    assertThat(monitor.check(held, CENT_MARKET, yesBid("0.01"), ExitRules.none(), CLOSE_NS + SECOND_NS)).isNull();
    assertThat(monitor.check(held, CENT_MARKET, yesBid("0.99"), ExitRules.none(), CLOSE_NS + SECOND_NS)).isNull();
  }

  @Test
  void shouldNotStopOutWhenOnlyTakeProfitAndTimeExitAreOn() {
    PositionView held = position(Side.YES, 10, "0.90", "0.99");
    ExitRules noLossRules = new ExitRules(0, 0, 1_000, 60 * SECOND_NS, NO_SLIPPAGE);

    assertThat(monitor.check(held, CENT_MARKET, yesBid("0.01"), noLossRules, MID_NS)).isNull();
  }

  @Test
  void shouldSellTheWholePositionWhenExiting() {
    PositionView held = position(Side.YES, Qty.parse("12.34"), Money.parse("6.17"), Price.parse("0.50"));

    ExitDecision exit = monitor.check(held, CENT_MARKET, yesBid("0.10"), stopLoss(5_000), MID_NS);

    assertThat(exit).isNotNull();
    assertThat(exit.ticker()).isEqualTo(ExitFixtures.TICKER);
    assertThat(exit.qty()).isEqualTo(Qty.parse("12.34"));
  }

  @Test
  void shouldShowTheComparedNumbersWhenDescribingTheExit() {
    PositionView held = position(Side.YES, 10, "0.50", "0.60");

    ExitDecision exit = monitor.check(held, CENT_MARKET, yesBid("0.25"), ExitRules.defaults(), MID_NS);

    assertThat(exit).isNotNull();
    assertThat(exit.detail())
        .startsWith("stop_loss: ")
        .contains("mark $0.2500", "stop $0.2500", "average cost $0.5000", "high-water $0.6000", "300.000s to close",
            "at $0.2300")
        .doesNotContain("\n");
  }

  @Test
  void shouldRefuseWhenThePositionIsInAnotherMarket() {
    PositionView held = position(Side.YES, 10, "0.50", "0.50");
    MarketInfo other = market(PriceGrid.LINEAR_CENT);
    MarketInfo elsewhere = new MarketInfo(MarketTicker.of("KXBTC15M-26AUG171330-40"), other.eventTicker(),
        other.seriesTicker(), other.title(), other.yesSubTitle(), other.status(), other.strikeType(),
        other.floorStrike(), other.capStrike(), other.openTimeNs(), other.closeTimeNs(), other.expectedExpirationNs(),
        other.priceGrid(), other.feeType(), other.feeMultiplier(), null, null, null, 0, other.tsEvent(),
        other.tsInit());

    assertThatThrownBy(() -> monitor.check(held, elsewhere, yesBid("0.10"), stopLoss(5_000), MID_NS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KXBTC15M-26AUG171330-40");
  }

  @Test
  void shouldGiveEachReasonASnakeCaseCode() {
    assertThat(ExitReason.values()).extracting(ExitReason::code)
        .containsExactly("time_exit", "stop_loss", "trailing_stop", "take_profit");
  }
}
