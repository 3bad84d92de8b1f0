package dev.strike.risk.core;

import static dev.strike.risk.core.RiskFixtures.book;
import static dev.strike.risk.core.RiskFixtures.entry;
import static dev.strike.risk.core.RiskFixtures.fill;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.Alert;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.DenialReason;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.OrderApproved;
import dev.strike.common.event.OrderDenied;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.id.CommandId;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RiskEngineTest {
  private static final long SECOND = 1_000_000_000L;
  private final MarketInfo a = RiskFixtures.market("30");
  private final MarketInfo b = RiskFixtures.market("31");
  private RiskEngine engine;
  private long t = RiskFixtures.OPEN_NS + SECOND;
  private int trades;

  @BeforeEach
  void setUp() {
    engine = new RiskEngine(RiskSession.settings());
    engine.onEvent(a);
    engine.onEvent(b);
  }

  private List<StrikeEvent> on(StrikeEvent event) {
    return engine.onEvent(event);
  }

  private long next() {
    t += SECOND;
    return t;
  }

  /** A round trip in {@code market} that loses $1 on 10 contracts. */
  private List<StrikeEvent> losingRoundTrip(MarketInfo market) {
    on(fill("buy-" + trades, market.ticker(), Side.YES, Action.BUY, "0.50", 10, "0.00", next()));
    return on(fill("sell-" + trades++, market.ticker(), Side.YES, Action.SELL, "0.40", 10, "0.00", next()));
  }

  @Test
  void shouldTripTheConsecutiveLossBreakerAtTheThirdLossAndKeepItUntilReset() {
    List<StrikeEvent> afterTwo = List.of();
    for (int i = 0; i < 2; i++) {
      afterTwo = losingRoundTrip(a);
    }
    List<StrikeEvent> afterThree = losingRoundTrip(a);
    List<StrikeEvent> entryWhileTripped = on(entry("e1", b.ticker(), Side.YES, 0.70, "0.50", "0.15", next()));
    losingRoundTrip(a); // a fourth loss changes nothing: already tripped
    List<StrikeEvent> reset = on(new ControlCommand.ResetBreaker(CommandId.of("reset-1"), "operator",
        "consecutive_losses", next(), t));
    List<StrikeEvent> entryAfterReset = on(entry("e2", b.ticker(), Side.YES, 0.70, "0.50", "0.15", next()));

    assertThat(afterTwo).noneMatch(Alert.class::isInstance);
    assertThat(afterThree).singleElement().isInstanceOfSatisfying(Alert.class, alert -> {
      assertThat(alert.kind()).isEqualTo("breaker");
      assertThat(alert.text()).contains("consecutive_losses");
    });
    assertThat(entryWhileTripped).singleElement().isInstanceOfSatisfying(OrderDenied.class, denied ->
        assertThat(denied.reasons()).hasAtLeastOneElementOfType(DenialReason.BreakerOpen.class));
    assertThat(reset).singleElement().isInstanceOfSatisfying(Alert.class, alert ->
        assertThat(alert.text()).contains("consecutive_losses closed"));
    assertThat(entryAfterReset).singleElement().isInstanceOf(OrderApproved.class);
  }

  @Test
  void shouldStillExitAPositionWhileABreakerIsOpen() {
    on(fill("hold", b.ticker(), Side.YES, Action.BUY, "0.60", 10, "0.00", next()));
    on(book(b.ticker(), "0.59", "0.39", next()));
    for (int i = 0; i < 3; i++) {
      losingRoundTrip(a);
    }
    assertThat(engine.gateState().trippedBreakers()).isNotEmpty();

    List<StrikeEvent> crash = on(book(b.ticker(), "0.29", "0.69", next())); // below the 50% stop of $0.60

    assertThat(crash).filteredOn(OrderApproved.class::isInstance).singleElement()
        .isInstanceOfSatisfying(OrderApproved.class, exit -> {
          assertThat(exit.intent().reduceOnly()).isTrue();
          assertThat(exit.intent().action()).isEqualTo(Action.SELL);
          assertThat(exit.intent().side()).isEqualTo(Side.YES);
          assertThat(exit.intent().qty()).isEqualTo(Qty.ofContracts(10));
          assertThat(exit.intent().timeInForce()).isEqualTo(TimeInForce.IOC);
          assertThat(exit.intent().limitPrice()).isEqualTo(Price.parse("0.27"));
          assertThat(exit.sizing()).startsWith("exit stop_loss");
        });
    assertThat(on(book(b.ticker(), "0.28", "0.70", next()))).as("one exit in flight at a time")
        .noneMatch(OrderApproved.class::isInstance);
  }

  @Test
  void shouldRefuseEverythingWhileHaltedAndTradeAgainAfterResume() {
    on(new ControlCommand.HaltTrading(CommandId.of("halt-1"), "operator", "exchange incident", next(), t));

    List<StrikeEvent> halted = on(entry("e1", a.ticker(), Side.YES, 0.70, "0.50", "0.15", next()));
    List<StrikeEvent> resumed = on(new ControlCommand.ResumeTrading(CommandId.of("resume-1"), "operator", next(), t));
    List<StrikeEvent> after = on(entry("e2", a.ticker(), Side.YES, 0.70, "0.50", "0.15", next()));

    assertThat(halted).singleElement().isInstanceOfSatisfying(OrderDenied.class, denied ->
        assertThat(denied.reasons()).containsExactly(new DenialReason.TradingPaused("halted: exchange incident")));
    assertThat(resumed).singleElement().isInstanceOfSatisfying(Alert.class, alert ->
        assertThat(alert.kind()).isEqualTo("control"));
    assertThat(after).singleElement().isInstanceOf(OrderApproved.class);
  }

  @Test
  void shouldApplyAValidLimitChangeAndRefuseAnInvalidOneWithItsReason() {
    List<StrikeEvent> applied = on(new ControlCommand.SetParameter(CommandId.of("p-1"), "operator",
        "risk.limits.max-order-qty", "3", next(), t));
    List<StrikeEvent> refused = on(new ControlCommand.SetParameter(CommandId.of("p-2"), "operator",
        "risk.limits.max-order-qty", "-1", next(), t));
    List<StrikeEvent> sized = on(entry("e1", a.ticker(), Side.YES, 0.70, "0.50", "0.15", next()));

    assertThat(applied).singleElement().isInstanceOfSatisfying(Alert.class, alert ->
        assertThat(alert.text()).contains("risk.limits.max-order-qty set to 3"));
    assertThat(refused).singleElement().isInstanceOfSatisfying(Alert.class, alert ->
        assertThat(alert.text()).contains("refused", "max-order-qty"));
    assertThat(sized).singleElement().isInstanceOfSatisfying(OrderApproved.class, approved ->
        assertThat(approved.intent().qty()).isEqualTo(Qty.ofContracts(3)));
    assertThat(engine.gateState().export().parameters()).containsEntry("max-order-qty", "3");
  }

  @Test
  void shouldAnswerARedeliveredSignalWithTheSameIntent() {
    var signal = entry("e1", a.ticker(), Side.YES, 0.70, "0.50", "0.15", next());

    List<StrikeEvent> first = on(signal);
    List<StrikeEvent> again = on(signal);

    assertThat(again).isEqualTo(first);
    assertThat(engine.portfolio().pendingBuyQty(a.ticker(), Side.YES))
        .isEqualTo(((OrderApproved) first.get(0)).intent().qty());
  }

  @Test
  void shouldSnapshotWhenEventTimesAreNearTheEpoch() {
    RiskEngine fresh = new RiskEngine(RiskSession.settings());
    fresh.onEvent(new dev.strike.common.event.BookGap(a.ticker(), 1, 5, 7, "seq gap", 1L, 2L));

    assertThat(fresh.snapshot(new java.util.TreeMap<>(), 3L).tradingDayStartNs()).isZero();
  }
}
