package dev.strike.execution.core.paper;

import static dev.strike.execution.core.paper.PaperFixtures.T0;
import static dev.strike.execution.core.paper.PaperFixtures.delta;
import static dev.strike.execution.core.paper.PaperFixtures.exchangeWith;
import static dev.strike.execution.core.paper.PaperFixtures.intent;
import static dev.strike.execution.core.paper.PaperFixtures.levels;
import static dev.strike.execution.core.paper.PaperFixtures.only;
import static dev.strike.execution.core.paper.PaperFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.strike.common.event.Action;
import dev.strike.common.event.CancelReason;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.OrderAccepted;
import dev.strike.common.event.OrderCanceled;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.event.Venue;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Taker matching: which levels an order takes, at which prices, and what is left for the next order. */
class PaperTakerTest {
  /** YES bids 38×10, 39×20, 40×5; NO bids 55×10, 57×8, 58×3 (YES ask 42×3, 43×8, 45×10). */
  private final PaperExchange exchange = exchangeWith(levels(38, 10, 39, 20, 40, 5), levels(55, 10, 57, 8, 58, 3));

  private static List<Object> fillsOf(List<StrikeEvent> events) {
    return only(Fill.class, events).stream().map(f -> (Object) tuple(f.price(), f.qty())).toList();
  }

  @Test
  void shouldWalkTheOtherSidesBidsBestFirstWhenBuyingYesAcrossSeveralLevels() {
    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.BUY, 44, 20, TimeInForce.IOC), T0);

    assertThat(only(Fill.class, out)).extracting(Fill::price, Fill::qty)
        .containsExactly(tuple(Price.ofCents(42), Qty.ofContracts(3)), tuple(Price.ofCents(43), Qty.ofContracts(8)));
  }

  @Test
  void shouldReportFilledAndRestingQuantitiesWhenTheOrderIsAccepted() {
    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.BUY, 44, 20, TimeInForce.GTC), T0);

    OrderAccepted accepted = only(OrderAccepted.class, out).get(0);
    assertThat(List.of(accepted.filledQty(), accepted.restingQty()))
        .containsExactly(Qty.ofContracts(11), Qty.ofContracts(9));
  }

  @Test
  void shouldEmitAcceptedBeforeTheFillsWhenAnOrderTakesOnArrival() {
    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.BUY, 44, 20, TimeInForce.GTC), T0);

    assertThat(out).extracting(e -> e.getClass().getSimpleName())
        .containsExactly("OrderSubmitted", "OrderAccepted", "Fill", "Fill");
  }

  @Test
  void shouldTakeYesBidsAtNoPricesWhenBuyingNo() {
    List<StrikeEvent> out = exchange.submit(intent(Side.NO, Action.BUY, 61, 10, TimeInForce.IOC), T0);

    assertThat(only(Fill.class, out)).extracting(Fill::side, Fill::price, Fill::qty).containsExactly(
        tuple(Side.NO, Price.ofCents(60), Qty.ofContracts(5)), tuple(Side.NO, Price.ofCents(61), Qty.ofContracts(5)));
  }

  @Test
  void shouldTakeItsOwnSidesBidsAtOrAboveTheLimitWhenSellingYes() {
    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.SELL, 39, 30, TimeInForce.IOC), T0);

    assertThat(only(Fill.class, out)).extracting(Fill::price, Fill::qty)
        .containsExactly(tuple(Price.ofCents(40), Qty.ofContracts(5)), tuple(Price.ofCents(39), Qty.ofContracts(20)));
  }

  @Test
  void shouldMarkEveryFillAsPaperTakerWithTheOrdersIds() {
    OrderIntent intent = intent(Side.YES, Action.BUY, 42, 2, TimeInForce.IOC);

    Fill fill = only(Fill.class, exchange.submit(intent, T0)).get(0);

    assertThat(List.<Object>of(fill.liquidity(), fill.venue(), fill.intentId(), fill.clientOrderId(), fill.strategy()))
        .containsExactly(Liquidity.TAKER, Venue.PAPER, intent.intentId(), intent.clientOrderId(), intent.strategy());
  }

  @Test
  void shouldSeeOnlyWhatIsLeftWhenASecondOrderTakesTheSameLevel() {
    exchange.submit(intent(Side.YES, Action.BUY, 42, 2, TimeInForce.IOC), T0);

    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.BUY, 42, 5, TimeInForce.IOC), T0 + 1);

    assertThat(fillsOf(out)).containsExactly(tuple(Price.ofCents(42), Qty.ofContracts(1)));
  }

  @Test
  void shouldKeepWhatWeTookWhenTheLevelGrows() {
    exchange.submit(intent(Side.YES, Action.BUY, 42, 3, TimeInForce.IOC), T0);
    exchange.onMarketData(delta(Side.NO, 58, 2, T0 + 1));

    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.BUY, 42, 5, TimeInForce.IOC), T0 + 2);

    assertThat(fillsOf(out)).containsExactly(tuple(Price.ofCents(42), Qty.ofContracts(2)));
  }

  @Test
  void shouldNotGiveBackWhatWeTookWhenTheLevelShrinksByOthers() {
    exchange.submit(intent(Side.YES, Action.BUY, 42, 2, TimeInForce.IOC), T0);
    exchange.onMarketData(delta(Side.NO, 58, -1, T0 + 1)); // 3 → 2 displayed, 2 of them already ours

    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.BUY, 42, 5, TimeInForce.IOC), T0 + 2);

    assertThat(only(Fill.class, out)).isEmpty();
  }

  @Test
  void shouldOfferTheWholeLevelAgainWhenASnapshotArrives() {
    exchange.submit(intent(Side.YES, Action.BUY, 42, 3, TimeInForce.IOC), T0);
    exchange.onMarketData(snapshot(levels(40, 5), levels(58, 3), T0 + 1));

    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.BUY, 42, 5, TimeInForce.IOC), T0 + 2);

    assertThat(fillsOf(out)).containsExactly(tuple(Price.ofCents(42), Qty.ofContracts(3)));
  }

  @Test
  void shouldCancelTheRemainderWhenAnIocOrderCannotFillCompletely() {
    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.BUY, 44, 20, TimeInForce.IOC), T0);

    assertThat(only(OrderCanceled.class, out)).extracting(OrderCanceled::reason, OrderCanceled::canceledQty)
        .containsExactly(tuple(CancelReason.IOC_REMAINDER, Qty.ofContracts(9)));
  }

  @Test
  void shouldRestTheRemainderWhenAGtcOrderIsNotFullyFilled() {
    OrderIntent intent = intent(Side.YES, Action.BUY, 44, 20, TimeInForce.GTC);

    exchange.submit(intent, T0);

    assertThat(exchange.restingHundredths(intent.clientOrderId())).isEqualTo(900);
  }

  @Test
  void shouldTrackTheNetPositionWhenFillsBuyAndSell() {
    exchange.submit(intent(Side.YES, Action.BUY, 42, 3, TimeInForce.IOC), T0); // +3 YES
    exchange.submit(intent(Side.NO, Action.BUY, 60, 5, TimeInForce.IOC), T0); // −5 (NO)

    assertThat(exchange.netYesHundredths(PaperFixtures.TICKER)).isEqualTo(-200);
  }
}
