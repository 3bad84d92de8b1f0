package dev.strike.risk.core.portfolio;

import static dev.strike.risk.core.RiskFixtures.ACCOUNT;
import static dev.strike.risk.core.RiskFixtures.CLOSE_NS;
import static dev.strike.risk.core.RiskFixtures.OPEN_NS;
import static dev.strike.risk.core.RiskFixtures.book;
import static dev.strike.risk.core.RiskFixtures.fill;
import static dev.strike.risk.core.RiskFixtures.market;
import static dev.strike.risk.core.RiskFixtures.settled;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.GateStateSnapshot;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.OrderCanceled;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.OrderSubmitted;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.Side;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.event.CancelReason;
import dev.strike.common.event.Venue;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StableHash;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.PositionView;
import dev.strike.risk.core.RiskFixtures;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortfolioTest {
  private static final long SECOND = 1_000_000_000L;
  private final MarketInfo market = market("30");
  private MarketBoard board;
  private Portfolio portfolio;

  @BeforeEach
  void setUp() {
    board = new MarketBoard();
    board.onMarket(market);
    portfolio = new Portfolio(ACCOUNT, Money.ofDollars(1_000), board,
        new TradingDay(ZoneId.of("America/New_York"), LocalTime.MIDNIGHT), 30 * SECOND);
    portfolio.advanceTo(OPEN_NS);
  }

  @Test
  void shouldPayPriceAndFeeAndHoldCostWhenBuying() {
    portfolio.onFill(fill("t1", market.ticker(), Side.YES, Action.BUY, "0.40", 10, "0.17", OPEN_NS + SECOND));

    PositionView position = portfolio.position(market.ticker());
    assertThat(portfolio.cash()).isEqualTo(Money.parse("995.83"));
    assertThat(position.qty()).isEqualTo(Qty.ofContracts(10));
    assertThat(position.cost()).isEqualTo(Money.parse("4.17"));
    assertThat(position.averageCost()).isEqualTo(Price.parse("0.417"));
    assertThat(portfolio.fees()).isEqualTo(Money.parse("0.17"));
    assertThat(portfolio.totalExposure()).isEqualTo(Money.parse("4.17"));
    assertThat(portfolio.exposureOfEvent(market.eventTicker())).isEqualTo(Money.parse("4.17"));
    assertThat(portfolio.exposureOfSeries(market.seriesTicker())).isEqualTo(Money.parse("4.17"));
    assertThat(portfolio.openPositionCount()).isEqualTo(1);
  }

  @Test
  void shouldRealizeProfitAndCountAWinWhenSellingAboveCost() {
    portfolio.onFill(fill("t1", market.ticker(), Side.YES, Action.BUY, "0.40", 10, "0.17", OPEN_NS + SECOND));

    Portfolio.RoundTrip trip =
        portfolio.onFill(fill("t2", market.ticker(), Side.YES, Action.SELL, "0.60", 10, "0.17", OPEN_NS + 2 * SECOND));

    assertThat(trip.pnl()).isEqualTo(Money.parse("1.66"));
    assertThat(portfolio.realizedPnl()).isEqualTo(Money.parse("1.66"));
    assertThat(portfolio.cash()).isEqualTo(Money.parse("1001.66"));
    assertThat(portfolio.position(market.ticker())).isNull();
    assertThat(portfolio.consecutiveWins()).isEqualTo(1);
    assertThat(portfolio.consecutiveLosses()).isZero();
  }

  @Test
  void shouldNetAgainstTheHeldSideWhenBuyingTheOtherSide() {
    portfolio.onFill(fill("t1", market.ticker(), Side.YES, Action.BUY, "0.40", 10, "0.00", OPEN_NS + SECOND));

    Portfolio.RoundTrip trip =
        portfolio.onFill(fill("t2", market.ticker(), Side.NO, Action.BUY, "0.70", 4, "0.00", OPEN_NS + 2 * SECOND));

    assertThat(trip).isNull();
    assertThat(portfolio.position(market.ticker()).qty()).isEqualTo(Qty.ofContracts(6));
    assertThat(portfolio.position(market.ticker()).side()).isEqualTo(Side.YES);
    // 4 YES netted against 4 NO bought at 0.70: sold YES at 0.30 against a cost of 0.40: −$0.40
    assertThat(portfolio.realizedPnl()).isEqualTo(Money.parse("-0.40"));
    assertThat(portfolio.cash()).isEqualTo(Money.parse("997.20"));
  }

  @Test
  void shouldCountALossAndCloseThePositionWhenTheMarketSettlesAgainstIt() {
    portfolio.onFill(fill("t1", market.ticker(), Side.YES, Action.BUY, "0.40", 10, "0.17", OPEN_NS + SECOND));

    Portfolio.RoundTrip trip = portfolio.onSettled(settled(market.ticker(), MarketResult.NO, 10, 0, "0.00", CLOSE_NS));

    assertThat(trip.pnl()).isEqualTo(Money.parse("-4.17"));
    assertThat(portfolio.consecutiveLosses()).isEqualTo(1);
    assertThat(portfolio.cash()).isEqualTo(Money.parse("995.83"));
    assertThat(portfolio.equity()).isEqualTo(Money.parse("995.83"));
    assertThat(portfolio.settlementMismatches()).isZero();
  }

  @Test
  void shouldMarkToTheHeldSidesBestBidAndTrackPeakAndDrawdown() {
    portfolio.onFill(fill("t1", market.ticker(), Side.NO, Action.BUY, "0.50", 100, "0.00", OPEN_NS + SECOND));

    board.onBook(book(market.ticker(), "0.30", "0.65", OPEN_NS + 2 * SECOND));
    portfolio.onBookChanged(market.ticker());
    Money peak = portfolio.peakEquity();
    board.onBook(book(market.ticker(), "0.60", "0.35", OPEN_NS + 3 * SECOND));
    portfolio.onBookChanged(market.ticker());

    assertThat(peak).isEqualTo(Money.parse("1015.00"));
    assertThat(portfolio.equity()).isEqualTo(Money.parse("985.00"));
    assertThat(portfolio.unrealizedPnl()).isEqualTo(Money.parse("-15.00"));
    assertThat(portfolio.drawdownBps()).isEqualTo(295); // 30 / 1015
    assertThat(portfolio.position(market.ticker()).highWaterMark()).isEqualTo(Price.parse("0.65"));
  }

  @Test
  void shouldReserveOnApprovalAndReleaseWhenExecutionCancels() {
    OrderIntent intent = intent("s1", "0.40", 10);

    portfolio.onApproved(intent, OPEN_NS + SECOND);
    Money reserved = portfolio.reservedCash();
    portfolio.onOrderEvent(new OrderSubmitted(intent.clientOrderId(), intent.intentId(), intent.strategy(),
        intent.ticker(), Venue.PAPER, intent.side(), intent.action(), intent.limitPrice(), intent.qty(),
        TimeInForce.GTC, false, false, 0, OPEN_NS + SECOND, OPEN_NS + SECOND));
    portfolio.onOrderEvent(new OrderCanceled(intent.clientOrderId(), intent.intentId(), intent.strategy(),
        intent.ticker(), Venue.PAPER, null, intent.qty(), CancelReason.values()[0], OPEN_NS + 2 * SECOND,
        OPEN_NS + 2 * SECOND));

    assertThat(reserved).isEqualTo(Money.parse("4.17")); // $4.00 + the $0.17 taker fee
    assertThat(portfolio.pendingBuyQty(market.ticker(), Side.NO)).isEqualTo(Qty.ZERO);
    assertThat(portfolio.reservedCash()).isEqualTo(Money.ZERO);
  }

  @Test
  void shouldShrinkTheReservationAsTheOrderFills() {
    OrderIntent intent = intent("s1", "0.40", 10);
    portfolio.onApproved(intent, OPEN_NS + SECOND);

    portfolio.onFill(new dev.strike.common.event.Fill(dev.strike.common.id.TradeId.of("t1"), intent.clientOrderId(),
        null, intent.intentId(), intent.strategy(), intent.ticker(), Venue.PAPER, Side.YES, Action.BUY,
        Price.parse("0.40"), Qty.ofContracts(4), Money.parse("0.07"), dev.strike.common.event.Liquidity.TAKER,
        OPEN_NS + 2 * SECOND, OPEN_NS + 2 * SECOND));

    assertThat(portfolio.pendingBuyQty(market.ticker(), Side.YES)).isEqualTo(Qty.ofContracts(6));
    assertThat(portfolio.reservedCash()).isEqualTo(Money.parse("2.51")); // $2.40 + $0.11
    assertThat(portfolio.totalExposure()).isEqualTo(Money.parse("4.18")); // held 1.67 + reserved 2.51
  }

  @Test
  void shouldReleaseAnApprovalExecutionNeverReported() {
    portfolio.onApproved(intent("s1", "0.40", 10), OPEN_NS + SECOND);

    portfolio.advanceTo(OPEN_NS + 31 * SECOND + 1);

    assertThat(portfolio.reservedCash()).isEqualTo(Money.ZERO);
  }

  @Test
  void shouldIgnoreAFillSeenBefore() {
    portfolio.onFill(fill("t1", market.ticker(), Side.YES, Action.BUY, "0.40", 10, "0.17", OPEN_NS + SECOND));

    portfolio.onFill(fill("t1", market.ticker(), Side.YES, Action.BUY, "0.40", 10, "0.17", OPEN_NS + SECOND));

    assertThat(portfolio.position(market.ticker()).qty()).isEqualTo(Qty.ofContracts(10));
    assertThat(portfolio.duplicateFills()).isEqualTo(1);
  }

  @Test
  void shouldStartANewTradingDayAtTheBoundaryWithTheEquityThen() {
    portfolio.onFill(fill("t1", market.ticker(), Side.YES, Action.BUY, "0.40", 10, "0.17", OPEN_NS + SECOND));
    portfolio.onSettled(settled(market.ticker(), MarketResult.NO, 10, 0, "0.00", CLOSE_NS));
    long midnight = new TradingDay(ZoneId.of("America/New_York"), LocalTime.MIDNIGHT).startOf(CLOSE_NS)
        + 24 * 3600 * SECOND;

    boolean before = portfolio.advanceTo(midnight - 1);
    Money lossBefore = portfolio.dailyPnl();
    boolean after = portfolio.advanceTo(midnight);

    assertThat(before).isFalse();
    assertThat(lossBefore).isEqualTo(Money.parse("-4.17"));
    assertThat(after).isTrue();
    assertThat(portfolio.dailyPnl()).isEqualTo(Money.ZERO);
    assertThat(portfolio.dayStartEquity()).isEqualTo(Money.parse("995.83"));
  }

  @Test
  void shouldComeBackIdenticalFromItsSnapshot() {
    portfolio.onFill(fill("t1", market.ticker(), Side.YES, Action.BUY, "0.40", 10, "0.17", OPEN_NS + SECOND));
    board.onBook(book(market.ticker(), "0.45", "0.52", OPEN_NS + 2 * SECOND));
    portfolio.onBookChanged(market.ticker());
    portfolio.onApproved(intent("s2", "0.44", 5), OPEN_NS + 3 * SECOND);
    Portfolio.SnapshotRest rest = new Portfolio.SnapshotRest(new TreeMap<>(), GateStateSnapshot.EMPTY,
        new TreeMap<>(), 0, OPEN_NS + 4 * SECOND, OPEN_NS + 4 * SECOND);
    PortfolioSnapshot saved = portfolio.snapshot(rest);

    MarketBoard otherBoard = new MarketBoard();
    Portfolio restored = new Portfolio(ACCOUNT, Money.ofDollars(1_000), otherBoard,
        new TradingDay(ZoneId.of("America/New_York"), LocalTime.MIDNIGHT), 30 * SECOND);
    restored.restore(saved);

    assertThat(restored.snapshot(rest)).isEqualTo(saved);
    assertThat(restored.equity()).isEqualTo(portfolio.equity());
    assertThat(otherBoard.top(market.ticker())).isEqualTo(board.top(market.ticker()));
  }

  private OrderIntent intent(String signal, String limit, long contracts) {
    SignalId signalId = SignalId.of(StableHash.hex128("signal", signal));
    IntentId intentId = IntentId.derive(signalId, limit, Long.toString(contracts));
    return new OrderIntent(intentId, ClientOrderId.forIntent(intentId), signalId, RiskFixtures.STRATEGY,
        market.ticker(), Side.YES, Action.BUY, Price.parse(limit), Qty.ofContracts(contracts), TimeInForce.GTC, false,
        false, 0);
  }
}
