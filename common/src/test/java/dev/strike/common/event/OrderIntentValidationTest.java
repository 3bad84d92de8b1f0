package dev.strike.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderIntentValidationTest {
  private static final OrderIntent S = EventSamples.orderIntent();

  private static OrderIntent withIds(IntentId intentId, ClientOrderId clientOrderId) {
    return new OrderIntent(intentId, clientOrderId, S.signalId(), S.strategy(), S.ticker(), S.side(), S.action(),
        S.limitPrice(), S.qty(), S.timeInForce(), S.postOnly(), S.reduceOnly(), S.expiresAtNs());
  }

  private static OrderIntent withOrder(Price limitPrice, Qty qty) {
    return new OrderIntent(S.intentId(), S.clientOrderId(), S.signalId(), S.strategy(), S.ticker(), S.side(),
        S.action(), limitPrice, qty, S.timeInForce(), S.postOnly(), S.reduceOnly(), S.expiresAtNs());
  }

  private static OrderIntent withExecution(TimeInForce timeInForce, boolean postOnly, long expiresAtNs) {
    return new OrderIntent(S.intentId(), S.clientOrderId(), S.signalId(), S.strategy(), S.ticker(), S.side(),
        S.action(), S.limitPrice(), S.qty(), timeInForce, postOnly, S.reduceOnly(), expiresAtNs);
  }

  @Test
  void shouldRejectIntentWhenClientOrderIdIsNotDerivedFromIt() {
    ClientOrderId other = ClientOrderId.forIntent(IntentId.of("another-intent"));

    assertThatThrownBy(() -> withIds(S.intentId(), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clientOrderId " + other + " is not derived from intent " + S.intentId() + " (expected "
            + S.clientOrderId() + ")");
  }

  @Test
  void shouldAcceptIntentWhenClientOrderIdIsDerivedFromIt() {
    IntentId intent = IntentId.of("b0441709a64048bb4055c096fd35269e");

    assertThat(withIds(intent, ClientOrderId.forIntent(intent)).clientOrderId().value())
        .isEqualTo("5264ea2e-053e-58ec-853b-2ee2062f89f7");
  }

  @Test
  void shouldRejectIntentWhenQuantityIsZero() {
    assertThatThrownBy(() -> withOrder(S.limitPrice(), Qty.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an order needs a positive quantity");
  }

  @Test
  void shouldRejectIntentWhenLimitPriceIsZero() {
    assertThatThrownBy(() -> withOrder(Price.ZERO, S.qty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an order's limit price must be strictly between $0 and $1, got $0.0000");
  }

  @Test
  void shouldRejectIntentWhenLimitPriceIsOneDollar() {
    assertThatThrownBy(() -> withOrder(Price.ONE, S.qty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strictly between $0 and $1");
  }

  @Test
  void shouldRejectIntentWhenAnImmediateOrderCarriesAnExpiry() {
    assertThatThrownBy(() -> withExecution(TimeInForce.IOC, false, EventSamples.CLOSE_NS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("only GTC orders can carry an expiry, got IOC");
  }

  @Test
  void shouldRejectIntentWhenPostOnlyIsNotGoodTillCanceled() {
    assertThatThrownBy(() -> withExecution(TimeInForce.FOK, true, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("post-only orders must be GTC, got FOK");
  }

  @Test
  void shouldRejectIntentWhenExpiryIsNegative() {
    assertThatThrownBy(() -> withExecution(TimeInForce.GTC, false, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expiresAtNs must be epoch nanoseconds (>= 0), got -1");
  }

  @Test
  void shouldTakeSignalAndTickerFromTheIntentWhenApproved() {
    OrderApproved approved = EventSamples.orderApproved();

    assertThat(List.of(approved.signalId(), approved.ticker())).containsExactly(S.signalId(), S.ticker());
  }

  @Test
  void shouldRejectApprovalWhenSizingIsBlank() {
    assertThatThrownBy(() -> new OrderApproved(S, "", 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sizing must not be blank");
  }

  @Test
  void shouldRejectDenialWhenItHasNoReasons() {
    OrderDenied d = EventSamples.orderDenied();

    assertThatThrownBy(() -> new OrderDenied(d.signalId(), d.strategy(), d.ticker(), d.side(), d.action(), List.of(),
        d.tsEvent(), d.tsInit()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a denial needs at least one reason");
  }

  @Test
  void shouldCopyEveryIntentFieldWhenSubmitted() {
    OrderSubmitted submitted = OrderSubmitted.of(S, Venue.PAPER, 1, 2);

    assertThat(submitted).isEqualTo(new OrderSubmitted(S.clientOrderId(), S.intentId(), S.strategy(), S.ticker(),
        Venue.PAPER, S.side(), S.action(), S.limitPrice(), S.qty(), S.timeInForce(), S.postOnly(), S.reduceOnly(),
        S.expiresAtNs(), 1, 2));
  }
}
