package dev.strike.execution.core.paper;

import static dev.strike.execution.core.paper.PaperFixtures.MS;
import static dev.strike.execution.core.paper.PaperFixtures.T0;
import static dev.strike.execution.core.paper.PaperFixtures.exchangeWith;
import static dev.strike.execution.core.paper.PaperFixtures.intent;
import static dev.strike.execution.core.paper.PaperFixtures.levels;
import static dev.strike.execution.core.paper.PaperFixtures.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.strike.common.event.Action;
import dev.strike.common.event.CancelReason;
import dev.strike.common.event.Fill;
import dev.strike.common.event.OrderAccepted;
import dev.strike.common.event.OrderCanceled;
import dev.strike.common.event.OrderExpired;
import dev.strike.common.event.OrderRejected;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.money.Qty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Time in force, expiry and post-only. Book: YES bids 40×5; NO bids 57×8, 58×3 (YES ask 42×3, 43×8). */
class PaperTimeInForceTest {
  private final PaperExchange exchange = exchangeWith(levels(40, 5), levels(57, 8, 58, 3));

  @Test
  void shouldFillEverythingWhenAFokOrderFindsEnough() {
    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.BUY, 43, 11, TimeInForce.FOK), T0);

    assertThat(only(Fill.class, out)).extracting(Fill::qty)
        .containsExactly(Qty.ofContracts(3), Qty.ofContracts(8));
    assertThat(only(OrderCanceled.class, out)).isEmpty();
  }

  @Test
  void shouldCancelWithoutFillsWhenAFokOrderCannotFillCompletely() {
    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.BUY, 43, 12, TimeInForce.FOK), T0);

    assertThat(only(Fill.class, out)).isEmpty();
    assertThat(only(OrderCanceled.class, out)).extracting(OrderCanceled::reason, OrderCanceled::canceledQty)
        .containsExactly(tuple(CancelReason.FOK_UNFILLED, Qty.ofContracts(12)));
  }

  @Test
  void shouldLeaveTheBookUntouchedWhenAFokOrderIsKilled() {
    exchange.submit(intent(Side.YES, Action.BUY, 43, 12, TimeInForce.FOK), T0);

    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.BUY, 43, 11, TimeInForce.FOK), T0);

    assertThat(only(Fill.class, out)).hasSize(2);
  }

  @Test
  void shouldCancelTheWholeOrderWhenAnIocOrderCrossesNothing() {
    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.BUY, 41, 4, TimeInForce.IOC), T0);

    assertThat(only(OrderAccepted.class, out)).extracting(OrderAccepted::filledQty).containsExactly(Qty.ZERO);
    assertThat(only(OrderCanceled.class, out)).extracting(OrderCanceled::reason, OrderCanceled::canceledQty)
        .containsExactly(tuple(CancelReason.IOC_REMAINDER, Qty.ofContracts(4)));
  }

  @Test
  void shouldExpireARestingOrderWhenTimeReachesItsExpiry() {
    OrderIntent intent = intent(Side.YES, Action.BUY, 41, 4, TimeInForce.GTC, false, T0 + 100 * MS);
    exchange.submit(intent, T0);

    assertThat(exchange.advanceTo(T0 + 100 * MS - 1)).isEmpty();
    List<StrikeEvent> out = exchange.advanceTo(T0 + 100 * MS);

    assertThat(only(OrderExpired.class, out)).extracting(OrderExpired::expiredQty, OrderExpired::tsEvent)
        .containsExactly(tuple(Qty.ofContracts(4), T0 + 100 * MS));
  }

  @Test
  void shouldExpireBeforeAMarketEventThatComesAfterTheExpiry() {
    exchange.submit(intent(Side.YES, Action.BUY, 41, 4, TimeInForce.GTC, false, T0 + 100 * MS), T0);

    List<StrikeEvent> out = exchange.onMarketData(PaperFixtures.trade(Side.NO, 41, 50, T0 + 200 * MS));

    assertThat(out).extracting(e -> e.getClass().getSimpleName()).containsExactly("OrderExpired");
  }

  @Test
  void shouldRejectWhenTheOrderArrivesAfterItsExpiry() {
    PaperExchange slow = exchangeWith(new LatencyModel.Fixed(50 * MS), levels(40, 5), levels(58, 3));
    slow.submit(intent(Side.YES, Action.BUY, 41, 4, TimeInForce.GTC, false, T0 + 10 * MS), T0);

    List<StrikeEvent> out = slow.advanceTo(T0 + 50 * MS);

    assertThat(only(OrderRejected.class, out)).extracting(OrderRejected::code).containsExactly("invalid_expiration");
  }

  @Test
  void shouldCancelAPostOnlyOrderWithoutAcceptingItWhenItWouldCross() {
    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.BUY, 42, 4, TimeInForce.GTC, true, 0), T0);

    assertThat(out).extracting(e -> e.getClass().getSimpleName()).containsExactly("OrderSubmitted", "OrderCanceled");
    assertThat(only(OrderCanceled.class, out)).extracting(OrderCanceled::reason, OrderCanceled::venueOrderId)
        .containsExactly(tuple(CancelReason.POST_ONLY_CROSS, null));
  }

  @Test
  void shouldRestAPostOnlyOrderWhenItDoesNotCross() {
    OrderIntent intent = intent(Side.YES, Action.BUY, 41, 4, TimeInForce.GTC, true, 0);

    exchange.submit(intent, T0);

    assertThat(exchange.restingHundredths(intent.clientOrderId())).isEqualTo(400);
  }
}
