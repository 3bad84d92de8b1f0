package dev.strike.app.backtest.report;

import static dev.strike.app.backtest.report.ReportFixtures.A;
import static dev.strike.app.backtest.report.ReportFixtures.ALPHA;
import static dev.strike.app.backtest.report.ReportFixtures.B;
import static dev.strike.app.backtest.report.ReportFixtures.BETA;
import static dev.strike.app.backtest.report.ReportFixtures.C;
import static dev.strike.app.backtest.report.ReportFixtures.fill;
import static dev.strike.app.backtest.report.ReportFixtures.minute;
import static dev.strike.app.backtest.report.ReportFixtures.settled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strike.app.backtest.core.BacktestRecord;
import dev.strike.app.backtest.report.BacktestReport.DailyRow;
import dev.strike.app.backtest.report.BacktestReport.MarketRow;
import dev.strike.app.backtest.report.BacktestReport.RoundTrip;
import dev.strike.app.backtest.report.BacktestReport.StrategyRow;
import dev.strike.common.event.Action;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.Side;
import dev.strike.common.money.Money;
import dev.strike.common.money.Qty;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BacktestReportTest {
  private final BacktestReport tiny = BacktestReport.of(ReportFixtures.tiny());

  private static Money usd(String dollars) {
    return Money.parse(dollars);
  }

  @Test
  void shouldComputeReturnAndPnlWhenTinyScenarioEnds() {
    // final equity 104.53, start 100.00: P&L 4.53, return 104.53 / 100 - 1 = 0.0453
    assertThat(tiny.summary().finalEquity()).isEqualTo(usd("104.53"));
    assertThat(tiny.summary().pnl()).isEqualTo(usd("4.53"));
    assertThat(tiny.summary().totalReturn()).isCloseTo(0.0453, within(1e-12));
  }

  @Test
  void shouldComputeRealizedPnlAndFeesWhenTinyScenarioEnds() {
    // A: 10 x $1 - (4.00 + 0.17) = 5.83; B: 0 - (1.50 + 0.11) = -1.61; C: 2.40 - 0.07 - (2.00 + 0.02) = 0.31
    // realized 5.83 - 1.61 + 0.31 = 4.53 (all flat, so unrealized 0); fees 0.17 + 0.11 + 0.02 + 0.07 = 0.37
    assertThat(tiny.summary().realizedPnl()).isEqualTo(usd("4.53"));
    assertThat(tiny.summary().unrealizedPnl()).isEqualTo(Money.ZERO);
    assertThat(tiny.summary().fees()).isEqualTo(usd("0.37"));
  }

  @Test
  void shouldCountRoundTripsAndWinsWhenPositionsCloseBySellAndBySettlement() {
    // three round trips closed: C by the sell (min 5), A and B by settlement; A and C won: 2/3
    // average (0.31 + 5.83 - 1.61) / 3 = 1.51, best 5.83 (A), worst -1.61 (B)
    assertThat(tiny.trading().fills()).isEqualTo(4);
    assertThat(tiny.trading().contracts()).isEqualTo(Qty.ofContracts(23)); // 10 + 5 + 4 + 4
    assertThat(tiny.trading().roundTrips()).isEqualTo(3);
    assertThat(tiny.trading().winningRoundTrips()).isEqualTo(2);
    assertThat(tiny.trading().winRate()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(tiny.trading().averageRoundTrip()).isEqualTo(usd("1.51"));
    assertThat(tiny.trading().bestRoundTrip()).isEqualTo(usd("5.83"));
    assertThat(tiny.trading().worstRoundTrip()).isEqualTo(usd("-1.61"));
    assertThat(tiny.trading().openPositions()).isZero();
    assertThat(tiny.roundTrips()).extracting(RoundTrip::ticker, RoundTrip::pnl, RoundTrip::closedBy).containsExactly(
        org.assertj.core.groups.Tuple.tuple(C, usd("0.31"), "sell"),
        org.assertj.core.groups.Tuple.tuple(A, usd("5.83"), "settlement"),
        org.assertj.core.groups.Tuple.tuple(B, usd("-1.61"), "settlement"));
  }

  @Test
  void shouldComputeMakerShareFromContractsWhenFillsMixLiquidity() {
    // maker: B 5 + C buy 4 = 9 of 23 contracts
    assertThat(tiny.trading().makerContracts()).isEqualTo(Qty.ofContracts(9));
    assertThat(tiny.trading().makerShare()).isCloseTo(9.0 / 23, within(1e-12));
  }

  @Test
  void shouldComputeDrawdownAndExposureWhenCurveDipsAfterPeak() {
    // peak 101.10 (min 4), trough 99.28 (min 6): 1.82, 1.82 / 101.10 = 0.018001978...
    // exposure max 7.80; mean (0 + 4.17 + 5.78 + 7.80 + 7.80 + 5.78 + 5.78 + 1.61 + 0) / 9 = 38.72 / 9 = 4.302222
    assertThat(tiny.risk().maxDrawdown()).isEqualTo(usd("1.82"));
    assertThat(tiny.risk().maxDrawdownPct()).isCloseTo(1.82 / 101.10, within(1e-12));
    assertThat(tiny.risk().maxExposure()).isEqualTo(usd("7.80"));
    assertThat(tiny.risk().averageExposure()).isEqualTo(usd("4.302222"));
  }

  @Test
  void shouldAttributePnlToBuyingStrategyWhenTinyScenarioEnds() {
    // alpha: fills A buy, C buy, C sell = 3; contracts 10 + 4 + 4 = 18; fees 0.17 + 0.02 + 0.07 = 0.26;
    //        realized 5.83 + 0.31 = 6.14; signals A, C, D = 3
    // beta:  1 fill, 5 contracts, fee 0.11, realized -1.61, 1 signal
    assertThat(tiny.strategies()).containsExactly(
        new StrategyRow(ALPHA, 3, Qty.ofContracts(18), usd("0.26"), usd("6.14"), 3),
        new StrategyRow(BETA, 1, Qty.ofContracts(5), usd("0.11"), usd("-1.61"), 1));
  }

  @Test
  void shouldTabulateMarketsWhenTinyScenarioEnds() {
    assertThat(tiny.markets()).containsExactly(
        new MarketRow(A, 1, Qty.ofContracts(10), usd("0.17"), usd("5.83"), 1, Qty.ZERO, MarketResult.YES),
        new MarketRow(B, 1, Qty.ofContracts(5), usd("0.11"), usd("-1.61"), 1, Qty.ZERO, MarketResult.YES),
        new MarketRow(C, 2, Qty.ofContracts(8), usd("0.09"), usd("0.31"), 1, Qty.ZERO, MarketResult.NO));
  }

  @Test
  void shouldScoreSignalsAgainstResultsWhenMarketsResolved() {
    // A YES p 0.70, won:  (0.70 - 1)^2 = 0.09
    // B NO  p 0.60, lost: (0.60 - 0)^2 = 0.36
    // C YES p 0.55, lost: (0.55 - 0)^2 = 0.3025
    // D unresolved: left out. Brier (0.09 + 0.36 + 0.3025) / 3 = 0.250833...
    assertThat(tiny.calibration().signals()).isEqualTo(3);
    assertThat(tiny.calibration().brier()).isCloseTo(0.7525 / 3, within(1e-12));
  }

  @Test
  void shouldSplitDaysAtMidnightUtcWhenRunCrossesIt() {
    // 02-25: 100.00 -> 99.70 (min 3), fees 0.17 + 0.11 + 0.02, 3 fills, no trip closed
    // 02-26: 99.70 -> 104.53, fee 0.07, 1 fill, 3 trips closed
    assertThat(tiny.days()).containsExactly(
        new DailyRow(LocalDate.of(2026, 2, 25), usd("100"), usd("99.70"), usd("-0.30"), usd("0.30"), 3, 0),
        new DailyRow(LocalDate.of(2026, 2, 26), usd("99.70"), usd("104.53"), usd("4.83"), usd("0.07"), 1, 3));
  }

  @Test
  void shouldReportZerosWhenRunIsEmpty() {
    BacktestReport empty = BacktestReport.of(ReportFixtures.empty());

    assertThat(empty.summary().finalEquity()).isEqualTo(usd("100"));
    assertThat(empty.summary().pnl()).isEqualTo(Money.ZERO);
    assertThat(empty.summary().totalReturn()).isZero();
    assertThat(empty.trading().fills()).isZero();
    assertThat(empty.trading().winRate()).isZero();
    assertThat(empty.trading().makerShare()).isZero();
    assertThat(empty.trading().averageRoundTrip()).isEqualTo(Money.ZERO);
    assertThat(empty.trading().bestRoundTrip()).isEqualTo(Money.ZERO);
    assertThat(empty.risk().maxDrawdown()).isEqualTo(Money.ZERO);
    assertThat(empty.risk().averageExposure()).isEqualTo(Money.ZERO);
    assertThat(empty.risk().sharpe()).isZero();
    assertThat(empty.risk().sortino()).isZero();
    assertThat(empty.calibration().brier()).isZero();
    assertThat(empty.calibration().signals()).isZero();
    assertThat(empty.strategies()).isEmpty();
    assertThat(empty.markets()).isEmpty();
    assertThat(empty.days()).isEmpty();
  }

  @Test
  void shouldReportZeroRatiosWhenFewerThanTwoReturns() {
    BacktestReport one = BacktestReport.of(ReportFixtures.curve("100", "105"));

    assertThat(one.risk().returns()).isEqualTo(1);
    assertThat(one.risk().sharpe()).isZero();
    assertThat(one.risk().sortino()).isZero();
  }

  @Test
  void shouldAnnualiseSharpeAndSortinoWhenPointsAreOneMinuteApart() {
    // returns: 102/100 - 1 = 0.02, 100.98/102 - 1 = -0.01; mean 0.005
    // sample sd = sqrt(((0.015)^2 + (0.015)^2) / 1) = 0.0212132; per-minute Sharpe 0.005 / 0.0212132 = 0.2357023
    // downside deviation sqrt((0 + 0.01^2) / 2) = 0.0070711; per-minute Sortino 0.7071068
    // annualisation sqrt(525,600 minutes a year) = 724.9828
    BacktestReport report = BacktestReport.of(ReportFixtures.curve("100", "102", "100.98"));

    assertThat(report.risk().returns()).isEqualTo(2);
    assertThat(report.risk().returnPeriodSeconds()).isEqualTo(60.0);
    assertThat(report.risk().annualisation()).isCloseTo(Math.sqrt(525_600), within(1e-9));
    assertThat(report.risk().sharpe()).isCloseTo(0.005 / Math.sqrt(2 * 0.015 * 0.015) * Math.sqrt(525_600),
        within(1e-6));
    assertThat(report.risk().sortino()).isCloseTo(0.005 / Math.sqrt(0.0001 / 2) * Math.sqrt(525_600), within(1e-6));
  }

  @Test
  void shouldAttributeSettlementFifoToBuyingStrategiesWhenTwoShareAPosition() {
    // alpha buys 3 YES @0.50 fee 0.03 (cost 1.53), beta buys 2 YES @0.60 fee 0.02 (cost 1.22);
    // gamma sells 4 @0.70 fee 0.04: FIFO closes alpha's 3 (0.70 x 3 = 2.10 - 3/4 of 0.04 = 0.03 - 1.53 = 0.54)
    // and 1 of beta's (0.70 - 0.01 - 0.61 = 0.08); beta's last contract settles YES for 1.00 - 0.61 = 0.39
    BacktestRecord record = new BacktestRecord("fifo", Money.ofDollars(10),
        List.of(fill(ALPHA, A, Side.YES, Action.BUY, "0.50", 3, "0.03", Liquidity.TAKER, minute(1)),
            fill(BETA, A, Side.YES, Action.BUY, "0.60", 2, "0.02", Liquidity.TAKER, minute(2)),
            fill("gamma", A, Side.YES, Action.SELL, "0.70", 4, "0.04", Liquidity.TAKER, minute(3))),
        List.of(settled(A, MarketResult.YES, 1, 0, "1.00", "0", minute(4))), List.of(), List.of(),
        new TreeMap<>(), List.of(), 0, minute(0), minute(4));

    BacktestReport report = BacktestReport.of(record);

    assertThat(report.strategies()).extracting(StrategyRow::strategy, StrategyRow::realizedPnl).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ALPHA, usd("0.54")),
        org.assertj.core.groups.Tuple.tuple(BETA, usd("0.47")),
        org.assertj.core.groups.Tuple.tuple("gamma", Money.ZERO));
    assertThat(report.strategies()).extracting(StrategyRow::fees)
        .containsExactly(usd("0.03"), usd("0.02"), usd("0.04"));
    assertThat(report.summary().realizedPnl()).isEqualTo(usd("1.01")); // 2.80 + 1.00 - 1.53 - 1.22 - 0.04
    assertThat(report.roundTrips()).singleElement().satisfies(trip -> {
      assertThat(trip.pnl()).isEqualTo(usd("1.01"));
      assertThat(trip.closedBy()).isEqualTo("settlement");
    });
  }

  @Test
  void shouldCloseOneRoundTripAndOpenAnotherWhenSellFlipsThePosition() {
    // buy 2 YES @0.40 (cost 0.80); sell 5 YES @0.50 = buy 5 NO @0.50: 2 net against YES (2 x 1.00 - 1.00 - 0.80
    // = 0.20), 3 NO stay open at cost 1.50
    BacktestRecord record = new BacktestRecord("flip", Money.ofDollars(10),
        List.of(fill(ALPHA, A, Side.YES, Action.BUY, "0.40", 2, "0", Liquidity.MAKER, minute(1)),
            fill(ALPHA, A, Side.YES, Action.SELL, "0.50", 5, "0", Liquidity.MAKER, minute(2))),
        List.of(), List.of(), List.of(), new TreeMap<>(), List.of(), 0, minute(0), minute(2));

    BacktestReport report = BacktestReport.of(record);

    assertThat(report.roundTrips()).singleElement().satisfies(trip -> {
      assertThat(trip.pnl()).isEqualTo(usd("0.20"));
      assertThat(trip.side()).isEqualTo(Side.YES);
    });
    assertThat(report.trading().openPositions()).isEqualTo(1);
    assertThat(report.markets()).singleElement().satisfies(row -> {
      assertThat(row.openQty()).isEqualTo(Qty.ofContracts(3));
      assertThat(row.result()).isNull();
    });
  }
}
