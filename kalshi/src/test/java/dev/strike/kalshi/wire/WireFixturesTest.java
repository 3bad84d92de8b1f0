package dev.strike.kalshi.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.json.JsonCodec;
import dev.strike.common.json.StrikeJson;
import dev.strike.kalshi.testing.KalshiFixtures;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WireFixturesTest {

  @Test
  void shouldReadEveryTraderFieldWhenDecodingTheMarketFixture() {
    Market market = KalshiFixtures.decode("market.json", MarketResponse.class).market();

    assertThat(market.ticker()).isEqualTo("KXBTC15M-26AUG171330-30");
    assertThat(market.eventTicker()).isEqualTo("KXBTC15M-26AUG171330");
    assertThat(market.status()).isEqualTo("active");
    assertThat(market.strikeType()).isEqualTo("greater_or_equal");
    assertThat(market.floorStrike()).isEqualByComparingTo("63485.16");
    assertThat(market.floorStrike().toPlainString()).isEqualTo("63485.16");
    assertThat(market.capStrike()).isNull();
    assertThat(market.volume24hFp()).isEqualTo("18423.57");
    assertThat(market.yesBidDollars()).isEqualTo("0.4500");
    assertThat(market.yesAskSizeFp()).isEqualTo("150.00");
    assertThat(market.priceRanges()).containsExactly(new PriceRange("0.0000", "0.1000", "0.0010"),
        new PriceRange("0.1000", "0.9000", "0.0100"), new PriceRange("0.9000", "1.0000", "0.0010"));
    assertThat(market.settlementTimerSeconds()).isEqualTo(1);
    assertThat(market.exchangeIndex()).isZero();
    assertThat(market.result()).isEmpty();
    assertThat(market.occurrenceDatetime()).isNull();
    assertThat(market.mveSelectedLegs()).isEmpty();
  }

  @Test
  void shouldReadStringPairsWhenDecodingTheOrderbookFixture() {
    Orderbook book = KalshiFixtures.decode("orderbook_rest.json", OrderbookResponse.class).orderbookFp();

    assertThat(book.yesDollars()).containsExactly(new PriceLevel("0.4300", "120.00"),
        new PriceLevel("0.4400", "85.00"), new PriceLevel("0.4500", "310.00"));
    assertThat(book.noDollars()).containsExactly(new PriceLevel("0.5000", "40.00"),
        new PriceLevel("0.5200", "95.50"), new PriceLevel("0.5300", "150.00"));
  }

  @Test
  void shouldReadCanonicalDirectionFieldsWhenDecodingTheOrderFixture() {
    Order order = KalshiFixtures.decode("order.json", OrderResponse.class).order();

    assertThat(order.orderId()).isEqualTo("e5d84c1a-7b2f-4e96-a0c3-9d1b6f2e8a74");
    assertThat(order.clientOrderId()).isEqualTo("6b1f0c9e-2d47-4a3b-9f5e-81c2d7e4a0b3");
    assertThat(order.outcomeSide()).isEqualTo(OutcomeSide.YES);
    assertThat(order.bookSide()).isEqualTo(BookSide.BID);
    assertThat(order.isResting()).isTrue();
    assertThat(order.remainingCountFp()).isEqualTo("6.00");
    assertThat(order.makerFillCostDollars()).isEqualTo("1.8000");
    assertThat(order.orderGroupId()).isNull();
  }

  @Test
  void shouldReadTradeIdAndMarketUnderEitherNameWhenDecodingTheFillFixture() {
    FillsResponse fills = KalshiFixtures.decode("fill.json", FillsResponse.class);

    assertThat(fills.hasNextPage()).isFalse();
    Fill fill = fills.fills().get(0);
    assertThat(fill.id()).isEqualTo("d91bc706-ee49-470d-82d8-11418bda6fed");
    assertThat(fill.market()).isEqualTo("KXBTC15M-26AUG171330-30");
    assertThat(fill.outcomeSide()).isEqualTo(OutcomeSide.YES);
    assertThat(fill.bookSide()).isEqualTo(BookSide.BID);
    assertThat(fill.isTaker()).isTrue();
    assertThat(fill.feeCost()).isEqualTo("0.1800");
    assertThat(fill.ts()).isEqualTo(1_786_987_269L);
  }

  @Test
  void shouldWriteExactlyTheDocumentedFieldsWhenEncodingTheCreateOrderFixture() throws Exception {
    CreateOrderRequest request = KalshiFixtures.decode("create_order_request.json", CreateOrderRequest.class);

    assertThat(request.side()).isEqualTo(BookSide.BID);
    assertThat(request.timeInForce()).isEqualTo(OrderTimeInForce.GOOD_TILL_CANCELED);
    assertThat(request.selfTradePreventionType()).isEqualTo(SelfTradePrevention.TAKER_AT_CROSS);
    JsonNode written = StrikeJson.mapper().readTree(JsonCodec.of(CreateOrderRequest.class).encode(request));
    assertThat(written).isEqualTo(KalshiFixtures.tree("create_order_request.json"));
  }

  @Test
  void shouldReadTheFlatResponseWhenDecodingTheCreateOrderResponseFixture() {
    CreateOrderResponse response = KalshiFixtures.decode("create_order_response.json", CreateOrderResponse.class);

    assertThat(response.orderId()).isEqualTo("e5d84c1a-7b2f-4e96-a0c3-9d1b6f2e8a74");
    assertThat(response.fillCount()).isEqualTo("0.00");
    assertThat(response.remainingCount()).isEqualTo("10.00");
    assertThat(response.averageFillPrice()).isNull();
    assertThat(response.tsMs()).isEqualTo(1_786_987_267_412L);
  }

  @Test
  void shouldDecodeEveryRestFixtureWhenReadAsItsRecord() {
    java.util.Map<String, Class<?>> types = java.util.Map.of(
        "market.json", MarketResponse.class,
        "orderbook_rest.json", OrderbookResponse.class,
        "create_order_request.json", CreateOrderRequest.class,
        "create_order_response.json", CreateOrderResponse.class,
        "order.json", OrderResponse.class,
        "fill.json", FillsResponse.class);

    assertThat(types.keySet()).containsExactlyInAnyOrderElementsOf(KalshiFixtures.REST);
    types.forEach((name, type) -> assertThat(KalshiFixtures.decode(name, type)).as(name).isInstanceOf(type));
  }

  @Test
  void shouldRoundTripAMarketWhenWrittenAndReadWithTheSharedMapper() {
    Market market = KalshiFixtures.decode("market.json", MarketResponse.class).market();
    JsonCodec<Market> codec = JsonCodec.of(Market.class);

    Market again = codec.decode(codec.encode(market));

    assertThat(again).isEqualTo(market);
    assertThat(again.floorStrike()).isEqualTo(new BigDecimal("63485.16"));
  }
}
