package dev.strike.kalshi.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.kalshi.testing.KalshiFixtures;
import dev.strike.kalshi.testing.KalshiRestFake;
import dev.strike.kalshi.testing.KalshiTestClients;
import dev.strike.kalshi.testing.RecordedRequest;
import dev.strike.kalshi.wire.AmendOrderRequest;
import dev.strike.kalshi.wire.AmendOrderResponse;
import dev.strike.kalshi.wire.BatchCancelOrdersRequest;
import dev.strike.kalshi.wire.BatchCancelOrdersResponse;
import dev.strike.kalshi.wire.BatchCreateOrdersRequest;
import dev.strike.kalshi.wire.BatchCreateOrdersResponse;
import dev.strike.kalshi.wire.BookSide;
import dev.strike.kalshi.wire.CancelOrderRequest;
import dev.strike.kalshi.wire.CancelOrderResponse;
import dev.strike.kalshi.wire.CreateOrderRequest;
import dev.strike.kalshi.wire.CreateOrderResponse;
import dev.strike.kalshi.wire.DecreaseOrderRequest;
import dev.strike.kalshi.wire.DecreaseOrderResponse;
import dev.strike.kalshi.wire.KalshiError;
import dev.strike.kalshi.wire.Order;
import dev.strike.kalshi.wire.OrderTimeInForce;
import dev.strike.kalshi.wire.SelfTradePrevention;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderWriteTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String TICKER = "KXBTC15M-26AUG171330-30";
  private static final String CREATE = "/portfolio/events/orders";

  private KalshiRestFake fake;
  private KalshiRestClient client;

  @BeforeEach
  void start() {
    fake = KalshiRestFake.start().loadDocumentedFixtures();
    client = KalshiTestClients.signedClient(fake);
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private static CreateOrderRequest order(String clientOrderId) {
    return CreateOrderRequest.limit(MarketTicker.of(TICKER), ClientOrderId.of(clientOrderId), BookSide.BID,
        Qty.ofContracts(10), Price.parse("0.45"), OrderTimeInForce.GOOD_TILL_CANCELED,
        SelfTradePrevention.TAKER_AT_CROSS);
  }

  private <T> WriteResult<T> await(reactor.core.publisher.Mono<WriteResult<T>> write) {
    return write.block(WAIT);
  }

  @Test
  void shouldPlaceTheOrderWhenTheExchangeAccepts() {
    WriteResult<CreateOrderResponse> result = await(client.orders().create(order("c-1")));

    assertThat(result).isInstanceOfSatisfying(WriteResult.Accepted.class, accepted -> {
      assertThat(accepted.httpStatus()).isEqualTo(201);
    });
    CreateOrderResponse response = result.accepted().orElseThrow();
    assertThat(response.clientOrderId()).isEqualTo("c-1");
    assertThat(response.remainingCount()).isEqualTo("10.00");
    assertThat(fake.orderByClientOrderId("c-1")).map(Order::orderId).contains(response.orderId());
  }

  @Test
  void shouldSendExactlyTheDocumentedFieldsWhenCreating() {
    CreateOrderRequest documented = KalshiFixtures.decode("create_order_request.json", CreateOrderRequest.class)
        .withExpirationTime(java.time.Instant.now().plusSeconds(3600).getEpochSecond());

    // the documented order is loaded with the fixtures: sending it again is a duplicate
    assertThat(await(client.orders().create(documented))).isInstanceOf(WriteResult.AlreadyPlaced.class);

    RecordedRequest sent = fake.requests("POST", CREATE).get(0);
    assertThat(sent.header("content-type")).isEqualTo("application/json");
    var expected = (com.fasterxml.jackson.databind.node.ObjectNode) KalshiFixtures.tree("create_order_request.json");
    assertThat(sent.bodyJson().get("expiration_time").asLong()).isEqualTo(documented.expirationTime());
    expected.remove("expiration_time");
    var body = (com.fasterxml.jackson.databind.node.ObjectNode) sent.bodyJson();
    body.remove("expiration_time");
    assertThat(body).isEqualTo(expected);
    assertThat(sent.bodyJson().get("count").isTextual()).isTrue();
    assertThat(sent.bodyJson().get("price").asText()).isEqualTo("0.4500");
  }

  @Test
  void shouldSayAlreadyPlacedWhenTheClientOrderIdIsADuplicate() {
    await(client.orders().create(order("c-dup")));

    WriteResult<CreateOrderResponse> again = await(client.orders().create(order("c-dup")));

    assertThat(again).isInstanceOfSatisfying(WriteResult.AlreadyPlaced.class,
        placed -> assertThat(placed.error().code()).isEqualTo(KalshiError.CONFLICT));
    assertThat(again.isOutcomeKnown()).isTrue();
    assertThat(fake.orders()).filteredOn(o -> "c-dup".equals(o.clientOrderId())).hasSize(1);
  }

  @Test
  void shouldBeUnknownAndSentOnceWhenTheResponseTimesOut() {
    fake.delayNext("POST", CREATE, 1, KalshiTestClients.RESPONSE_TIMEOUT.multipliedBy(2));

    WriteResult<CreateOrderResponse> result = await(client.orders().create(order("c-slow")));

    assertThat(result).isInstanceOfSatisfying(WriteResult.OutcomeUnknown.class, unknown -> {
      assertThat(unknown.reason()).contains("response timeout");
      assertThat(unknown.httpStatus()).isNull();
    });
    assertThat(result.isOutcomeKnown()).isFalse();
    assertThat(fake.count("POST", CREATE)).isEqualTo(1);
    // the exchange did place it: looking it up by client order id is how execution resolves the unknown
    Optional<Order> placed = client.portfolio().findByClientOrderId(MarketTicker.of(TICKER),
        ClientOrderId.of("c-slow")).block(WAIT);
    assertThat(placed).isPresent();
  }

  @Test
  void shouldBeUnknownAndSentOnceWhenTheResponseNeverComes() {
    fake.hangNext("POST", CREATE, 1);

    WriteResult<CreateOrderResponse> result = await(client.orders().create(order("c-hang")));

    assertThat(result).isInstanceOf(WriteResult.OutcomeUnknown.class);
    assertThat(fake.count("POST", CREATE)).isEqualTo(1);
  }

  @Test
  void shouldBeUnknownAndSentOnceWhenTheExchangeAnswers503() {
    fake.unavailableNext("POST", CREATE, 1);

    WriteResult<CreateOrderResponse> result = await(client.orders().create(order("c-503")));

    assertThat(result).isInstanceOfSatisfying(WriteResult.OutcomeUnknown.class, unknown -> {
      assertThat(unknown.httpStatus()).isEqualTo(503);
      assertThat(unknown.error().code()).isEqualTo(KalshiError.SERVICE_UNAVAILABLE);
    });
    assertThat(fake.count("POST", CREATE)).isEqualTo(1);
  }

  @Test
  void shouldBeUnknownAndSentOnceWhenTheOrderIsPlacedButTheResponseIsLost() {
    fake.dropResponseNext("POST", CREATE, 1);

    WriteResult<CreateOrderResponse> result = await(client.orders().create(order("c-lost")));

    assertThat(result).isInstanceOfSatisfying(WriteResult.OutcomeUnknown.class,
        unknown -> assertThat(unknown.reason()).contains("connection closed"));
    assertThat(fake.count("POST", CREATE)).isEqualTo(1);
    assertThat(fake.orderByClientOrderId("c-lost")).isPresent();
  }

  @Test
  void shouldBeUnknownWhenAnAcceptedResponseCannotBeRead() {
    fake.failNext("POST", CREATE, 1, 201, "{\"client_order_id\":\"c-odd\"}");

    WriteResult<CreateOrderResponse> result = await(client.orders().create(order("c-odd")));

    assertThat(result).isInstanceOfSatisfying(WriteResult.OutcomeUnknown.class, unknown -> {
      assertThat(unknown.httpStatus()).isEqualTo(201);
      assertThat(unknown.reason()).contains("order_id");
    });
  }

  @Test
  void shouldSayNotSentWhenNoConnectionCanBeMade() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/trade-api/v2");
    try (KalshiRestClient lost = KalshiRestClient.builder(KalshiTestClients.fastConfig(nowhere))
        .signer(KalshiRestFake.testSigner()).build()) {

      WriteResult<CreateOrderResponse> result = lost.orders().create(order("c-refused")).block(WAIT);

      assertThat(result).isInstanceOfSatisfying(WriteResult.NotSent.class,
          notSent -> assertThat(notSent.reason()).containsIgnoringCase("connect"));
    }
  }

  @Test
  void shouldRejectWithoutRetryingWhenRateLimited() {
    fake.rateLimitNext("POST", CREATE, 1);

    WriteResult<CreateOrderResponse> result = await(client.orders().create(order("c-429")));

    assertThat(result).isInstanceOfSatisfying(WriteResult.Rejected.class, rejected -> {
      assertThat(rejected.isRateLimited()).isTrue();
      assertThat(rejected.error().code()).isEqualTo(KalshiError.TOO_MANY_REQUESTS);
    });
    assertThat(fake.count("POST", CREATE)).isEqualTo(1);
    assertThat(fake.orderByClientOrderId("c-429")).isEmpty();
  }

  @Test
  void shouldRejectWithTheReasonWhenTheMarketIsClosed() {
    fake.putMarket(dev.strike.kalshi.wire.Market.of("KX-CLOSED", "KX", "closed", "greater",
        java.math.BigDecimal.TEN, null, "2026-08-17T16:00:00Z", "2026-08-17T17:00:00Z", List.of()));
    CreateOrderRequest late = CreateOrderRequest.limit(MarketTicker.of("KX-CLOSED"), ClientOrderId.of("c-late"),
        BookSide.ASK, Qty.ofContracts(1), Price.parse("0.5"), OrderTimeInForce.IMMEDIATE_OR_CANCEL,
        SelfTradePrevention.MAKER);

    WriteResult<CreateOrderResponse> result = await(client.orders().create(late));

    assertThat(result).isInstanceOfSatisfying(WriteResult.Rejected.class, rejected -> {
      assertThat(rejected.httpStatus()).isEqualTo(400);
      assertThat(rejected.error().hasCode("market_inactive")).isTrue();
    });
  }

  @Test
  void shouldCancelWithTheMarketForRoutingWhenTheOrderRests() {
    String orderId = await(client.orders().create(order("c-cancel"))).accepted().orElseThrow().orderId();

    WriteResult<CancelOrderResponse> result = await(client.orders().cancel(CancelOrderRequest.of(orderId, TICKER)));

    assertThat(result.accepted()).map(CancelOrderResponse::reducedBy).contains("10.00");
    RecordedRequest sent = fake.requests("DELETE", CREATE + "/*").get(0);
    assertThat(sent.apiPath()).isEqualTo(CREATE + "/" + orderId);
    assertThat(sent.queryParam("market_ticker")).isEqualTo(TICKER);
    assertThat(sent.body()).isEmpty();
    assertThat(fake.orderByClientOrderId("c-cancel")).map(Order::status).contains("canceled");
  }

  @Test
  void shouldSayNotFoundWhenCancellingAnOrderAlreadyGone() {
    WriteResult<CancelOrderResponse> result = await(client.orders().cancel(CancelOrderRequest.of("gone", TICKER)));

    assertThat(result).isInstanceOfSatisfying(WriteResult.Rejected.class,
        rejected -> assertThat(rejected.isNotFound()).isTrue());
  }

  @Test
  void shouldAmendAndDecreaseWhenTheOrderRests() {
    String orderId = await(client.orders().create(order("c-amend"))).accepted().orElseThrow().orderId();

    WriteResult<AmendOrderResponse> amended = await(client.orders().amend(VenueOrderId.of(orderId),
        new AmendOrderRequest(TICKER, BookSide.BID, "0.4400", "12.00", "c-amend", null, null)));
    WriteResult<DecreaseOrderResponse> decreased = await(client.orders().decrease(VenueOrderId.of(orderId),
        DecreaseOrderRequest.reduceBy("5", TICKER)));

    assertThat(amended.accepted()).map(AmendOrderResponse::remainingCount).contains("12.00");
    assertThat(decreased.accepted()).map(DecreaseOrderResponse::remainingCount).contains("7.00");
    assertThat(fake.orderByClientOrderId("c-amend")).get().satisfies(order -> {
      assertThat(order.yesPriceDollars()).isEqualTo("0.4400");
      assertThat(order.remainingCountFp()).isEqualTo("7.00");
    });
    assertThat(fake.requests("POST", CREATE + "/*/decrease").get(0).bodyJson().toString())
        .isEqualTo("{\"reduce_by\":\"5\",\"market_ticker\":\"" + TICKER + "\"}");
  }

  @Test
  void shouldReportEachItemWhenBatching() {
    await(client.orders().create(order("c-b0")));

    WriteResult<BatchCreateOrdersResponse> created = await(client.orders().batchCreate(
        new BatchCreateOrdersRequest(List.of(order("c-b0"), order("c-b1"), order("c-b2")))));

    List<BatchCreateOrdersResponse.Item> items = created.accepted().orElseThrow().orders();
    assertThat(items).extracting(BatchCreateOrdersResponse.Item::isPlaced).containsExactly(false, true, true);
    assertThat(items.get(0).error().code()).isEqualTo(KalshiError.CONFLICT);

    WriteResult<BatchCancelOrdersResponse> canceled = await(client.orders().batchCancel(
        new BatchCancelOrdersRequest(List.of(BatchCancelOrdersRequest.Item.of(items.get(1).orderId(), TICKER),
            BatchCancelOrdersRequest.Item.of("gone", TICKER)))));

    assertThat(canceled.accepted().orElseThrow().orders()).extracting(BatchCancelOrdersResponse.Item::isCanceled)
        .containsExactly(true, false);
    RecordedRequest batchCancel = fake.requests("DELETE", CREATE + "/batched").get(0);
    assertThat(batchCancel.bodyJson().get("orders").get(0).get("market_ticker").asText()).isEqualTo(TICKER);
  }

  @Test
  void shouldNotSendAnythingWhenABatchCostsMoreThanTheWriteBucketHolds() {
    List<CreateOrderRequest> orders = new java.util.ArrayList<>();
    for (int i = 0; i < 11; i++) {
      orders.add(order("c-big-" + i)); // 11 × 10 tokens > Basic write capacity 100
    }

    reactor.test.StepVerifier.create(client.orders().batchCreate(new BatchCreateOrdersRequest(orders)))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(
            RequestCostExceedsCapacityException.class, tooBig -> {
              assertThat(tooBig.cost()).isEqualTo(110);
              assertThat(tooBig.capacity()).isEqualTo(100);
            }))
        .verify(WAIT);
    assertThat(fake.count("POST", CREATE + "/batched")).isZero();
  }
}
