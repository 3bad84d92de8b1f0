package dev.strike.common.event;

import static dev.strike.common.event.EventSamples.CLIENT_ORDER_ID;
import static dev.strike.common.event.EventSamples.INTENT_ID;
import static dev.strike.common.event.EventSamples.STRATEGY;
import static dev.strike.common.event.EventSamples.TICKER;
import static dev.strike.common.event.EventSamples.VENUE_ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import org.junit.jupiter.api.Test;

class OrderEventValidationTest {
  private static final long TS = EventSamples.FILL_NS;

  @Test
  void shouldRejectSubmissionWhenQuantityIsZero() {
    OrderSubmitted s = EventSamples.orderSubmitted();

    assertThatThrownBy(() -> new OrderSubmitted(s.clientOrderId(), s.intentId(), s.strategy(), s.ticker(), s.venue(),
        s.side(), s.action(), s.limitPrice(), Qty.ZERO, s.timeInForce(), s.postOnly(), s.reduceOnly(),
        s.expiresAtNs(), TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a submitted order needs a positive quantity");
  }

  @Test
  void shouldRejectAcceptanceWhenClientOrderIdIsMissing() {
    assertThatThrownBy(() -> new OrderAccepted(null, INTENT_ID, STRATEGY, TICKER, Venue.DEMO, VENUE_ORDER_ID,
        Qty.ZERO, Qty.ofContracts(25), TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clientOrderId is required");
  }

  @Test
  void shouldRejectAcceptanceWhenVenueOrderIdIsMissing() {
    assertThatThrownBy(() -> new OrderAccepted(CLIENT_ORDER_ID, INTENT_ID, STRATEGY, TICKER, Venue.DEMO, null,
        Qty.ZERO, Qty.ofContracts(25), TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("venueOrderId is required");
  }

  @Test
  void shouldRejectRejectionWhenCodeIsBlank() {
    assertThatThrownBy(() -> new OrderRejected(CLIENT_ORDER_ID, INTENT_ID, STRATEGY, TICKER, Venue.DEMO, "",
        "Insufficient balance", TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must not be blank");
  }

  @Test
  void shouldAcceptRejectionWhenVenueGaveNoMessage() {
    assertThat(new OrderRejected(CLIENT_ORDER_ID, INTENT_ID, STRATEGY, TICKER, Venue.DEMO, "invalid_order", "", TS,
        TS).message()).isEmpty();
  }

  @Test
  void shouldRejectAmendmentWhenLimitPriceIsMissing() {
    assertThatThrownBy(() -> new OrderAmended(CLIENT_ORDER_ID, INTENT_ID, STRATEGY, TICKER, Venue.DEMO,
        VENUE_ORDER_ID, null, Qty.ofContracts(15), TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limitPrice is required");
  }

  @Test
  void shouldAcceptCancellationWhenTheOrderNeverReachedTheBook() {
    assertThat(new OrderCanceled(CLIENT_ORDER_ID, INTENT_ID, STRATEGY, TICKER, Venue.LIVE, null, Qty.ofContracts(25),
        CancelReason.HALT, TS, TS).venueOrderId()).isNull();
  }

  @Test
  void shouldRejectCancellationWhenReasonIsMissing() {
    assertThatThrownBy(() -> new OrderCanceled(CLIENT_ORDER_ID, INTENT_ID, STRATEGY, TICKER, Venue.LIVE,
        VENUE_ORDER_ID, Qty.ofContracts(15), null, TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reason is required");
  }

  @Test
  void shouldRejectExpiryWhenTsInitIsNegative() {
    assertThatThrownBy(() -> new OrderExpired(CLIENT_ORDER_ID, INTENT_ID, STRATEGY, TICKER, Venue.LIVE,
        VENUE_ORDER_ID, Qty.ofContracts(15), TS, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tsInit must be epoch nanoseconds (>= 0), got -5");
  }

  @Test
  void shouldRejectFillWhenQuantityIsZero() {
    Fill f = EventSamples.fill();

    assertThatThrownBy(() -> new Fill(f.tradeId(), f.clientOrderId(), f.venueOrderId(), f.intentId(), f.strategy(),
        f.ticker(), f.venue(), f.side(), f.action(), f.price(), Qty.ZERO, f.fee(), f.liquidity(), TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fill needs a positive quantity");
  }

  @Test
  void shouldRejectFillWhenFeeIsNegative() {
    Fill f = EventSamples.fill();

    assertThatThrownBy(() -> new Fill(f.tradeId(), f.clientOrderId(), f.venueOrderId(), f.intentId(), f.strategy(),
        f.ticker(), f.venue(), f.side(), f.action(), f.price(), f.qty(), Money.parse("-0.01"), f.liquidity(), TS,
        TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a fee must not be negative, got $-0.01");
  }

  @Test
  void shouldComputeFillNotionalAsPriceTimesQuantity() {
    assertThat(EventSamples.fill().notional()).isEqualTo(Money.parse("4.70"));
  }

  @Test
  void shouldRejectFillWhenPriceIsMissing() {
    Fill f = EventSamples.fill();
    Price missing = null;

    assertThatThrownBy(() -> new Fill(f.tradeId(), f.clientOrderId(), f.venueOrderId(), f.intentId(), f.strategy(),
        f.ticker(), f.venue(), f.side(), f.action(), missing, f.qty(), f.fee(), f.liquidity(), TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("price is required");
  }
}
