package dev.strike.execution.core.paper;

import static dev.strike.execution.core.paper.PaperFixtures.MS;
import static dev.strike.execution.core.paper.PaperFixtures.T0;
import static dev.strike.execution.core.paper.PaperFixtures.delta;
import static dev.strike.execution.core.paper.PaperFixtures.exchangeWith;
import static dev.strike.execution.core.paper.PaperFixtures.intent;
import static dev.strike.execution.core.paper.PaperFixtures.levels;
import static dev.strike.execution.core.paper.PaperFixtures.only;
import static dev.strike.execution.core.paper.PaperFixtures.trade;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.strike.common.event.Action;
import dev.strike.common.event.CancelReason;
import dev.strike.common.event.Fill;
import dev.strike.common.event.OrderAccepted;
import dev.strike.common.event.OrderCanceled;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.money.Qty;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Orders and cancels reach the exchange after the latency; submits are idempotent by client order id. */
class PaperLatencyTest {
  private static final long LATENCY = 50 * MS;
  /** YES bids 40×5; NO bids 58×3 (YES ask 42×3). */
  private final PaperExchange exchange =
      exchangeWith(new LatencyModel.Fixed(LATENCY), levels(40, 5), levels(58, 3));

  @Test
  void shouldEmitOnlySubmittedWhileTheOrderIsInFlight() {
    List<StrikeEvent> out = exchange.submit(intent(Side.YES, Action.BUY, 42, 3, TimeInForce.IOC), T0);

    assertThat(out).extracting(e -> e.getClass().getSimpleName()).containsExactly("OrderSubmitted");
  }

  @Test
  void shouldStampWhatHappensOnArrivalWithTheArrivalTime() {
    exchange.submit(intent(Side.YES, Action.BUY, 42, 3, TimeInForce.IOC), T0);

    List<StrikeEvent> out = exchange.advanceTo(T0 + LATENCY + 7);

    assertThat(out).extracting(StrikeEvent::tsEvent).containsOnly(T0 + LATENCY);
    assertThat(only(Fill.class, out)).extracting(Fill::qty).containsExactly(Qty.ofContracts(3));
  }

  @Test
  void shouldSeeBookChangesThatHappenBeforeItArrives() {
    exchange.submit(intent(Side.YES, Action.BUY, 42, 3, TimeInForce.IOC), T0);
    exchange.onMarketData(delta(Side.NO, 58, -3, T0 + 30 * MS));

    List<StrikeEvent> out = exchange.advanceTo(T0 + LATENCY);

    assertThat(only(Fill.class, out)).isEmpty();
  }

  @Test
  void shouldNotSeeBookChangesThatHappenAfterItArrives() {
    exchange.submit(intent(Side.YES, Action.BUY, 42, 8, TimeInForce.IOC), T0);

    List<StrikeEvent> out = exchange.onMarketData(delta(Side.NO, 58, 5, T0 + 70 * MS));

    assertThat(only(Fill.class, out)).extracting(Fill::qty).containsExactly(Qty.ofContracts(3));
  }

  @Test
  void shouldNotSeeBookChangesBeforeTheyHappenWhenItArrivesAfterThem() {
    exchange.submit(intent(Side.YES, Action.BUY, 42, 8, TimeInForce.IOC), T0);

    List<StrikeEvent> before = exchange.onMarketData(delta(Side.NO, 58, 5, T0 + 10 * MS));
    List<StrikeEvent> out = exchange.advanceTo(T0 + LATENCY);

    assertThat(before).isEmpty();
    assertThat(only(Fill.class, out)).extracting(Fill::qty).containsExactly(Qty.ofContracts(8));
  }

  @Test
  void shouldIgnoreASecondSubmitOfTheSameIntent() {
    OrderIntent intent = intent(Side.YES, Action.BUY, 42, 2, TimeInForce.IOC);
    exchange.submit(intent, T0);

    List<StrikeEvent> again = exchange.submit(intent, T0 + 1);
    List<StrikeEvent> out = exchange.advanceTo(T0 + 2 * LATENCY);

    assertThat(again).isEmpty();
    assertThat(only(OrderAccepted.class, out)).hasSize(1);
  }

  @Test
  void shouldIgnoreASecondSubmitOfAnIntentThatIsAlreadyDone() {
    PaperExchange instant = exchangeWith(levels(40, 5), levels(58, 3));
    OrderIntent intent = intent(Side.YES, Action.BUY, 42, 2, TimeInForce.IOC);
    instant.submit(intent, T0);

    assertThat(instant.submit(intent, T0 + 1)).isEmpty();
  }

  @Test
  void shouldLetARestingOrderFillUntilTheCancelArrives() {
    OrderIntent bid = intent(Side.YES, Action.BUY, 40, 5, TimeInForce.GTC);
    exchange.submit(bid, T0);
    exchange.advanceTo(T0 + LATENCY);

    exchange.cancel(bid.clientOrderId(), CancelReason.REQUESTED, T0 + 100 * MS);
    List<StrikeEvent> fills = exchange.onMarketData(trade(Side.NO, 40, 7, T0 + 120 * MS));
    List<StrikeEvent> out = exchange.advanceTo(T0 + 150 * MS);

    assertThat(only(Fill.class, fills)).extracting(Fill::qty).containsExactly(Qty.ofContracts(2));
    assertThat(only(OrderCanceled.class, out)).extracting(OrderCanceled::reason, OrderCanceled::canceledQty)
        .containsExactly(tuple(CancelReason.REQUESTED, Qty.ofContracts(3)));
  }

  @Test
  void shouldNotLetACancelOvertakeItsOrder() {
    PaperExchange jittery = exchangeWith(new LatencyModel.Empirical(new long[] {90 * MS}, 1), levels(40, 5),
        levels(58, 3));
    OrderIntent bid = intent(Side.YES, Action.BUY, 40, 5, TimeInForce.GTC);
    jittery.submit(bid, T0);

    List<StrikeEvent> out = jittery.cancel(bid.clientOrderId(), CancelReason.REQUESTED, T0 - 80 * MS);
    out.addAll(jittery.advanceTo(T0 + 90 * MS));

    assertThat(out).extracting(e -> e.getClass().getSimpleName()).containsExactly("OrderAccepted", "OrderCanceled");
  }

  @Test
  void shouldCancelOrdersInFlightAtOnceWhenCancelingAll() {
    OrderIntent intent = intent(Side.YES, Action.BUY, 42, 3, TimeInForce.IOC);
    exchange.submit(intent, T0);

    List<StrikeEvent> halted = exchange.cancelAll(CancelReason.HALT, T0 + 1);
    List<StrikeEvent> later = exchange.advanceTo(T0 + 2 * LATENCY);

    assertThat(only(OrderCanceled.class, halted)).extracting(OrderCanceled::canceledQty, OrderCanceled::venueOrderId)
        .containsExactly(tuple(Qty.ofContracts(3), null));
    assertThat(later).isEmpty();
  }

  @Test
  void shouldCancelRestingOrdersAtOnceWhenCancelingAll() {
    OrderIntent bid = intent(Side.YES, Action.BUY, 40, 5, TimeInForce.GTC);
    exchange.submit(bid, T0);
    exchange.advanceTo(T0 + LATENCY);

    List<StrikeEvent> out = exchange.cancelAll(CancelReason.HALT, T0 + LATENCY + 1);

    assertThat(only(OrderCanceled.class, out)).extracting(OrderCanceled::reason, OrderCanceled::canceledQty)
        .containsExactly(tuple(CancelReason.HALT, Qty.ofContracts(5)));
  }

  @Test
  void shouldDrawTheSameLatenciesWhenTheSeedIsTheSame() {
    LatencyModel model = new LatencyModel.Empirical(new long[] {1, 2, 3, 5, 8, 13}, 42);
    LongSupplier a = model.newSampler();
    LongSupplier b = model.newSampler();

    long[] first = LongStream.range(0, 100).map(i -> a.getAsLong()).toArray();

    assertThat(first).isEqualTo(LongStream.range(0, 100).map(i -> b.getAsLong()).toArray())
        .containsOnly(1, 2, 3, 5, 8, 13);
  }
}
