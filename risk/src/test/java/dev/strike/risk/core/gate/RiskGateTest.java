package dev.strike.risk.core.gate;

import static dev.strike.risk.core.gate.GateFixtures.EVENT;
import static dev.strike.risk.core.gate.GateFixtures.NOW;
import static dev.strike.risk.core.gate.GateFixtures.SECOND_NS;
import static dev.strike.risk.core.gate.GateFixtures.SERIES;
import static dev.strike.risk.core.gate.GateFixtures.STRATEGY;
import static dev.strike.risk.core.gate.GateFixtures.TICKER;
import static dev.strike.risk.core.gate.GateFixtures.entry;
import static dev.strike.risk.core.gate.GateFixtures.market;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.DenialReason;
import dev.strike.common.event.DenialReason.BreakerOpen;
import dev.strike.common.event.DenialReason.ConfidenceBelowMinimum;
import dev.strike.common.event.DenialReason.CooldownActive;
import dev.strike.common.event.DenialReason.DailyLossLimitReached;
import dev.strike.common.event.DenialReason.EdgeBelowMinimum;
import dev.strike.common.event.DenialReason.EventConcentrationExceeded;
import dev.strike.common.event.DenialReason.InsufficientCash;
import dev.strike.common.event.DenialReason.MarketDataUnavailable;
import dev.strike.common.event.DenialReason.MarketNotTradable;
import dev.strike.common.event.DenialReason.MaxConcurrentPositionsReached;
import dev.strike.common.event.DenialReason.MaxPositionExceeded;
import dev.strike.common.event.DenialReason.OrderNotionalExceeded;
import dev.strike.common.event.DenialReason.OrderRateExceeded;
import dev.strike.common.event.DenialReason.OutsideTimeToCloseWindow;
import dev.strike.common.event.DenialReason.PriceOutsideClamp;
import dev.strike.common.event.DenialReason.SeriesConcentrationExceeded;
import dev.strike.common.event.DenialReason.SeriesNotAllowed;
import dev.strike.common.event.DenialReason.SignalExpired;
import dev.strike.common.event.DenialReason.SizeBelowMinimum;
import dev.strike.common.event.DenialReason.StrategyNotAllowed;
import dev.strike.common.event.DenialReason.TotalExposureExceeded;
import dev.strike.common.event.DenialReason.TradingPaused;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.GateStateSnapshot.BreakerTrip;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.gate.GateResult.Approved;
import dev.strike.risk.core.gate.GateResult.Denied;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskGateTest {
  /** Balanced limits with the time-to-close window of a 15-minute market (1 to 14 minutes). */
  private static final RiskLimits LIMITS = RiskProfile.BALANCED.limits().with("max-time-to-close", "14m");
  private static final Price P47 = Price.parse("0.47");
  /** One contract at $0.47: $0.47 plus the taker fee 0.07 × 0.47 × 0.53 = $0.0174, rounded up to $0.02. */
  private static final Money ONE_AT_47 = Money.parse("0.49");

  private final RiskGate gate = new RiskGate();
  private final TestPortfolio thousand = TestPortfolio.flat("1000");

  private GateResult check(Signal signal) {
    return gate.check(signal, market(), thousand, new GateState(), LIMITS, NOW);
  }

  private GateResult check(Signal signal, TestPortfolio portfolio) {
    return gate.check(signal, market(), portfolio, new GateState(), LIMITS, NOW);
  }

  private GateResult check(Signal signal, GateState state) {
    return gate.check(signal, market(), thousand, state, LIMITS, NOW);
  }

  private GateResult check(Signal signal, RiskLimits limits) {
    return gate.check(signal, market(), thousand, new GateState(), limits, NOW);
  }

  private static List<DenialReason> reasons(GateResult result) {
    assertThat(result).isInstanceOf(Denied.class);
    return ((Denied) result).reasons();
  }

  private static Approved approved(GateResult result) {
    assertThat(result).isInstanceOf(Approved.class);
    return (Approved) result;
  }

  private static TestPortfolio holding(TestPortfolio portfolio, Side side, String contracts) {
    return portfolio.withPosition(TICKER, EVENT, SERIES, side, Qty.parse(contracts), P47);
  }

  // ---- sizing when every check passes

  @Test
  void shouldApproveQuarterKellyCappedByMaxOrderQtyWhenEveryCheckPasses() {
    // f* = (0.60 − 0.47) / 0.53 = 0.2452; stake = 0.25 × 0.2452 × $1000 = $61.32 → 125 contracts; max order 25
    Approved approved = approved(check(entry().build()));

    assertThat(approved.qty()).isEqualTo(Qty.ofContracts(25));
    assertThat(approved.limitPrice()).isEqualTo(P47);
    assertThat(approved.sizing()).contains("kelly 0.25", "f* 0.2452", "stake $61.32", "capped by max-order-qty");
  }

  @Test
  void shouldApproveTheKellySizeWhenNoLimitCapsIt() {
    // $100 equity: stake $6.13 → 12 contracts at $0.4874 each
    TestPortfolio hundred = TestPortfolio.flat("100");

    Approved approved = approved(check(entry().build(), hundred));

    assertThat(approved.qty()).isEqualTo(Qty.ofContracts(12));
    assertThat(approved.sizing()).contains("not capped");
  }

  @Test
  void shouldNotChangeTheGateStateWhenDeciding() {
    GateState state = new GateState();
    state.onApproved(TICKER, Side.NO, Action.BUY, NOW - SECOND_NS, 30 * SECOND_NS);
    var before = state.export();

    check(entry().build(), state);

    assertThat(state.export()).isEqualTo(before);
  }

  // ---- trading state and breakers

  @Test
  void shouldDenyEverythingWhenHalted() {
    GateState state = new GateState();
    state.halt("exchange outage");
    TestPortfolio held = holding(thousand, Side.YES, "10");
    Signal exit = entry().kind(SignalKind.EXIT).action(Action.SELL).build();

    assertThat(reasons(check(entry().build(), state))).contains(new TradingPaused("halted: exchange outage"));
    assertThat(reasons(gate.check(exit, market(), held, state, LIMITS, NOW)))
        .containsExactly(new TradingPaused("halted: exchange outage"));
  }

  @Test
  void shouldDenyEntriesButPassExitsWhenPaused() {
    GateState state = new GateState();
    state.pause("operator");
    TestPortfolio held = holding(thousand, Side.YES, "10");
    Signal sell = entry().action(Action.SELL).build();

    assertThat(reasons(gate.check(entry().build(), market(), held, state, LIMITS, NOW)))
        .containsExactly(new TradingPaused("paused: operator"));
    assertThat(approved(gate.check(sell, market(), held, state, LIMITS, NOW)).qty()).isEqualTo(Qty.ofContracts(10));
  }

  @Test
  void shouldDenyQuotesWhenPaused() {
    GateState state = new GateState();
    state.pause("operator");

    assertThat(reasons(check(entry().kind(SignalKind.QUOTE).build(), state)))
        .containsExactly(new TradingPaused("paused: operator"));
  }

  @Test
  void shouldDenyEntriesButPassExitsWhenABreakerIsTripped() {
    GateState state = new GateState();
    state.trip(new BreakerTrip(Breakers.DRAWDOWN, NOW - SECOND_NS, "drawdown 1500 bps"));
    TestPortfolio held = holding(thousand, Side.NO, "3.5");
    Signal exit = entry().kind(SignalKind.EXIT).side(Side.NO).action(Action.SELL).build();

    assertThat(reasons(check(entry().build(), state)))
        .containsExactly(new BreakerOpen(Breakers.DRAWDOWN, NOW - SECOND_NS));
    assertThat(approved(gate.check(exit, market(), held, state, LIMITS, NOW)).qty()).isEqualTo(Qty.parse("3.5"));
  }

  @Test
  void shouldDenyEntriesWhenABreakerLimitIsReachedButNotYetTripped() {
    TestPortfolio losing = thousand.withEquity(Money.ofDollars(950)).withPeakEquity(Money.ofDollars(1000));

    assertThat(reasons(check(entry().build(), losing)))
        .contains(new DailyLossLimitReached(Money.ofDollars(50), Money.ofDollars(-50), 500, 500));
  }

  // ---- signal and market

  @Test
  void shouldDenyWhenTheSignalExpired() {
    Signal stale = entry().firedAt(NOW - 3 * SECOND_NS, 2 * SECOND_NS).build();

    assertThat(reasons(check(stale))).containsExactly(new SignalExpired(NOW - SECOND_NS, NOW));
  }

  @Test
  void shouldApproveWhenTheSignalExpiresExactlyNow() {
    assertThat(check(entry().firedAt(NOW - 2 * SECOND_NS, 2 * SECOND_NS).build())).isInstanceOf(Approved.class);
  }

  @Test
  void shouldDenyWhenTheMarketIsUnknown() {
    GateResult result = gate.check(entry().build(), null, thousand, new GateState(), LIMITS, NOW);

    assertThat(reasons(result)).containsExactly(new MarketDataUnavailable("market info of " + TICKER));
  }

  @Test
  void shouldDenyWhenTheMarketIsNotOpen() {
    GateResult result = gate.check(entry().build(), market(MarketStatus.CLOSED), thousand, new GateState(), LIMITS,
        NOW);

    assertThat(reasons(result)).containsExactly(new MarketNotTradable(MarketStatus.CLOSED));
  }

  @Test
  void shouldDenyExitsWhenTheMarketIsNotOpen() {
    TestPortfolio held = holding(thousand, Side.YES, "10");
    Signal exit = entry().kind(SignalKind.EXIT).action(Action.SELL).build();

    GateResult result = gate.check(exit, market(MarketStatus.INACTIVE), held, new GateState(), LIMITS, NOW);

    assertThat(reasons(result)).containsExactly(new MarketNotTradable(MarketStatus.INACTIVE));
  }

  @Test
  void shouldDenyWhenTheFeeScheduleIsUnknown() {
    MarketInfo flat = market(TICKER, EVENT, SERIES, MarketStatus.ACTIVE, NOW + 300 * SECOND_NS, FeeType.FLAT);

    GateResult result = gate.check(entry().build(), flat, thousand, new GateState(), LIMITS, NOW);

    assertThat(reasons(result)).containsExactly(new MarketDataUnavailable("fee schedule FLAT of " + TICKER));
  }

  // ---- strategy, series, time to close

  @Test
  void shouldDenyWhenTheStrategyIsSwitchedOff() {
    GateState state = new GateState();
    state.setStrategyEnabled(STRATEGY, false);

    assertThat(reasons(check(entry().build(), state))).containsExactly(new StrategyNotAllowed(STRATEGY));
  }

  @Test
  void shouldDenyWhenTheStrategyIsNotOnTheAllowlist() {
    RiskLimits onlyOther = LIMITS.with("allowed-strategies", "momentum,mean-reversion");

    assertThat(reasons(check(entry().build(), onlyOther))).containsExactly(new StrategyNotAllowed(STRATEGY));
  }

  @Test
  void shouldDenyWhenTheSeriesIsNotOnTheAllowlist() {
    RiskLimits onlyEth = LIMITS.with("allowed-series", "KXETH15M");

    assertThat(reasons(check(entry().build(), onlyEth))).containsExactly(new SeriesNotAllowed(SERIES));
  }

  @Test
  void shouldApproveWhenStrategyAndSeriesAreOnTheAllowlists() {
    RiskLimits allowed = LIMITS.with("allowed-strategies", STRATEGY.value()).with("allowed-series", SERIES.value());

    assertThat(check(entry().build(), allowed)).isInstanceOf(Approved.class);
  }

  @Test
  void shouldDenyWhenTheMarketClosesTooSoon() {
    GateResult result = gate.check(entry().build(), GateFixtures.marketClosingIn(59 * SECOND_NS), thousand,
        new GateState(), LIMITS, NOW);

    assertThat(reasons(result))
        .containsExactly(new OutsideTimeToCloseWindow(59 * SECOND_NS, 60 * SECOND_NS, 840 * SECOND_NS));
  }

  @Test
  void shouldDenyWhenTheMarketClosesTooLate() {
    GateResult result = gate.check(entry().build(), GateFixtures.marketClosingIn(841 * SECOND_NS), thousand,
        new GateState(), LIMITS, NOW);

    assertThat(reasons(result))
        .containsExactly(new OutsideTimeToCloseWindow(841 * SECOND_NS, 60 * SECOND_NS, 840 * SECOND_NS));
  }

  @Test
  void shouldApproveWhenTimeToCloseIsAtTheWindowsEdges() {
    for (long closeIn : new long[] {60 * SECOND_NS, 840 * SECOND_NS}) {
      GateResult result = gate.check(entry().build(), GateFixtures.marketClosingIn(closeIn), thousand,
          new GateState(), LIMITS, NOW);
      assertThat(result).isInstanceOf(Approved.class);
    }
  }

  // ---- edge, confidence, price

  @Test
  void shouldDenyWhenTheEdgeIsBelowTheMinimum() {
    assertThat(reasons(check(entry().edge("0.029999").build())))
        .containsExactly(new EdgeBelowMinimum(Money.parse("0.029999"), Money.parse("0.03")));
  }

  @Test
  void shouldApproveWhenTheEdgeIsExactlyTheMinimum() {
    assertThat(check(entry().edge("0.03").build())).isInstanceOf(Approved.class);
  }

  @Test
  void shouldDenyWhenConfidenceIsBelowTheMinimum() {
    assertThat(reasons(check(entry().confidence(0.49).build())))
        .containsExactly(new ConfidenceBelowMinimum(0.49, 0.5));
  }

  @Test
  void shouldDenyWhenTheLimitPriceIsOutsideTheClamp() {
    Signal tooHigh = entry().limit("0.96").probability(0.999).build();

    assertThat(reasons(check(tooHigh)))
        .containsExactly(new PriceOutsideClamp(Price.parse("0.96"), Price.parse("0.05"), Price.parse("0.95")));
  }

  @Test
  void shouldListEveryFailingCheckWhenSeveralFail() {
    Signal bad = entry().edge("0.01").confidence(0.1).limit("0.04").build();

    assertThat(reasons(check(bad))).contains(
        new EdgeBelowMinimum(Money.parse("0.01"), Money.parse("0.03")),
        new ConfidenceBelowMinimum(0.1, 0.5),
        new PriceOutsideClamp(Price.parse("0.04"), Price.parse("0.05"), Price.parse("0.95")));
  }

  // ---- rates and cooldown

  @Test
  void shouldDenyWhenTheOrdersOfTheLastMinuteReachTheCap() {
    GateState state = new GateState();
    for (int i = 0; i < 10; i++) {
      state.onApproved(MarketTicker.of("OTHER-" + i), Side.YES, Action.BUY, NOW - 59 * SECOND_NS + i, 0);
    }

    assertThat(reasons(check(entry().build(), state))).containsExactly(new OrderRateExceeded("minute", 10, 10));
  }

  @Test
  void shouldApproveWhenTheOrdersFellOutOfTheMinute() {
    GateState state = new GateState();
    for (int i = 0; i < 10; i++) {
      // The last nanosecond of the second before the minute: its whole second is out.
      state.onApproved(MarketTicker.of("OTHER-" + i), Side.YES, Action.BUY, NOW - 60 * SECOND_NS - 1, 0);
    }

    assertThat(check(entry().build(), state)).isInstanceOf(Approved.class);
  }

  @Test
  void shouldDenyWhenTheOrdersAreInTheSecondTheMinuteStartsIn() {
    GateState state = new GateState();
    for (int i = 0; i < 10; i++) {
      // Exactly a minute ago, so exact times would let the next order through; orders are counted per second, as
      // if at its end, which is inside the minute: the cap is up to one second stricter, never looser.
      state.onApproved(MarketTicker.of("OTHER-" + i), Side.YES, Action.BUY, NOW - 60 * SECOND_NS, 0);
    }

    assertThat(reasons(check(entry().build(), state))).containsExactly(new OrderRateExceeded("minute", 10, 10));
  }

  @Test
  void shouldDenyWhenTheOrdersOfTheLastHourReachTheCap() {
    GateState state = new GateState();
    for (int i = 0; i < 60; i++) {
      state.onApproved(MarketTicker.of("OTHER-" + i), Side.YES, Action.BUY, NOW - 3_000 * SECOND_NS + i, 0);
    }

    assertThat(reasons(check(entry().build(), state))).containsExactly(new OrderRateExceeded("hour", 60, 60));
  }

  @Test
  void shouldDenyWhenTheOrdersOfTheLastDayReachTheCap() {
    GateState state = new GateState();
    RiskLimits fewPerDay = LIMITS.with("max-orders-per-day", "3");
    for (int i = 0; i < 3; i++) {
      state.onApproved(MarketTicker.of("OTHER-" + i), Side.YES, Action.BUY, NOW - 80_000 * SECOND_NS + i, 0);
    }

    GateResult result = gate.check(entry().build(), market(), thousand, state, fewPerDay, NOW);

    assertThat(reasons(result)).containsExactly(new OrderRateExceeded("day", 3, 3));
  }

  @Test
  void shouldDenyWhenTheSameTickerSideAndActionIsCoolingDown() {
    GateState state = new GateState();
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - 10 * SECOND_NS, 30 * SECOND_NS);

    assertThat(reasons(check(entry().build(), state))).containsExactly(new CooldownActive(NOW + 20 * SECOND_NS));
  }

  @Test
  void shouldApproveWhenTheCooldownIsForAnotherSide() {
    GateState state = new GateState();
    state.onApproved(TICKER, Side.NO, Action.BUY, NOW - 10 * SECOND_NS, 30 * SECOND_NS);

    assertThat(check(entry().build(), state)).isInstanceOf(Approved.class);
  }

  @Test
  void shouldApproveWhenTheCooldownEndsExactlyNow() {
    GateState state = new GateState();
    state.onApproved(TICKER, Side.YES, Action.BUY, NOW - 30 * SECOND_NS, 30 * SECOND_NS);

    assertThat(check(entry().build(), state)).isInstanceOf(Approved.class);
  }

  // ---- concurrent positions

  private static TestPortfolio withOtherMarkets(TestPortfolio portfolio, int count) {
    TestPortfolio result = portfolio;
    for (int i = 0; i < count; i++) {
      result = result.withPosition(MarketTicker.of("KXETH15M-X-" + i), EventTicker.of("KXETH15M-X"),
          SeriesTicker.of("KXETH15M"), Side.YES, Qty.ofContracts(1), Price.parse("0.50"));
    }
    return result;
  }

  @Test
  void shouldDenyANewMarketWhenTheMaximumOfOpenPositionsIsReached() {
    assertThat(reasons(check(entry().build(), withOtherMarkets(thousand, 5))))
        .containsExactly(new MaxConcurrentPositionsReached(5, 5));
  }

  @Test
  void shouldApproveAMarketAlreadyHeldWhenTheMaximumOfOpenPositionsIsReached() {
    TestPortfolio full = holding(withOtherMarkets(thousand, 4), Side.YES, "1");

    assertThat(check(entry().build(), full)).isInstanceOf(Approved.class);
  }

  @Test
  void shouldApproveAMarketWithAPendingBuyWhenTheMaximumOfOpenPositionsIsReached() {
    TestPortfolio full = withOtherMarkets(thousand, 4)
        .withPending(new TestPortfolio.Pending(TICKER, EVENT, SERIES, Side.NO, Qty.ofContracts(1), ONE_AT_47));

    assertThat(check(entry().build(), full)).isInstanceOf(Approved.class);
  }

  // ---- sizing limits

  @Test
  void shouldCapAtTheRoomLeftInThePositionWhenPartlyHeld() {
    TestPortfolio held = holding(thousand, Side.YES, "40").withPending(
        new TestPortfolio.Pending(TICKER, EVENT, SERIES, Side.YES, Qty.ofContracts(3), Money.parse("1.47")));

    Approved approved = approved(check(entry().build(), held));

    assertThat(approved.qty()).isEqualTo(Qty.ofContracts(7));
    assertThat(approved.sizing()).contains("capped by max-position-qty");
  }

  @Test
  void shouldDenyWithTheNumbersWhenThePositionIsFull() {
    TestPortfolio held = holding(thousand, Side.YES, "49.5");

    assertThat(reasons(check(entry().build(), held))).containsExactly(
        new SizeBelowMinimum(Qty.ZERO, Qty.ofContracts(1)),
        new MaxPositionExceeded(Qty.ofContracts(50), Qty.parse("50.5")));
  }

  @Test
  void shouldNotCountAnOppositePositionAgainstTheMaximumPosition() {
    TestPortfolio held = holding(thousand, Side.NO, "49");

    assertThat(approved(check(entry().build(), held)).qty()).isEqualTo(Qty.ofContracts(25));
  }

  @Test
  void shouldCapAtTheOrderNotional() {
    RiskLimits fiveDollars = LIMITS.with("max-order-notional", "5");

    Approved approved = approved(check(entry().build(), fiveDollars));

    // $5 / $0.47 = 10.6 → 10 contracts
    assertThat(approved.qty()).isEqualTo(Qty.ofContracts(10));
    assertThat(approved.sizing()).contains("capped by max-order-notional");
  }

  @Test
  void shouldDenyWithTheNumbersWhenOneContractExceedsTheOrderNotional() {
    RiskLimits tiny = LIMITS.with("max-order-notional", "0.40");

    assertThat(reasons(check(entry().build(), tiny))).containsExactly(
        new SizeBelowMinimum(Qty.ZERO, Qty.ofContracts(1)),
        new OrderNotionalExceeded(Money.parse("0.40"), Money.parse("0.47")));
  }

  @Test
  void shouldCapAtTheFreeCashIncludingFees() {
    // $5 free: 10 contracts cost $4.70 + fee $0.18 = $4.88; 11 cost $5.17 + $0.19
    TestPortfolio poor = thousand.withCash(Money.ofDollars(5));

    Approved approved = approved(check(entry().build(), poor));

    assertThat(approved.qty()).isEqualTo(Qty.ofContracts(10));
    assertThat(approved.sizing()).contains("capped by cash");
  }

  @Test
  void shouldDenyWithTheNumbersWhenCashCannotPayOneContract() {
    TestPortfolio broke = thousand.withCash(Money.parse("0.48"));

    assertThat(reasons(check(entry().build(), broke))).containsExactly(
        new SizeBelowMinimum(Qty.ZERO, Qty.ofContracts(1)),
        new InsufficientCash(Money.parse("0.48"), ONE_AT_47));
  }

  @Test
  void shouldCountReservedCashAsUnavailable() {
    TestPortfolio reserved = thousand.withCash(Money.ofDollars(10)).withPending(new TestPortfolio.Pending(
        MarketTicker.of("KXBTC15M-OTHER"), EVENT, SERIES, Side.YES, Qty.ofContracts(19), Money.parse("9.60")));

    assertThat(reasons(check(entry().build(), reserved))).containsExactly(
        new SizeBelowMinimum(Qty.ZERO, Qty.ofContracts(1)),
        new InsufficientCash(Money.parse("0.40"), ONE_AT_47));
  }

  @Test
  void shouldDenyWithTheNumbersWhenTotalExposureIsFull() {
    TestPortfolio exposed = thousand.withPosition(MarketTicker.of("KXETH15M-A"), EventTicker.of("KXETH15M-E"),
        SeriesTicker.of("KXETH15M"), Side.YES, Qty.parse("499.6"), Price.parse("0.50"));

    // exposure $249.80 of $250: one more contract ($0.49) would make $250.29
    assertThat(reasons(check(entry().build(), exposed))).containsExactly(
        new SizeBelowMinimum(Qty.ZERO, Qty.ofContracts(1)),
        new TotalExposureExceeded(Money.ofDollars(250), Money.parse("250.29")));
  }

  @Test
  void shouldDenyWithTheNumbersWhenTheEventIsConcentrated() {
    TestPortfolio exposed = thousand.withPosition(MarketTicker.of("KXBTC15M-26AUG171330-40"), EVENT, SERIES,
        Side.YES, Qty.parse("199.9"), Price.parse("0.50"));

    assertThat(reasons(check(entry().build(), exposed))).containsExactly(
        new SizeBelowMinimum(Qty.ZERO, Qty.ofContracts(1)),
        new EventConcentrationExceeded(EVENT, Money.ofDollars(100), Money.parse("100.44")));
  }

  @Test
  void shouldDenyWithTheNumbersWhenTheSeriesIsConcentrated() {
    TestPortfolio exposed = thousand.withPosition(MarketTicker.of("KXBTC15M-26AUG171345-40"),
        EventTicker.of("KXBTC15M-26AUG171345"), SERIES, Side.YES, Qty.parse("399.9"), Price.parse("0.50"));

    assertThat(reasons(check(entry().build(), exposed))).containsExactly(
        new SizeBelowMinimum(Qty.ZERO, Qty.ofContracts(1)),
        new SeriesConcentrationExceeded(SERIES, Money.ofDollars(200), Money.parse("200.44")));
  }

  @Test
  void shouldDenyWithSizeBelowMinimumWhenKellySeesNoEdge() {
    assertThat(reasons(check(entry().probability(0.47).build())))
        .containsExactly(new SizeBelowMinimum(Qty.ZERO, Qty.ofContracts(1)));
  }

  @Test
  void shouldSizeASellOfAnUnheldSideAsABuyOfTheOtherSide() {
    // sell YES at $0.53 with P(YES) = 0.40 is buy NO at $0.47 with P(NO) = 0.60: the $100 account's 12 contracts
    Signal sell = entry().action(Action.SELL).limit("0.53").probability(0.40).build();

    Approved approved = approved(check(sell, TestPortfolio.flat("100")));

    assertThat(approved.qty()).isEqualTo(Qty.ofContracts(12));
    assertThat(approved.limitPrice()).isEqualTo(Price.parse("0.53"));
    assertThat(approved.sizing()).startsWith("buy no at $0.4700");
  }

  @Test
  void shouldListSizingReasonsTogetherWithTheOtherFailingChecks() {
    TestPortfolio broke = thousand.withCash(Money.ZERO);

    assertThat(reasons(check(entry().edge("0.01").build(), broke))).containsExactly(
        new EdgeBelowMinimum(Money.parse("0.01"), Money.parse("0.03")),
        new SizeBelowMinimum(Qty.ZERO, Qty.ofContracts(1)),
        new InsufficientCash(Money.ZERO, ONE_AT_47));
  }

  @Test
  void shouldSizeAQuoteLikeAnEntry() {
    Signal quote = entry().kind(SignalKind.QUOTE).build();

    assertThat(approved(check(quote, TestPortfolio.flat("100"))).qty()).isEqualTo(Qty.ofContracts(12));
  }

  // ---- exits

  @Test
  void shouldSizeAnExitToTheHeldQuantity() {
    TestPortfolio held = holding(thousand, Side.YES, "12.34");
    Signal exit = entry().kind(SignalKind.EXIT).action(Action.SELL).limit("0.60").build();

    Approved approved = approved(check(exit, held));

    assertThat(approved.qty()).isEqualTo(Qty.parse("12.34"));
    assertThat(approved.sizing()).startsWith("exit: reduce-only");
  }

  @Test
  void shouldSkipEntryChecksWhenASellReducesAHeldSide() {
    TestPortfolio held = withOtherMarkets(holding(thousand, Side.YES, "60"), 5).withCash(Money.ZERO);
    GateState state = new GateState();
    state.onApproved(TICKER, Side.YES, Action.SELL, NOW - SECOND_NS, 30 * SECOND_NS);
    Signal sell = entry().action(Action.SELL).edge("-0.10").confidence(0.0).limit("0.99").build();

    GateResult result = gate.check(sell, GateFixtures.marketClosingIn(5 * SECOND_NS), held, state, LIMITS, NOW);

    assertThat(approved(result).qty()).isEqualTo(Qty.ofContracts(60));
  }

  @Test
  void shouldExitByBuyingTheOtherSideWhenTheExitIsABuy() {
    TestPortfolio held = holding(thousand, Side.YES, "8");
    Signal exit = entry().kind(SignalKind.EXIT).side(Side.NO).action(Action.BUY).build();

    assertThat(approved(check(exit, held)).qty()).isEqualTo(Qty.ofContracts(8));
  }

  @Test
  void shouldDenyAnExitWhenNothingIsHeld() {
    Signal exit = entry().kind(SignalKind.EXIT).action(Action.SELL).build();

    assertThat(reasons(check(exit))).containsExactly(new SizeBelowMinimum(Qty.ZERO, Qty.ofHundredths(1)));
  }

  @Test
  void shouldDenyAnExpiredExit() {
    TestPortfolio held = holding(thousand, Side.YES, "8");
    Signal exit = entry().kind(SignalKind.EXIT).action(Action.SELL).firedAt(NOW - 5 * SECOND_NS, SECOND_NS).build();

    assertThat(reasons(check(exit, held))).containsExactly(new SignalExpired(NOW - 4 * SECOND_NS, NOW));
  }
}
