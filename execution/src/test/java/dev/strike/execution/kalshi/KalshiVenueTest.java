package dev.strike.execution.kalshi;

import dev.strike.common.event.MarketInfo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.event.Action;
import dev.strike.common.event.Alert;
import dev.strike.common.event.CancelReason;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.OrderAccepted;
import dev.strike.common.event.OrderCanceled;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.OrderRejected;
import dev.strike.common.event.OrderSubmitted;
import dev.strike.common.event.Severity;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.event.Venue;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.common.time.SystemClock;
import dev.strike.kalshi.rest.KalshiRestClient;
import dev.strike.kalshi.rest.WriteResult;
import dev.strike.kalshi.testing.KalshiRestFake;
import dev.strike.kalshi.testing.KalshiTestClients;
import dev.strike.kalshi.testing.KalshiWsFake;
import dev.strike.kalshi.testing.RecordedRequest;
import dev.strike.kalshi.wire.CreateOrderResponse;
import dev.strike.kalshi.wire.ExchangeStatus;
import dev.strike.kalshi.wire.Order;
import dev.strike.kalshi.wire.SelfTradePrevention;
import dev.strike.kalshi.ws.KalshiWsClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.scheduler.Schedulers;

/** {@link KalshiVenue} over real HTTP and WebSocket against the signature-checking Kalshi fakes. */
class KalshiVenueTest {
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final String CREATE = "/portfolio/events/orders";
  private static final String BATCH = "/portfolio/events/orders/batched";
  private static final String A = "KXBTC15M-26AUG171330-30";
  private static final String B = "KXBTC15M-26AUG171345-45";
  private static final long NOW = 1_786_987_000_000_000_000L;

  private KalshiRestFake rest;
  private KalshiWsFake ws;
  private final List<KalshiVenue> venues = new ArrayList<>();
  private final List<KalshiRestClient> clients = new ArrayList<>();

  @BeforeEach
  void startFakes() {
    rest = KalshiRestFake.start();
    ws = KalshiWsFake.start();
  }

  @AfterEach
  void stop() {
    venues.forEach(KalshiVenue::close);
    clients.forEach(KalshiRestClient::close);
    ws.close();
    rest.close();
  }

  private KalshiVenue venue(KalshiVenueConfig config) {
    KalshiVenue venue = new KalshiVenue(Venue.DEMO, KalshiTestClients.signedClient(rest),
        new KalshiWsClient(ws.clientConfig(), KalshiWsFake.testSigner(SystemClock.INSTANCE), SystemClock.INSTANCE),
        SystemClock.INSTANCE, Schedulers.parallel(), config);
    venues.add(venue);
    return venue;
  }

  private KalshiVenue venue() {
    return venue(fastLookups());
  }

  private static KalshiVenueConfig fastLookups() {
    return KalshiVenueConfig.defaults().withLookups(Duration.ofMillis(200), 3, 25);
  }

  private static OrderIntent intent(String name, String ticker, Side side, Action action, String price,
      long contracts, TimeInForce timeInForce) {
    IntentId intentId = IntentId.of("intent-" + name);
    return new OrderIntent(intentId, ClientOrderId.forIntent(intentId), SignalId.of("signal-" + name),
        StrategyId.of("fair-value"), MarketTicker.of(ticker), side, action, Price.parse(price),
        Qty.ofContracts(contracts), timeInForce, false, false, 0);
  }

  private static OrderIntent buyYes(String name, String ticker) {
    return intent(name, ticker, Side.YES, Action.BUY, "0.45", 10, TimeInForce.GTC);
  }

  private static List<StrikeEvent> run(reactor.core.publisher.Flux<StrikeEvent> flux) {
    return flux.collectList().block(WAIT);
  }

  /** Places an order on the fake as if an earlier run (or a person) had, bypassing the venue. */
  private CreateOrderResponse placeDirectly(OrderIntent intent) {
    KalshiRestClient client = KalshiTestClients.signedClient(rest);
    clients.add(client);
    WriteResult<CreateOrderResponse> result = client.orders()
        .create(KalshiMapping.createRequest(intent, SelfTradePrevention.TAKER_AT_CROSS)).block(WAIT);
    return result.accepted().orElseThrow();
  }

  @Test
  void shouldSendTheDocumentedSignedBodyWhenSubmitting() {
    IntentId intentId = IntentId.of("intent-body");
    long expiresAtNs = (System.currentTimeMillis() / 1000 + 3_600) * 1_000_000_000L + 123;
    OrderIntent intent = new OrderIntent(intentId, ClientOrderId.forIntent(intentId), SignalId.of("signal-body"),
        StrategyId.of("fair-value"), MarketTicker.of(A), Side.NO, Action.BUY, Price.parse("0.40"),
        Qty.parse("12.50"), TimeInForce.GTC, true, false, expiresAtNs);

    List<StrikeEvent> events = run(venue().submit(intent, NOW));

    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isInstanceOf(OrderSubmitted.class);
    assertThat(events.get(1)).isInstanceOfSatisfying(OrderAccepted.class, accepted -> {
      assertThat(accepted.clientOrderId()).isEqualTo(intent.clientOrderId());
      assertThat(accepted.restingQty()).isEqualTo(Qty.parse("12.50"));
      assertThat(accepted.venueOrderId().value())
          .isEqualTo(rest.orderByClientOrderId(intent.clientOrderId().value()).orElseThrow().orderId());
    });
    RecordedRequest create = rest.requests("POST", CREATE).get(0);
    assertThat(create.header("KALSHI-ACCESS-SIGNATURE")).isNotBlank(); // the fake verified it, or it would be 401
    JsonNode body = create.bodyJson();
    assertThat(body.get("ticker").asText()).isEqualTo(A);
    assertThat(body.get("client_order_id").asText()).isEqualTo(intent.clientOrderId().value());
    assertThat(body.get("side").asText()).isEqualTo("ask"); // buy NO @0.40 = sell YES @0.60
    assertThat(body.get("price").asText()).isEqualTo("0.6000");
    assertThat(body.get("count").asText()).isEqualTo("12.50");
    assertThat(body.get("time_in_force").asText()).isEqualTo("good_till_canceled");
    assertThat(body.get("self_trade_prevention_type").asText()).isEqualTo("taker_at_cross");
    assertThat(body.get("post_only").asBoolean()).isTrue();
    assertThat(body.has("reduce_only")).isFalse();
    assertThat(body.get("expiration_time").asLong()).isEqualTo(expiresAtNs / 1_000_000_000L);
  }

  @Test
  void shouldPlaceExactlyOneOrderWhenTheResponseIsLostAndTheVenueRestarts() {
    OrderIntent intent = buyYes("lost", A);
    rest.dropResponseNext("POST", CREATE, 1);
    KalshiVenue first = venue(KalshiVenueConfig.defaults().withLookups(Duration.ofSeconds(30), 3, 3));
    List<StrikeEvent> beforeCrash = new CopyOnWriteArrayList<>();
    Disposable inFlight = first.submit(intent, NOW).subscribe(beforeCrash::add);
    await().atMost(WAIT).until(() -> rest.orders().size() == 1 && beforeCrash.size() == 1);
    assertThat(beforeCrash.get(0)).isInstanceOf(OrderSubmitted.class);
    inFlight.dispose(); // the process dies while it looks the order up
    first.close();

    KalshiVenue second = venue();
    List<StrikeEvent> started = run(second.start(0));
    List<StrikeEvent> again = run(second.submit(intent, NOW));

    assertThat(started).filteredOn(Alert.class::isInstance).map(Alert.class::cast)
        .anySatisfy(alert -> assertThat(alert.text()).contains(intent.clientOrderId().value()));
    assertThat(again).hasSize(2);
    assertThat(again.get(1)).isInstanceOfSatisfying(OrderAccepted.class,
        accepted -> assertThat(accepted.restingQty()).isEqualTo(Qty.ofContracts(10)));
    assertThat(rest.orders()).hasSize(1);
    assertThat(rest.count("POST", CREATE)).isEqualTo(1);
  }

  @Test
  void shouldReportTheExistingOrderWhenKalshiAnswersDuplicateClientOrderId() {
    OrderIntent intent = buyYes("dup", A);
    CreateOrderResponse earlier = placeDirectly(intent);

    List<StrikeEvent> events = run(venue().submit(intent, NOW));

    assertThat(rest.count("POST", CREATE)).isEqualTo(2); // the earlier one and ours, answered 409
    assertThat(events).hasSize(2);
    assertThat(events.get(1)).isInstanceOfSatisfying(OrderAccepted.class, accepted -> {
      assertThat(accepted.venueOrderId().value()).isEqualTo(earlier.orderId());
      assertThat(accepted.intentId()).isEqualTo(intent.intentId());
    });
    assertThat(rest.orders()).hasSize(1);
  }

  @Test
  void shouldSendNothingWhenTheSameIntentIsSubmittedTwice() {
    KalshiVenue venue = venue();
    OrderIntent intent = buyYes("twice", A);
    run(venue.submit(intent, NOW));

    List<StrikeEvent> again = run(venue.submit(intent, NOW));

    assertThat(rest.count("POST", CREATE)).isEqualTo(1);
    assertThat(again).extracting(e -> e.getClass().getSimpleName()).containsExactly("OrderSubmitted",
        "OrderAccepted");
  }

  @Test
  void shouldEmitAttributedDeduplicatedFillsWhenPartialFillsArriveOnTheFillChannel() {
    KalshiVenue venue = venue();
    List<StrikeEvent> pushed = new CopyOnWriteArrayList<>();
    venue.events().subscribe(pushed::add);
    run(venue.start(0));
    OrderIntent intent = buyYes("fills", A);
    OrderAccepted accepted = (OrderAccepted) run(venue.submit(intent, NOW)).get(1);
    String orderId = accepted.venueOrderId().value();

    Map<String, Object> first = fill("t-1", orderId, intent, false, "4.00", "0.000000");
    ws.pushFill(A, first);
    ws.pushFill(A, first); // a repeat of the same trade
    ws.pushFill(A, fill("t-2", orderId, intent, true, "6.00", "0.070000"));

    await().atMost(WAIT).until(() -> pushed.stream().filter(Fill.class::isInstance).count() >= 2);
    List<Fill> fills = pushed.stream().filter(Fill.class::isInstance).map(Fill.class::cast).toList();
    assertThat(fills).hasSize(2);
    assertThat(fills).allSatisfy(f -> {
      assertThat(f.intentId()).isEqualTo(intent.intentId());
      assertThat(f.strategy()).isEqualTo(intent.strategy());
      assertThat(f.clientOrderId()).isEqualTo(intent.clientOrderId());
      assertThat(f.side()).isEqualTo(Side.YES);
      assertThat(f.action()).isEqualTo(Action.BUY);
      assertThat(f.price()).isEqualTo(Price.parse("0.45"));
      assertThat(f.venue()).isEqualTo(Venue.DEMO);
    });
    assertThat(fills.get(0).liquidity()).isEqualTo(Liquidity.MAKER);
    assertThat(fills.get(0).qty()).isEqualTo(Qty.ofContracts(4));
    assertThat(fills.get(1).liquidity()).isEqualTo(Liquidity.TAKER);
    assertThat(fills.get(1).fee()).isEqualTo(Money.parse("0.07"));
    assertThat(pushed).filteredOn(Alert.class::isInstance).isEmpty();
  }

  @Test
  void shouldReadFillsMissedWhileTheWebSocketWasDownWhenItReconnects() {
    KalshiVenue venue = venue();
    List<StrikeEvent> pushed = new CopyOnWriteArrayList<>();
    venue.events().subscribe(pushed::add);
    run(venue.start(0));
    OrderIntent intent = buyYes("gap", A);
    OrderAccepted accepted = (OrderAccepted) run(venue.submit(intent, NOW)).get(1);
    int connections = ws.connectionsAccepted();

    ws.dropConnections();
    rest.addFill(new dev.strike.kalshi.wire.Fill(null, "t-gap", accepted.venueOrderId().value(), null, A,
        dev.strike.kalshi.wire.OutcomeSide.YES, dev.strike.kalshi.wire.BookSide.BID, "3.00", "0.4500", "0.5500",
        false, "0.0000", null, System.currentTimeMillis() / 1000, 0));

    await().atMost(WAIT).until(() -> ws.connectionsAccepted() > connections
        && pushed.stream().anyMatch(Fill.class::isInstance));
    assertThat(pushed).filteredOn(Fill.class::isInstance).map(Fill.class::cast).singleElement().satisfies(f -> {
      assertThat(f.tradeId().value()).isEqualTo("t-gap");
      assertThat(f.intentId()).isEqualTo(intent.intentId());
      assertThat(f.qty()).isEqualTo(Qty.ofContracts(3));
    });
  }

  private static Map<String, Object> fill(String tradeId, String orderId, OrderIntent intent, boolean taker,
      String count, String fee) {
    return Map.ofEntries(Map.entry("trade_id", tradeId), Map.entry("order_id", orderId),
        Map.entry("client_order_id", intent.clientOrderId().value()), Map.entry("is_taker", taker),
        Map.entry("outcome_side", "yes"), Map.entry("book_side", "bid"), Map.entry("yes_price_dollars", "0.4500"),
        Map.entry("count_fp", count), Map.entry("fee_cost", fee), Map.entry("post_position_fp", count),
        Map.entry("ts_ms", 1_786_987_269_118L));
  }

  @Test
  void shouldCancelEveryRestingOrderWhenCancelAllOnShutdown() {
    KalshiVenue venue = venue();
    OrderIntent first = buyYes("c1", A);
    OrderIntent second = intent("c2", B, Side.NO, Action.BUY, "0.30", 5, TimeInForce.GTC);
    run(venue.submit(first, NOW));
    run(venue.submit(second, NOW));
    placeDirectly(buyYes("someone-else", A));

    List<StrikeEvent> events = run(venue.cancelAll(CancelReason.SHUTDOWN, NOW));

    List<OrderCanceled> canceled = events.stream().filter(OrderCanceled.class::isInstance)
        .map(OrderCanceled.class::cast).toList();
    assertThat(canceled).extracting(OrderCanceled::clientOrderId)
        .containsExactlyInAnyOrder(first.clientOrderId(), second.clientOrderId());
    assertThat(canceled).allSatisfy(c -> assertThat(c.reason()).isEqualTo(CancelReason.SHUTDOWN));
    assertThat(canceled).filteredOn(c -> c.clientOrderId().equals(second.clientOrderId()))
        .singleElement().satisfies(c -> assertThat(c.canceledQty()).isEqualTo(Qty.ofContracts(5)));
    assertThat(rest.orders()).hasSize(3).allSatisfy(o -> assertThat(o.status()).isEqualTo(Order.CANCELED));
    assertThat(rest.count("DELETE", BATCH)).isEqualTo(1);
    assertThat(events).filteredOn(Alert.class::isInstance).hasSize(1);
  }

  @Test
  void shouldCancelOneOrderWithTheReducedQuantityWhenCanceled() {
    KalshiVenue venue = venue();
    OrderIntent intent = buyYes("one", A);
    run(venue.submit(intent, NOW));

    List<StrikeEvent> events = run(venue.cancel(intent.clientOrderId(), CancelReason.REQUESTED, NOW));

    assertThat(events).singleElement().isInstanceOfSatisfying(OrderCanceled.class, c -> {
      assertThat(c.canceledQty()).isEqualTo(Qty.ofContracts(10));
      assertThat(c.reason()).isEqualTo(CancelReason.REQUESTED);
    });
    assertThat(run(venue.cancel(intent.clientOrderId(), CancelReason.REQUESTED, NOW))).isEmpty();
    assertThat(rest.count("DELETE", CREATE + "/*")).isEqualTo(1);
  }

  @Test
  void shouldAlertWhenReconciliationFindsAnOrderPlacedWhileWeWereDown() {
    CreateOrderResponse placed = placeDirectly(buyYes("while-down", B));

    List<StrikeEvent> events = run(venue().start(0));

    assertThat(events).filteredOn(Alert.class::isInstance).map(Alert.class::cast)
        .anySatisfy(alert -> {
          assertThat(alert.kind()).isEqualTo("reconciliation");
          assertThat(alert.severity()).isEqualTo(Severity.WARNING);
          assertThat(alert.text()).contains(placed.orderId()).contains(B);
        });
  }

  @Test
  void shouldBlockTheMarketUntilTheLookupResolvesWhenTheOutcomeIsUnknown() {
    KalshiVenue venue = venue(KalshiVenueConfig.defaults().withLookups(Duration.ofMillis(400), 3, 10));
    OrderIntent lost = buyYes("hang", A);
    rest.hangNext("POST", CREATE, 1); // not placed, never answered: the client times out
    List<StrikeEvent> firstEvents = new CopyOnWriteArrayList<>();
    Disposable first = venue.submit(lost, NOW).subscribe(firstEvents::add);
    await().atMost(WAIT).until(() -> rest.count("GET", "/portfolio/orders") >= 1);

    List<StrikeEvent> blocked = run(venue.submit(buyYes("blocked", A), NOW));
    List<StrikeEvent> otherMarket = run(venue.submit(buyYes("other", B), NOW));

    assertThat(blocked).singleElement().isInstanceOfSatisfying(OrderRejected.class,
        r -> assertThat(r.code()).isEqualTo(KalshiVenue.MARKET_BLOCKED));
    assertThat(otherMarket).hasSize(2).last().isInstanceOf(OrderAccepted.class);
    await().atMost(WAIT).until(first::isDisposed);
    assertThat(firstEvents).hasSize(2).last().isInstanceOfSatisfying(OrderRejected.class,
        r -> assertThat(r.code()).isEqualTo(KalshiVenue.UNKNOWN_OUTCOME_ABSENT));
    assertThat(rest.count("POST", CREATE)).isEqualTo(2); // the lost one and market B's; never the blocked one

    List<StrikeEvent> afterwards = run(venue.submit(buyYes("blocked", A), NOW));
    assertThat(afterwards).hasSize(2).last().isInstanceOf(OrderAccepted.class);
  }

  @Test
  void shouldAcceptTheOrderWhenTheLookupFindsItAfterALostResponse() {
    OrderIntent intent = buyYes("found", A);
    rest.dropResponseNext("POST", CREATE, 1);

    List<StrikeEvent> events = run(venue().submit(intent, NOW));

    assertThat(events).hasSize(2);
    assertThat(events.get(1)).isInstanceOfSatisfying(OrderAccepted.class, accepted -> assertThat(
        accepted.venueOrderId().value()).isEqualTo(rest.orders().get(0).orderId()));
    assertThat(rest.count("POST", CREATE)).isEqualTo(1);
  }

  @Test
  void shouldRejectSubmitsAndStillCancelWhenTradingIsPaused() {
    KalshiVenue venue = venue(fastLookups().withStatusMaxAge(Duration.ZERO));
    OrderIntent resting = buyYes("before-pause", A);
    run(venue.submit(resting, NOW));
    rest.exchangeStatus(new ExchangeStatus(true, false, null, null, List.of()));

    List<StrikeEvent> refused = run(venue.submit(buyYes("during-pause", A), NOW));
    List<StrikeEvent> canceled = run(venue.cancel(resting.clientOrderId(), CancelReason.MARKET_CLOSED, NOW));

    assertThat(refused).singleElement().isInstanceOfSatisfying(OrderRejected.class,
        r -> assertThat(r.code()).isEqualTo(KalshiVenue.EXCHANGE_PAUSED));
    assertThat(canceled).singleElement().isInstanceOf(OrderCanceled.class);
    assertThat(rest.count("POST", CREATE)).isEqualTo(1);
  }

  @Test
  void shouldRejectWithTheExchangeCodeWhenKalshiRefusesTheOrder() {
    rest.failNext("POST", CREATE, 1, 400,
        "{\"error\":{\"code\":\"insufficient_balance\",\"message\":\"not enough balance\"}}");

    List<StrikeEvent> events = run(venue().submit(buyYes("poor", A), NOW));

    assertThat(events).hasSize(2).last().isInstanceOfSatisfying(OrderRejected.class, r -> {
      assertThat(r.code()).isEqualTo("insufficient_balance");
      assertThat(r.message()).contains("not enough balance");
    });
  }

  @Test
  void shouldFailStartClearlyWhenTheKeyIsRefused() {
    rest.failNext("GET", "/portfolio/balance", 5, 401,
        "{\"error\":{\"code\":\"authentication_error\",\"details\":\"INCORRECT_API_KEY_SIGNATURE\"}}");

    assertThatThrownBy(() -> run(venue().start(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("refused the API key");
  }

  @Test
  void shouldEmitEachSettlementOnceWhenItsMarketIsFinalized() {
    rest.addSettlement(new dev.strike.kalshi.wire.Settlement(A, "KXBTC15M-26AUG171330", 0, "yes", "10.00", "4.50",
        "0.00", "0.00", 1_000L, 100L, "0.00", "2026-08-17T13:36:00Z"));
    KalshiVenue venue = venue();
    MarketInfo finalized = finalizedMarket(A);

    List<StrikeEvent> first = run(venue.onMarketData(finalized));
    List<StrikeEvent> again = run(venue.onMarketData(finalized));

    assertThat(first).singleElement().isInstanceOfSatisfying(dev.strike.common.event.MarketSettled.class, s -> {
      assertThat(s.ticker()).isEqualTo(MarketTicker.of(A));
      assertThat(s.result()).isEqualTo(dev.strike.common.event.MarketResult.YES);
      assertThat(s.yesQty()).isEqualTo(Qty.ofContracts(10));
      assertThat(s.payout()).isEqualTo(dev.strike.common.money.Money.parse("10.00"));
      assertThat(s.tsEvent()).isEqualTo(1_786_973_760_000_000_000L); // settled_time 2026-08-17T13:36:00Z
    });
    assertThat(again).isEmpty();
  }

  private static MarketInfo finalizedMarket(String ticker) {
    return new MarketInfo(MarketTicker.of(ticker), dev.strike.common.id.EventTicker.of(ticker.substring(0,
        ticker.lastIndexOf('-'))), dev.strike.common.id.SeriesTicker.of("KXBTC15M"), "BTC up?", "Target",
        dev.strike.common.event.MarketStatus.FINALIZED, dev.strike.common.event.StrikeType.GREATER_OR_EQUAL,
        new java.math.BigDecimal("64000"), null, NOW - 900_000_000_000L, NOW, NOW + 300_000_000_000L,
        dev.strike.common.money.PriceGrid.LINEAR_CENT, dev.strike.common.event.FeeType.QUADRATIC,
        java.math.BigDecimal.ONE, dev.strike.common.event.MarketResult.YES, Price.ONE, null, 0, NOW, NOW);
  }
}
