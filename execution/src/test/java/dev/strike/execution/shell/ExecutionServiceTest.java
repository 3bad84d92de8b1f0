package dev.strike.execution.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.common.event.Action;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.CancelReason;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.OrderApproved;
import dev.strike.common.event.OrderCanceled;
import dev.strike.common.event.OrderEvent;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.OrderSubmitted;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.StrikeType;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.CommandId;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StableHash;
import dev.strike.common.id.StrategyId;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.common.money.Qty;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.service.StrikeService;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.testing.TestServices;
import dev.strike.common.testing.TopicReader;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import dev.strike.execution.core.paper.LatencyModel;
import dev.strike.execution.core.paper.PaperExchange;
import dev.strike.execution.core.paper.PaperSettings;
import dev.strike.execution.venue.PaperVenue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/** The execution service with the paper venue on the embedded broker: approvals in, orders, fills and cancels out. */
class ExecutionServiceTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final long MS = 1_000_000L;
  private static final long T0 = 1_786_986_960_000_000_000L;
  private static final MarketTicker TICKER = MarketTicker.of("KXBTC15M-26AUG171330-30");

  private Topics topics;
  private KafkaSender sender;
  private SimpleMeterRegistry meters;
  private StrikeService service;
  private Disposable running;

  @BeforeEach
  void start() {
    topics = Topics.withPrefix(SharedKafka.uniqueName("exec"));
    new TopicProvisioner(SharedKafka.admin(), 1, Duration.ofSeconds(30)).ensure(List.of(topics.riskDecisions(),
        topics.mdMarkets(), topics.mdBook(), topics.mdTrades(), topics.control(), topics.ordersEvents(),
        topics.trades(), topics.settlements(), topics.alerts(), topics.dlq()));
    sender = new KafkaSender(SenderOptions.lowLatency(SharedKafka.bootstrapServers(), "exec-test"));
    startService(false);
  }

  private void startService(boolean cancelOnShutdown) {
    meters = new SimpleMeterRegistry();
    ServiceContext context = TestServices.context(topics, sender, meters);
    service = ExecutionService.create(c -> new PaperVenue(new PaperExchange(PaperSettings.of(LatencyModel.ZERO))),
        cancelOnShutdown);
    running = service.run(context).subscribe();
  }

  private void stopService() {
    service.close();
    running.dispose();
  }

  @AfterEach
  void stop() {
    stopService();
    sender.close(Duration.ofSeconds(5));
  }

  private <V extends StrikeEvent> void send(Topic<V> topic, List<? extends V> values) {
    Flux.fromIterable(values).concatMap(v -> sender.send(topic, v)).blockLast(WAIT);
  }

  private <V extends StrikeEvent> List<V> read(Topic<V> topic) {
    return TopicReader.readAll(topic.name(), false).stream().map(r -> topic.codec().decode(r.value())).toList();
  }

  private static MarketInfo market() {
    return new MarketInfo(TICKER, EventTicker.of("KXBTC15M-26AUG171330"), SeriesTicker.of("KXBTC15M"), "BTC up?",
        "Target", MarketStatus.ACTIVE, StrikeType.GREATER_OR_EQUAL, new BigDecimal("64000"), null, T0 - 600_000 * MS,
        T0 + 600_000 * MS, T0 + 900_000 * MS, PriceGrid.LINEAR_CENT, FeeType.QUADRATIC, BigDecimal.ONE, null, null,
        null, 0, T0, T0);
  }

  private static OrderApproved approval(String id, String limit, long contracts, TimeInForce tif, long ts) {
    SignalId signal = SignalId.of(StableHash.hex128("signal", id));
    IntentId intent = IntentId.derive(signal, id);
    return new OrderApproved(new OrderIntent(intent, ClientOrderId.forIntent(intent), signal,
        StrategyId.of("fair-value-edge"), TICKER, Side.YES, Action.BUY, Price.parse(limit), Qty.ofContracts(contracts),
        tif, false, false, 0), "test", ts, ts);
  }

  private void awaitInputs(String type, double count) {
    await().atMost(WAIT).until(() -> meters.find("strike.service.events").tags("service", "execution", "type", type)
        .counter() != null && meters.get("strike.service.events").tags("service", "execution", "type", type)
        .counter().count() >= count);
  }

  @Test
  void shouldFillOnTheBookNeverPlaceAnIntentTwiceAndCancelEverythingOnHalt() {
    send(topics.mdMarkets(), List.of(market()));
    // YES asks: $1 - NO bids: 10 contracts at $0.45, 20 at $0.47
    send(topics.mdBook(), List.of(new BookSnapshot(TICKER, 1, 1,
        List.of(new BookLevel(Price.parse("0.40"), Qty.ofContracts(30))),
        List.of(new BookLevel(Price.parse("0.53"), Qty.ofContracts(20)),
            new BookLevel(Price.parse("0.55"), Qty.ofContracts(10))), T0 + MS, T0 + MS)));
    awaitInputs("BookSnapshot", 1);

    OrderApproved taker = approval("taker", "0.47", 15, TimeInForce.IOC, T0 + 2 * MS);
    OrderApproved resting = approval("resting", "0.40", 5, TimeInForce.GTC, T0 + 3 * MS);
    send(topics.riskDecisions(), List.of(taker, taker, resting));

    await().atMost(WAIT).until(() -> read(topics.trades()).size() == 2);
    List<Fill> fills = read(topics.trades());
    assertThat(fills).extracting(Fill::price).containsExactly(Price.parse("0.45"), Price.parse("0.47"));
    assertThat(fills).extracting(Fill::qty).containsExactly(Qty.ofContracts(10), Qty.ofContracts(5));
    assertThat(fills).allSatisfy(fill -> {
      assertThat(fill.intentId()).isEqualTo(taker.intent().intentId());
      assertThat(fill.fee().isPositive()).isTrue();
    });
    assertThat(fills.get(0).fee()).isEqualTo(Money.parse("0.18")); // ceil(0.07 x 10 x 0.45 x 0.55) = $0.18
    await().atMost(WAIT).until(() -> meters.get("strike.execution.orders").tag("outcome", "duplicate").counter()
        .count() == 1);
    assertThat(read(topics.ordersEvents())).filteredOn(OrderSubmitted.class::isInstance).hasSize(2);

    send(topics.control(), List.of(new ControlCommand.HaltTrading(CommandId.of("halt-1"), "operator",
        "exchange incident", T0 + 4 * MS, T0 + 4 * MS)));

    await().atMost(WAIT).until(() -> read(topics.ordersEvents()).stream()
        .anyMatch(e -> e instanceof OrderCanceled c && c.reason() == CancelReason.HALT));
    OrderCanceled halted = (OrderCanceled) read(topics.ordersEvents()).stream()
        .filter(e -> e instanceof OrderCanceled c && c.reason() == CancelReason.HALT).findFirst().orElseThrow();
    assertThat(halted.clientOrderId()).isEqualTo(resting.intent().clientOrderId());
    assertThat(halted.canceledQty()).isEqualTo(Qty.ofContracts(5));
  }

  @Test
  void shouldReportOpenPaperOrdersCanceledAfterARestartAndNotPlaceThemAgain() {
    send(topics.mdMarkets(), List.of(market()));
    send(topics.mdBook(), List.of(new BookSnapshot(TICKER, 1, 1,
        List.of(new BookLevel(Price.parse("0.40"), Qty.ofContracts(30))),
        List.of(new BookLevel(Price.parse("0.55"), Qty.ofContracts(10))), T0 + MS, T0 + MS)));
    awaitInputs("BookSnapshot", 1);
    OrderApproved resting = approval("resting", "0.40", 5, TimeInForce.GTC, T0 + 2 * MS);
    send(topics.riskDecisions(), List.of(resting));
    await().atMost(WAIT).until(() -> read(topics.ordersEvents()).size() == 2); // submitted, accepted

    stopService(); // no cancel on shutdown: the order is still open in the journal
    startService(true);
    send(topics.riskDecisions(), List.of(resting)); // redelivered

    await().atMost(WAIT).until(() -> read(topics.ordersEvents()).stream().anyMatch(OrderCanceled.class::isInstance));
    List<OrderEvent> events = read(topics.ordersEvents());
    assertThat(events).filteredOn(OrderSubmitted.class::isInstance).hasSize(1);
    assertThat(events).filteredOn(OrderCanceled.class::isInstance).singleElement()
        .isInstanceOfSatisfying(OrderCanceled.class, c -> {
          assertThat(c.clientOrderId()).isEqualTo(resting.intent().clientOrderId());
          assertThat(c.reason()).isEqualTo(CancelReason.EXCHANGE);
          assertThat(c.canceledQty()).isEqualTo(Qty.ofContracts(5));
        });
    await().atMost(WAIT).until(() -> meters.get("strike.execution.orders").tag("outcome", "duplicate").counter()
        .count() == 1);
  }
}
