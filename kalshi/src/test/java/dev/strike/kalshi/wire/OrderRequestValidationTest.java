package dev.strike.kalshi.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderRequestValidationTest {
  private static final MarketTicker TICKER = MarketTicker.of("KX-1");
  private static final ClientOrderId ID = ClientOrderId.of("c-1");

  private static CreateOrderRequest order(String count, String price, OrderTimeInForce tif) {
    return new CreateOrderRequest("KX-1", "c-1", BookSide.BID, count, price, tif, SelfTradePrevention.MAKER, null,
        null, null, null, null, null, null);
  }

  @Test
  void shouldWriteFourDecimalsAndTwoWhenBuiltFromDomainValues() {
    CreateOrderRequest order = CreateOrderRequest.limit(TICKER, ID, BookSide.ASK, Qty.ofHundredths(155),
        Price.ofCents(56), OrderTimeInForce.FILL_OR_KILL, SelfTradePrevention.TAKER_AT_CROSS);

    assertThat(order.price()).isEqualTo("0.5600");
    assertThat(order.count()).isEqualTo("1.55");
  }

  @Test
  void shouldRefuseAPriceFinerThanAHundredthOfACent() {
    assertThatThrownBy(() -> CreateOrderRequest.limit(TICKER, ID, BookSide.BID, Qty.ofContracts(1),
        Price.ofMicros(123_456), OrderTimeInForce.GOOD_TILL_CANCELED, SelfTradePrevention.MAKER))
        .hasMessageContaining("price").hasMessageContaining("0.123456");
  }

  @Test
  void shouldRefusePricesAtOrOutsideTheBounds() {
    for (String price : List.of("0.00", "1.00", "1", "0.5", ".5", "0.5x", "-0.50")) {
      assertThatThrownBy(() -> order("1", price, OrderTimeInForce.GOOD_TILL_CANCELED))
          .as(price).hasMessageContaining("price");
    }
  }

  @Test
  void shouldRefuseCountsThatAreZeroOrTooFine() {
    for (String count : List.of("0", "0.00", "1.005", "-1", "1e3", "")) {
      assertThatThrownBy(() -> order(count, "0.50", OrderTimeInForce.GOOD_TILL_CANCELED))
          .as(count).hasMessageContaining("count");
    }
  }

  @Test
  void shouldRefuseAnExpirationWhenTheOrderIsNotGoodTillCanceled() {
    assertThatThrownBy(() -> order("1", "0.50", OrderTimeInForce.IMMEDIATE_OR_CANCEL)
        .withExpirationTime(1_800_000_000L))
        .hasMessageContaining("expiration_time");
  }

  @Test
  void shouldRequireARoutingFieldWhenCancelling() {
    assertThatThrownBy(() -> new CancelOrderRequest("o-1", null, null, null)).hasMessageContaining("routing");
    assertThat(new CancelOrderRequest("o-1", null, 2, null).exchangeIndex()).isEqualTo(2);
    assertThatThrownBy(() -> new BatchCancelOrdersRequest.Item("o-1", null, null, null))
        .hasMessageContaining("routing");
  }

  @Test
  void shouldRequireExactlyOneReductionWhenDecreasing() {
    assertThatThrownBy(() -> new DecreaseOrderRequest("1", "2", null, "KX-1")).hasMessageContaining("exactly one");
    assertThatThrownBy(() -> new DecreaseOrderRequest(null, null, null, "KX-1")).hasMessageContaining("exactly one");
    assertThat(DecreaseOrderRequest.reduceTo("0", "KX-1").reduceTo()).isEqualTo("0");
    assertThatThrownBy(() -> DecreaseOrderRequest.reduceBy("0", "KX-1")).hasMessageContaining("positive");
  }

  @Test
  void shouldRefuseABatchWhenClientOrderIdsRepeat() {
    CreateOrderRequest order = order("1", "0.50", OrderTimeInForce.GOOD_TILL_CANCELED);

    assertThatThrownBy(() -> new BatchCreateOrdersRequest(List.of(order, order))).hasMessageContaining("unique");
    assertThatThrownBy(() -> new BatchCreateOrdersRequest(List.of())).hasMessageContaining("at least one");
  }
}
