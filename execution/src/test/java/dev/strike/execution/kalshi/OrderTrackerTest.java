package dev.strike.execution.kalshi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.CancelReason;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.Side;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.TradeId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import org.junit.jupiter.api.Test;

class OrderTrackerTest {
  private static final MarketTicker A = MarketTicker.of("KXA-1");
  private static final MarketTicker B = MarketTicker.of("KXB-1");

  private final OrderTracker tracker = new OrderTracker();

  private static OrderIntent intent(String name, MarketTicker ticker) {
    IntentId id = IntentId.of("i-" + name);
    return new OrderIntent(id, ClientOrderId.forIntent(id), SignalId.of("s-" + name), StrategyId.of("fv"), ticker,
        Side.YES, Action.BUY, Price.parse("0.45"), Qty.ofContracts(10), TimeInForce.GTC, false, false, 0);
  }

  private static VenueOrder resting(String orderId, OrderIntent intent, long remaining) {
    return new VenueOrder(VenueOrderId.of(orderId), intent.clientOrderId(), intent.ticker(),
        VenueOrder.Status.RESTING, Price.parse("0.45"), Qty.ZERO, Qty.ofContracts(remaining), 0, 0);
  }

  @Test
  void shouldSendOnceWhenTheSameIntentIsDecidedTwice() {
    OrderIntent intent = intent("x", A);

    assertThat(tracker.decide(intent, false)).isInstanceOf(SubmitDecision.Send.class);
    assertThat(tracker.decide(intent, false)).isInstanceOf(SubmitDecision.Known.class);
  }

  @Test
  void shouldBlockOnlyThatMarketWhileAnOutcomeIsUnknown() {
    OrderIntent lost = intent("lost", A);
    tracker.decide(lost, false);
    tracker.onOutcomeUnknown(lost.clientOrderId());

    assertThat(tracker.decide(intent("next", A), false)).isInstanceOfSatisfying(SubmitDecision.Refused.class,
        r -> assertThat(r.code()).isEqualTo(KalshiVenue.MARKET_BLOCKED));
    assertThat(tracker.decide(intent("other", B), false)).isInstanceOf(SubmitDecision.Send.class);
  }

  @Test
  void shouldUnblockTheMarketWhenTheUnknownOrderIsFound() {
    OrderIntent lost = intent("lost", A);
    tracker.decide(lost, false);
    tracker.onOutcomeUnknown(lost.clientOrderId());

    assertThat(tracker.onFound(lost.clientOrderId(), resting("o-1", lost, 10))).isPresent();
    assertThat(tracker.onFound(lost.clientOrderId(), resting("o-1", lost, 10))).isEmpty(); // reported once
    assertThat(tracker.isBlocked(A)).isFalse();
    assertThat(tracker.order(VenueOrderId.of("o-1"))).isPresent();
  }

  @Test
  void shouldUnblockTheMarketWhenTheUnknownOrderIsConfirmedAbsent() {
    OrderIntent lost = intent("lost", A);
    tracker.decide(lost, false);
    tracker.onOutcomeUnknown(lost.clientOrderId());

    assertThat(tracker.onAbsent(lost.clientOrderId())).map(TrackedOrder::state).contains(OrderState.ABSENT);
    assertThat(tracker.isBlocked(A)).isFalse();
  }

  @Test
  void shouldAdoptInsteadOfSendingWhenTheExchangeAlreadyHasTheClientOrderId() {
    OrderIntent intent = intent("restart", A);
    assertThat(tracker.onExchangeOrder(resting("o-9", intent, 10))).isFalse();

    assertThat(tracker.decide(intent, false)).isInstanceOfSatisfying(SubmitDecision.Adopted.class, adopted -> {
      assertThat(adopted.order().venueOrderId()).isEqualTo(VenueOrderId.of("o-9"));
      assertThat(adopted.order().resting()).isEqualTo(Qty.ofContracts(10));
    });
    assertThat(tracker.decide(intent, false)).isInstanceOf(SubmitDecision.Known.class);
  }

  @Test
  void shouldRefuseNewOrdersButNotKnownOnesWhenTheExchangeIsPaused() {
    OrderIntent placed = intent("placed", A);
    tracker.decide(placed, false);

    assertThat(tracker.decide(intent("new", A), true)).isInstanceOfSatisfying(SubmitDecision.Refused.class,
        r -> assertThat(r.code()).isEqualTo(KalshiVenue.EXCHANGE_PAUSED));
    assertThat(tracker.decide(placed, true)).isInstanceOf(SubmitDecision.Known.class);
  }

  @Test
  void shouldReportATradeOnceWhenItArrivesTwice() {
    assertThat(tracker.firstSighting(TradeId.of("t-1"))).isTrue();
    assertThat(tracker.firstSighting(TradeId.of("t-1"))).isFalse();
  }

  @Test
  void shouldAttributeAFillByVenueOrderIdAndShrinkTheRestingSize() {
    OrderIntent intent = intent("fill", A);
    tracker.decide(intent, false);
    tracker.onAccepted(intent.clientOrderId(), VenueOrderId.of("o-1"), Qty.ZERO, Qty.ofContracts(10));
    Execution execution = new Execution(TradeId.of("t-1"), VenueOrderId.of("o-1"), null, A, Side.YES, Action.BUY,
        Price.parse("0.45"), Qty.ofContracts(4), Money.ZERO, Liquidity.MAKER, 1);

    assertThat(tracker.attribute(execution)).map(Attribution::intentId).contains(intent.intentId());
    assertThat(tracker.order(intent.clientOrderId()).orElseThrow().resting()).isEqualTo(Qty.ofContracts(6));
  }

  @Test
  void shouldCloseACanceledOrderOnceWhenBothChannelsReportIt() {
    OrderIntent intent = intent("cancel", A);
    tracker.decide(intent, false);
    tracker.onAccepted(intent.clientOrderId(), VenueOrderId.of("o-1"), Qty.ZERO, Qty.ofContracts(10));
    tracker.onCancelRequested(intent.clientOrderId(), CancelReason.HALT);
    VenueOrder canceled = new VenueOrder(VenueOrderId.of("o-1"), intent.clientOrderId(), A,
        VenueOrder.Status.CANCELED, Price.parse("0.45"), Qty.ZERO, Qty.ZERO, 0, 0);

    assertThat(tracker.onOrderUpdate(canceled)).isInstanceOfSatisfying(OrderChange.Canceled.class, c -> {
      assertThat(c.reason()).isEqualTo(CancelReason.HALT);
      assertThat(c.canceledQty()).isEqualTo(Qty.ofContracts(10));
    });
    assertThat(tracker.onCanceled(intent.clientOrderId())).isEmpty();
  }

  @Test
  void shouldReportAnExpiryWhenTheOrderIsCanceledAtItsExpirationTime() {
    OrderIntent intent = intent("gtt", A);
    tracker.decide(intent, false);
    tracker.onAccepted(intent.clientOrderId(), VenueOrderId.of("o-1"), Qty.ZERO, Qty.ofContracts(10));
    VenueOrder expired = new VenueOrder(VenueOrderId.of("o-1"), intent.clientOrderId(), A,
        VenueOrder.Status.CANCELED, Price.parse("0.45"), Qty.ofContracts(3), Qty.ZERO, 5_000, 5_000);

    assertThat(tracker.onOrderUpdate(expired)).isInstanceOfSatisfying(OrderChange.Expired.class,
        e -> assertThat(e.expiredQty()).isEqualTo(Qty.ofContracts(7)));
  }
}
