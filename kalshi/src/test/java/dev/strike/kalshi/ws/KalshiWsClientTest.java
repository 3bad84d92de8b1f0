package dev.strike.kalshi.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.Side;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.common.time.ManualClock;
import dev.strike.common.time.SystemClock;
import dev.strike.kalshi.auth.KalshiCredentials;
import dev.strike.kalshi.auth.KalshiSigner;
import dev.strike.kalshi.testing.KalshiWsFake;
import dev.strike.kalshi.testing.KalshiWsFake.Level;
import dev.strike.kalshi.testing.KalshiWsFake.ReceivedCommand;
import dev.strike.kalshi.testing.SignatureVerifier;
import dev.strike.kalshi.testing.TestKeys;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** The client over a real WebSocket on 127.0.0.1 against {@link KalshiWsFake}; no mocks at the network boundary. */
class KalshiWsClientTest {
  private static final String A = "KXBTC15M-26AUG171330-30";
  private static final String B = "KXBTC15M-26AUG171330-31";
  private static final MarketTicker TICKER_A = MarketTicker.of(A);
  private static final MarketTicker TICKER_B = MarketTicker.of(B);

  private KalshiWsFake fake;
  private FeedRecorder feed;

  @BeforeEach
  void startFake() {
    fake = KalshiWsFake.start();
    fake.setBook(A, List.of(Level.of("0.4300", "120.00"), Level.of("0.4400", "85.00"), Level.of("0.4500", "310.00")),
        List.of(Level.of("0.5000", "40.00"), Level.of("0.5200", "95.50"), Level.of("0.5300", "150.00")));
    fake.setBook(B, List.of(Level.of("0.2000", "10.00")), List.of());
  }

  @AfterEach
  void stop() {
    if (feed != null) {
      feed.close();
    }
    fake.close();
  }

  private FeedRecorder connect() {
    feed = FeedRecorder.start(fake);
    feed.awaitConnected(1);
    return feed;
  }

  private static <T> T block(reactor.core.publisher.Mono<T> mono) {
    return mono.block(FeedRecorder.WAIT);
  }

  private SubscribeAccepted subscribeBooks(MarketTicker... markets) {
    return (SubscribeAccepted) block(feed.client.subscribe(SubscribeRequest.orderbook(markets)));
  }

  /** The fake's book of {@code ticker} as ladders, for comparing with a snapshot. */
  private List<BookLevel> ladder(String ticker, String side) {
    NavigableMap<Long, Long> book = fake.book(ticker, side);
    return book.entrySet().stream()
        .map(e -> new BookLevel(Price.ofMicros(e.getKey()), Qty.ofHundredths(e.getValue()))).toList();
  }

  @Test
  void shouldConnectWhenTheUpgradeIsSignedWithTheRightKey() {
    connect();
    assertThat(fake.upgradeTimestamps()).hasSize(1);
    assertThat(fake.refusedUpgrades()).isEmpty();
    assertThat(feed.client.counters().connections()).isEqualTo(1);
  }

  @Test
  void shouldBeRefusedWith401AndKeepRetryingWhenTheSignatureIsNotTheKeys() {
    KalshiSigner wrongKey = new KalshiSigner(new KalshiCredentials(TestKeys.KEY_ID, TestKeys.ed25519().getPrivate()),
        SystemClock.INSTANCE);
    feed = FeedRecorder.start(fake, FeedRecorder.config(fake), wrongKey);
    ConnectFailed first = feed.await(ConnectFailed.class, failed -> failed.attempt() == 1);
    assertThat(first.reason()).contains("401");
    assertThat(first.retryIn()).isPositive();
    feed.await(ConnectFailed.class, failed -> failed.attempt() == 2);
    assertThat(fake.refusedUpgrades()).contains("INCORRECT_API_KEY_SIGNATURE");
    assertThat(fake.connectionsAccepted()).isZero();
    assertThat(feed.find(Connected.class, c -> true, 0)).isNull();
  }

  @Test
  void shouldSignEveryReconnectWithAFreshTimestampWhenTheConnectionDrops() {
    fake.close();
    ManualClock clock = new ManualClock(1_786_987_000_000_000_000L);
    fake = KalshiWsFake.start(SignatureVerifier.forTestRsaKey(), clock);
    feed = FeedRecorder.start(fake, FeedRecorder.config(fake), FeedRecorder.testSigner(clock));
    feed.awaitConnected(1);
    clock.advance(Duration.ofSeconds(5).toNanos());
    fake.dropConnections();
    feed.awaitConnected(2);
    assertThat(fake.upgradeTimestamps()).containsExactly(1_786_987_000_000L, 1_786_987_005_000L);
  }

  @Test
  void shouldDecodeTheSnapshotAndDeltasExactlyWhenSubscribedToTheOrderbook() {
    connect();
    SubscribeAccepted accepted = subscribeBooks(TICKER_A);
    assertThat(accepted.commandId()).isEqualTo(1);
    assertThat(accepted.subscriptions()).containsExactly(new ChannelSid(Channel.ORDERBOOK_DELTA, 1));
    ReceivedCommand sent = fake.commands("subscribe").get(0);
    assertThat(sent.raw()).isEqualTo("{\"id\":1,\"cmd\":\"subscribe\",\"params\":{\"channels\":[\"orderbook_delta\"],"
        + "\"market_tickers\":[\"" + A + "\"],\"use_yes_price\":false}}");

    BookSnapshot snapshot = feed.awaitSnapshot(s -> s.ticker().equals(TICKER_A));
    assertThat(snapshot.sid()).isEqualTo(1);
    assertThat(snapshot.seq()).isEqualTo(1);
    assertThat(snapshot.yesBids()).containsExactly(
        new BookLevel(Price.ofMicros(430_000), Qty.ofHundredths(12_000)),
        new BookLevel(Price.ofMicros(440_000), Qty.ofHundredths(8_500)),
        new BookLevel(Price.ofMicros(450_000), Qty.ofHundredths(31_000)));
    assertThat(snapshot.noBids()).containsExactly(
        new BookLevel(Price.ofMicros(500_000), Qty.ofHundredths(4_000)),
        new BookLevel(Price.ofMicros(520_000), Qty.ofHundredths(9_550)),
        new BookLevel(Price.ofMicros(530_000), Qty.ofHundredths(15_000)));

    fake.pushDelta(A, "yes", "0.4600", "25.00");
    fake.pushDelta(A, "no", "0.5300", "-150.00", "0c4d2b7e-9a1f-4e3c-8b5d-2f6a7c9e1d08");
    BookDelta added = feed.awaitDelta(d -> d.seq() == 2);
    BookDelta removed = feed.awaitDelta(d -> d.seq() == 3);
    assertThat(added.side()).isEqualTo(Side.YES);
    assertThat(added.price()).isEqualTo(Price.ofMicros(460_000));
    assertThat(added.deltaHundredths()).isEqualTo(2_500);
    assertThat(added.clientOrderId()).isNull();
    assertThat(added.tsEvent()).isPositive();
    assertThat(removed.side()).isEqualTo(Side.NO);
    assertThat(removed.price()).isEqualTo(Price.ofMicros(530_000));
    assertThat(removed.deltaHundredths()).isEqualTo(-15_000);
    assertThat(removed.clientOrderId()).isEqualTo(ClientOrderId.of("0c4d2b7e-9a1f-4e3c-8b5d-2f6a7c9e1d08"));
  }

  @Test
  void shouldGapRequestASnapshotAndQuarantineDeltasUntilItArrivesWhenTheFakeSkipsASeq() {
    connect();
    subscribeBooks(TICKER_A);
    feed.awaitSnapshot(s -> s.seq() == 1);
    fake.holdSnapshotRequests(true);
    fake.injectSeqGap("orderbook_delta");
    fake.pushDelta(A, "yes", "0.4600", "25.00"); // seq 3: seq 2 never came

    BookGap gap = feed.awaitGap(g -> g.ticker().equals(TICKER_A));
    assertThat(gap.expectedSeq()).isEqualTo(2);
    assertThat(gap.receivedSeq()).isEqualTo(3);
    assertThat(gap.reason()).isEqualTo("seq gap on sid 1: expected 2, received 3");
    await().atMost(FeedRecorder.WAIT).until(() -> !fake.commands("update_subscription").isEmpty());
    ReceivedCommand request = fake.commands("update_subscription").get(0);
    assertThat(request.action()).isEqualTo("get_snapshot");
    assertThat(request.sids()).containsExactly(1L);
    assertThat(request.marketTickers()).containsExactly(A);

    int beforeQuarantine = feed.size();
    fake.pushDelta(A, "yes", "0.4600", "5.00");
    fake.pushDelta(A, "no", "0.5000", "-40.00");
    await().atMost(FeedRecorder.WAIT).until(() -> feed.client.counters().droppedDeltas() >= 3);
    fake.releaseHeldSnapshots();
    BookSnapshot fresh = feed.awaitSnapshot(s -> s.seq() > 1);
    assertThat(fresh.seq()).isEqualTo(6);
    assertThat(fresh.yesBids()).isEqualTo(ladder(A, "yes")); // includes the quarantined deltas' effect
    assertThat(fresh.noBids()).isEqualTo(ladder(A, "no"));
    List<BookEvent> between = feed.books().subList(feed.books().indexOf(gap) + 1, feed.books().indexOf(fresh));
    assertThat(between).noneMatch(BookDelta.class::isInstance);
    assertThat(feed.events.subList(beforeQuarantine, feed.size())).noneMatch(
        e -> e instanceof BookUpdate u && u.event() instanceof BookDelta);

    fake.pushDelta(A, "yes", "0.4300", "-20.00");
    BookDelta flowing = feed.awaitDelta(d -> d.seq() == 7);
    assertThat(flowing.deltaHundredths()).isEqualTo(-2_000);
    assertThat(feed.client.counters().bookGaps()).isEqualTo(1);
    assertThat(feed.client.counters().snapshotRequests()).isEqualTo(1);
  }

  @Test
  void shouldReconnectWithBackoffAndResubscribeWithNewSidsWhenTheConnectionDrops() {
    connect();
    block(feed.client.subscribe(SubscribeRequest.of(Channel.TICKER, TICKER_A)));
    SubscribeAccepted books = subscribeBooks(TICKER_A);
    assertThat(books.sid(Channel.ORDERBOOK_DELTA)).isEqualTo(2);
    feed.awaitSnapshot(s -> s.sid() == 2);

    fake.dropConnections();
    Disconnected lost = feed.await(Disconnected.class, d -> d.connection() == 1);
    assertThat(lost.reconnectIn()).isEqualTo(Duration.ofMillis(18)); // 20 ms less the drawn jitter (0.5 × 20%)
    BookGap gap = feed.awaitGap(g -> g.ticker().equals(TICKER_A));
    assertThat(gap.sid()).isEqualTo(2);
    assertThat(gap.reason()).startsWith("connection lost: ");

    Resubscribed resubscribed = feed.await(Resubscribed.class, r -> r.connection() == 2);
    assertThat(resubscribed.subscriptions()).containsExactly(new ChannelSid(Channel.ORDERBOOK_DELTA, 1),
        new ChannelSid(Channel.TICKER, 2));
    List<ReceivedCommand> again = fake.commands("subscribe").stream().filter(c -> c.connection() == 2).toList();
    assertThat(again).extracting(ReceivedCommand::id).containsExactly(1L, 2L); // ids restart per connection
    assertThat(again.get(0).raw()).contains("\"use_yes_price\":false");
    BookSnapshot again1 = feed.awaitSnapshot(s -> s.sid() == 1 && feed.books().indexOf(s) > feed.books().indexOf(gap));
    assertThat(again1.yesBids()).isEqualTo(ladder(A, "yes"));

    fake.pushDelta(A, "yes", "0.4600", "1.00");
    assertThat(feed.awaitDelta(d -> d.sid() == 1).seq()).isEqualTo(2);
  }

  @Test
  void shouldSurfaceTheMalformedFrameAndGoOnWhenAFrameIsNotJson() {
    connect();
    subscribeBooks(TICKER_A);
    feed.awaitSnapshot(s -> true);
    fake.pushRaw("{\"type\":\"ticker\",oops");
    MalformedFrame malformed = feed.await(MalformedFrame.class, m -> true);
    assertThat(malformed.rawText()).isEqualTo("{\"type\":\"ticker\",oops");
    assertThat(malformed.error().getMessage()).startsWith("kalshi-ws ");
    fake.pushDelta(A, "yes", "0.4600", "1.00");
    assertThat(feed.awaitDelta(d -> true).seq()).isEqualTo(2);
    assertThat(feed.client.counters().malformed()).isEqualTo(1);
  }

  @Test
  void shouldMarkOnlyThatBookStaleAndAskForItWhenAnOrderbookMessageIsUnreadable() {
    connect();
    subscribeBooks(TICKER_A, TICKER_B);
    feed.awaitSnapshot(s -> s.ticker().equals(TICKER_B));
    fake.publishRawMsg("orderbook_delta", "orderbook_delta", A, "{\"market_ticker\":\"" + A
        + "\",\"price_dollars\":\"1.5000\",\"delta_fp\":\"1.00\",\"side\":\"yes\"}"); // seq 3
    feed.await(MalformedFrame.class, m -> m.error().getMessage().contains("above $1"));
    assertThat(feed.awaitGap(g -> true).ticker()).isEqualTo(TICKER_A);
    await().atMost(FeedRecorder.WAIT).until(() -> !fake.commands("update_subscription").isEmpty());
    assertThat(fake.commands("update_subscription").get(0).marketTickers()).containsExactly(A);
    assertThat(feed.awaitSnapshot(s -> s.ticker().equals(TICKER_A) && s.seq() > 3).seq()).isEqualTo(4);
    fake.pushDelta(B, "yes", "0.2000", "1.00");
    feed.awaitDelta(d -> d.ticker().equals(TICKER_B));
    assertThat(feed.client.counters().bookGaps()).isEqualTo(1);
  }

  @Test
  void shouldSurfaceAnUnknownTypeOnceWhenTheServerSendsANewMessageType() {
    connect();
    fake.pushRaw("{\"type\":\"event_fee_update\",\"sid\":9,\"msg\":{\"a\":1}}");
    fake.pushRaw("{\"type\":\"event_fee_update\",\"sid\":9,\"msg\":{\"a\":2}}");
    fake.pushRaw("{\"type\":\"rfq_created\",\"sid\":9,\"msg\":{}}");
    feed.await(UnknownMessageType.class, u -> u.type().equals("rfq_created"));
    assertThat(feed.events).filteredOn(UnknownMessageType.class::isInstance)
        .extracting(e -> ((UnknownMessageType) e).type()).containsExactly("event_fee_update", "rfq_created");
    assertThat(feed.client.counters().unknownTypeMessages()).isEqualTo(3);
  }

  @Test
  void shouldAnswerServerPingsWhenTheServerPings() {
    connect();
    fake.ping();
    await().atMost(FeedRecorder.WAIT).until(() -> fake.pongsReceived() >= 1);
  }

  @Test
  void shouldPingAndDeclareTheConnectionDeadWhenPongsStop() {
    feed = FeedRecorder.start(fake, FeedRecorder.config(fake)
        .withLiveness(Duration.ofMillis(100), Duration.ofMillis(800)), FeedRecorder.testSigner(SystemClock.INSTANCE));
    feed.awaitConnected(1);
    await().atMost(FeedRecorder.WAIT).until(() -> fake.pingsReceived() >= 3); // answered: the connection stays
    assertThat(feed.find(Disconnected.class, d -> true, 0)).isNull();
    fake.answerPings(false);
    Disconnected dead = feed.await(Disconnected.class, d -> d.connection() == 1);
    assertThat(dead.reason()).isEqualTo("no frame received for PT0.8S");
    fake.answerPings(true);
    feed.awaitConnected(2);
  }

  @Test
  void shouldListSubscriptionsAndUnsubscribeWhenAsked() {
    connect();
    subscribeBooks(TICKER_A);
    block(feed.client.subscribe(SubscribeRequest.of(Channel.TICKER)));
    SubscriptionList before = (SubscriptionList) block(feed.client.listSubscriptions());
    assertThat(before.subscriptions()).containsExactly(new ActiveSubscription("orderbook_delta", 1),
        new ActiveSubscription("ticker", 2));
    assertThat(before.subscriptions().get(1).channel()).isEqualTo(Channel.TICKER);

    UnsubscribeAccepted ended = (UnsubscribeAccepted) block(feed.client.unsubscribe(Channel.ORDERBOOK_DELTA));
    assertThat(ended.ended()).containsExactly(new ChannelSid(Channel.ORDERBOOK_DELTA, 1));
    assertThat(feed.awaitGap(g -> true).reason()).isEqualTo("unsubscribed");
    SubscriptionList after = (SubscriptionList) block(feed.client.listSubscriptions());
    assertThat(after.subscriptions()).containsExactly(new ActiveSubscription("ticker", 2));
    assertThat(fake.commands("unsubscribe").get(0).sids()).containsExactly(1L);

    CommandRejected notSubscribed = (CommandRejected) block(feed.client.unsubscribe(Channel.ORDERBOOK_DELTA));
    assertThat(notSubscribed.code()).isEqualTo(WsErrorCode.UNKNOWN_SUBSCRIPTION_ID);
    assertThat(notSubscribed.commandId()).isZero();

    fake.dropConnections(); // only what is still kept comes back
    Resubscribed resubscribed = feed.await(Resubscribed.class, r -> r.connection() == 2);
    assertThat(resubscribed.subscriptions()).extracting(ChannelSid::channel).containsExactly(Channel.TICKER);
  }

  @Test
  void shouldRejectWithCode16WhenTheMarketIsUnknown() {
    connect();
    CommandRejected rejected = (CommandRejected) block(feed.client.subscribe(
        SubscribeRequest.orderbook(MarketTicker.of("KXBTC15M-26AUG171330-99"))));
    assertThat(rejected.code()).isEqualTo(WsErrorCode.MARKET_NOT_FOUND);
    assertThat(rejected.rawCode()).isEqualTo(16);
    assertThat(rejected.market()).isEqualTo(MarketTicker.of("KXBTC15M-26AUG171330-99"));
    assertThat(rejected.commandId()).isEqualTo(1);
    assertThat(rejected.message()).isEqualTo("Market not found");
  }

  @Test
  void shouldDecodeEveryChannelWhenSubscribedToThem() {
    connect();
    fake.pushTicker(A, Map.of("price_dollars", "0.4700", "yes_bid_dollars", "0.4600", "yes_ask_dollars", "0.4700"));
    block(feed.client.subscribe(new SubscribeRequest(Set.of(Channel.TICKER, Channel.TRADE, Channel.FILL,
        Channel.USER_ORDERS, Channel.MARKET_POSITIONS), List.of(TICKER_A), true)));
    block(feed.client.subscribe(SubscribeRequest.of(Channel.MARKET_LIFECYCLE_V2)));
    assertThat(fake.commands("subscribe").get(1).raw()).doesNotContain("market_tickers");

    TickerUpdate initial = feed.await(TickerUpdate.class, t -> true); // send_initial_snapshot
    assertThat(initial.yesBid()).isEqualTo(Price.ofCents(46));
    fake.pushTrade(A, "t-1", "0.4700", "10.00", "no", "bid");
    fake.pushLifecycle(A, "determined", Map.of("result", "yes", "determination_ts", 1_786_987_900L,
        "settlement_value", "1.0000"));
    fake.pushEventLifecycle(Map.of("event_ticker", "KXBTC15M-26AUG171330", "title", "BTC", "series_ticker",
        "KXBTC15M"));
    fake.pushFill(A, Map.ofEntries(Map.entry("trade_id", "t-1"), Map.entry("order_id", "o-1"),
        Map.entry("client_order_id", ""), Map.entry("is_taker", false), Map.entry("outcome_side", "yes"),
        Map.entry("book_side", "ask"), Map.entry("yes_price_dollars", "0.4700"), Map.entry("count_fp", "10.00"),
        Map.entry("fee_cost", "0.000000"), Map.entry("post_position_fp", "-10.00"),
        Map.entry("ts_ms", 1_786_987_269_118L)));
    fake.pushUserOrder(A, Map.of("order_id", "o-1", "status", "executed", "outcome_side", "yes", "book_side", "ask",
        "yes_price_dollars", "0.4700", "fill_count_fp", "10.00", "remaining_count_fp", "0.00",
        "last_updated_ts_ms", 1_786_987_269_118L));
    fake.pushMarketPosition(A, Map.of("position_fp", "-10.00", "position_cost_dollars", "5.30",
        "realized_pnl_dollars", "-0.120000", "volume_fp", "10.00"));

    assertThat(feed.await(TradePrint.class, t -> true).trade().takerSide()).isEqualTo(Side.NO);
    MarketLifecycleUpdate determined = feed.await(MarketLifecycleUpdate.class, l -> true);
    assertThat(determined.eventType()).isEqualTo(LifecycleEventType.DETERMINED);
    assertThat(determined.marketResult()).isEqualTo(dev.strike.common.event.MarketResult.YES);
    assertThat(determined.settlementValue()).isEqualTo(Price.ONE);
    assertThat(determined.determinationTimeNs()).isEqualTo(1_786_987_900_000_000_000L);
    assertThat(feed.await(EventLifecycleUpdate.class, e -> true).seriesTicker().value()).isEqualTo("KXBTC15M");
    UserFill fill = feed.await(UserFill.class, f -> true);
    assertThat(fill.clientOrderId()).isNull();
    assertThat(fill.action()).isEqualTo(dev.strike.common.event.Action.SELL);
    assertThat(fill.postPositionHundredths()).isEqualTo(-1_000);
    UserOrderUpdate order = feed.await(UserOrderUpdate.class, o -> true);
    assertThat(order.status()).isEqualTo(OrderStatus.EXECUTED);
    assertThat(order.remaining()).isEqualTo(Qty.ZERO);
    assertThat(order.tsEvent()).isEqualTo(1_786_987_269_118_000_000L);
    MarketPositionUpdate position = feed.await(MarketPositionUpdate.class, p -> true);
    assertThat(position.positionHundredths()).isEqualTo(-1_000);
    assertThat(position.realizedPnl()).isEqualTo(dev.strike.common.money.Money.parse("-0.12"));
    assertThat(feed.find(SequenceGap.class, g -> true, 0)).isNull();
    assertThat(feed.find(MalformedFrame.class, m -> true, 0)).isNull();
  }

  @Test
  void shouldReportASequenceGapWhenATradeSeqIsSkipped() {
    connect();
    block(feed.client.subscribe(SubscribeRequest.of(Channel.TRADE)));
    fake.pushTrade(A, "t-1", "0.4700", "1.00", "yes", "bid");
    fake.injectSeqGap("trade");
    fake.pushTrade(A, "t-2", "0.4700", "1.00", "yes", "bid");
    SequenceGap gap = feed.await(SequenceGap.class, g -> true);
    assertThat(gap).extracting(SequenceGap::channel, SequenceGap::expectedSeq, SequenceGap::receivedSeq)
        .containsExactly(Channel.TRADE, 2L, 3L);
    feed.await(TradePrint.class, t -> t.trade().tradeId().value().equals("t-2")); // still delivered
  }

  @Test
  void shouldAddAndDeleteMarketsWhenTheSubscriptionIsUpdated() {
    connect();
    subscribeBooks(TICKER_A);
    feed.awaitSnapshot(s -> s.ticker().equals(TICKER_A));
    SubscriptionUpdated added = (SubscriptionUpdated) block(feed.client.updateSubscription(Channel.ORDERBOOK_DELTA,
        UpdateAction.ADD_MARKETS, List.of(TICKER_B)));
    assertThat(added.markets()).containsExactly(TICKER_A, TICKER_B);
    assertThat(added.sid()).isEqualTo(1);
    feed.awaitSnapshot(s -> s.ticker().equals(TICKER_B));

    SubscriptionUpdated deleted = (SubscriptionUpdated) block(feed.client.updateSubscription(Channel.ORDERBOOK_DELTA,
        UpdateAction.DELETE_MARKETS, List.of(TICKER_A)));
    assertThat(deleted.markets()).containsExactly(TICKER_B);
    assertThat(feed.awaitGap(g -> true).ticker()).isEqualTo(TICKER_A);
    fake.pushDelta(B, "yes", "0.2000", "1.00");
    feed.awaitDelta(d -> d.ticker().equals(TICKER_B));

    fake.dropConnections(); // the kept subscription now holds B only
    feed.awaitConnected(2);
    await().atMost(FeedRecorder.WAIT).until(() -> fake.commands("subscribe").size() == 2);
    assertThat(fake.commands("subscribe").get(1).marketTickers()).containsExactly(B);
  }

  @Test
  void shouldAnswerGetSnapshotWhenTheCallerAsksForFreshBooks() {
    connect();
    subscribeBooks(TICKER_A);
    feed.awaitSnapshot(s -> s.seq() == 1);
    SubscriptionUpdated updated = (SubscriptionUpdated) block(feed.client.requestSnapshots(List.of(TICKER_A)));
    assertThat(updated.action()).isEqualTo(UpdateAction.GET_SNAPSHOT);
    assertThat(feed.awaitSnapshot(s -> s.seq() == 2).ticker()).isEqualTo(TICKER_A);
    assertThat(feed.client.counters().bookGaps()).isZero(); // the ok's seq echo is no gap
  }

  @Test
  void shouldSendCommandsIssuedBeforeTheConnectionWhenItOpens() {
    KalshiWsClient client = new KalshiWsClient(FeedRecorder.config(fake),
        FeedRecorder.testSigner(SystemClock.INSTANCE), SystemClock.INSTANCE);
    reactor.core.publisher.Mono<SubscribeOutcome> early = client.subscribe(SubscribeRequest.orderbook(TICKER_A))
        .cache();
    early.subscribe();
    StepVerifier.create(client.events())
        .expectNextMatches(e -> e instanceof Connected)
        .expectNextMatches(e -> e instanceof BookUpdate u && u.event() instanceof BookSnapshot)
        .then(() -> assertThat(early.block(FeedRecorder.WAIT)).isInstanceOf(SubscribeAccepted.class))
        .then(client::close)
        .expectNextMatches(e -> e instanceof Disconnected d && d.reason().equals("client closed"))
        .expectNextMatches(e -> e instanceof BookUpdate u && u.event() instanceof BookGap)
        .expectComplete()
        .verify(FeedRecorder.WAIT);
  }

  @Test
  void shouldDropAMarketTheServerNoLongerKnowsWhenResubscribing() {
    connect();
    subscribeBooks(TICKER_A, TICKER_B);
    feed.awaitSnapshot(s -> s.ticker().equals(TICKER_B));
    fake.removeMarket(B);
    fake.dropConnections();
    MarketDropped dropped = feed.await(MarketDropped.class, d -> true);
    assertThat(dropped.market()).isEqualTo(TICKER_B);
    assertThat(dropped.channel()).isEqualTo(Channel.ORDERBOOK_DELTA);
    Resubscribed resubscribed = feed.await(Resubscribed.class, r -> r.connection() == 2);
    assertThat(resubscribed.subscriptions()).containsExactly(new ChannelSid(Channel.ORDERBOOK_DELTA, 1));
    List<ReceivedCommand> again = fake.commands("subscribe").stream().filter(c -> c.connection() == 2).toList();
    assertThat(again).extracting(ReceivedCommand::marketTickers).containsExactly(List.of(A, B), List.of(A));
  }

  @Test
  void shouldFailACommandInFlightWithATransientFailureWhenTheConnectionDrops() {
    connect();
    fake.answerCommands(false);
    reactor.core.publisher.Mono<ListOutcome> list = feed.client.listSubscriptions().cache();
    list.subscribe(outcome -> { }, error -> { });
    await().atMost(FeedRecorder.WAIT).until(() -> !fake.commands("list_subscriptions").isEmpty());
    fake.dropConnections();
    StepVerifier.create(list)
        .expectErrorSatisfies(error -> assertThat(error)
            .isInstanceOf(dev.strike.common.kafka.ErrorClassifier.TransientFailure.class)
            .hasMessageContaining("lost before the answer to list_subscriptions (id 1)"))
        .verify(FeedRecorder.WAIT);
  }

  @Test
  void shouldFailWithATransientFailureWhenACommandIsNotAnsweredInTime() {
    feed = FeedRecorder.start(fake, FeedRecorder.config(fake).withCommandTimeout(Duration.ofMillis(300)),
        FeedRecorder.testSigner(SystemClock.INSTANCE));
    feed.awaitConnected(1);
    fake.answerCommands(false);
    StepVerifier.create(feed.client.listSubscriptions())
        .expectErrorSatisfies(error -> assertThat(dev.strike.common.kafka.ErrorClassifier.classify(error))
            .isEqualTo(dev.strike.common.error.ErrorKind.INFRASTRUCTURE))
        .verify(FeedRecorder.WAIT);
    fake.answerCommands(true);
    assertThat(block(feed.client.listSubscriptions())).isInstanceOf(SubscriptionList.class); // late answers ignored
  }

  @Test
  void shouldRefuseASecondSubscriberWhenTheFeedIsTaken() {
    connect();
    StepVerifier.create(feed.client.events()).expectError(IllegalStateException.class).verify(FeedRecorder.WAIT);
  }

  @Test
  void shouldFailCommandsWhenTheClientIsClosed() {
    connect();
    feed.client.close();
    feed.awaitCompleted();
    StepVerifier.create(feed.client.listSubscriptions()).expectError(IllegalStateException.class)
        .verify(FeedRecorder.WAIT);
  }
}
