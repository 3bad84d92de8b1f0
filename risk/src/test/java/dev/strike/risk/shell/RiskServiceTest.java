package dev.strike.risk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.common.event.Alert;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.DeadLetter;
import dev.strike.common.event.DenialReason;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.OrderApproved;
import dev.strike.common.event.OrderDenied;
import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.event.RiskDecision;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.CommandId;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.service.StrikeService;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.testing.TestServices;
import dev.strike.common.testing.TopicReader;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import dev.strike.risk.RiskSettings;
import dev.strike.risk.core.RiskFixtures;
import dev.strike.risk.core.gate.RiskProfile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/** The whole risk service on the embedded broker: signals in, decisions out, its state on portfolio and back. */
class RiskServiceTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final long SECOND = 1_000_000_000L;
  private static final long NOW = RiskFixtures.OPEN_NS + 60 * SECOND;
  private static final RiskSettings SETTINGS = new RiskSettings("paper", new BigDecimal("1000.00"),
      RiskProfile.BALANCED, Map.of(), Map.of(), "America/New_York", "00:00", Duration.ofMillis(200),
      Duration.ofSeconds(30), Duration.ofSeconds(10));

  private Topics topics;
  private KafkaSender sender;
  private SimpleMeterRegistry meters;
  private ServiceContext context;
  private StrikeService service;
  private Disposable running;

  @BeforeEach
  void start() {
    topics = Topics.withPrefix(SharedKafka.uniqueName("risk"));
    new TopicProvisioner(SharedKafka.admin(), 1, Duration.ofSeconds(30)).ensure(List.of(topics.signals(),
        topics.trades(), topics.ordersEvents(), topics.settlements(), topics.mdMarkets(), topics.mdBook(),
        topics.control(), topics.riskDecisions(), topics.alerts(), topics.portfolio(), topics.dlq()));
    sender = new KafkaSender(SenderOptions.lowLatency(SharedKafka.bootstrapServers(), "risk-test"));
    startService();
  }

  private void startService() {
    meters = new SimpleMeterRegistry();
    context = TestServices.context(topics, sender, meters);
    service = RiskService.create(SETTINGS);
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

  private List<RiskDecision> decisions() {
    return TopicReader.readAll(topics.riskDecisions().name(), false).stream()
        .map(r -> topics.riskDecisions().codec().decode(r.value())).toList();
  }

  private List<PortfolioSnapshot> snapshots() {
    return TopicReader.readAll(topics.portfolio().name(), false).stream()
        .map(r -> topics.portfolio().codec().decode(r.value())).toList();
  }

  private PortfolioSnapshot latestSnapshot() {
    List<PortfolioSnapshot> all = snapshots();
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  private List<Alert> alerts() {
    return TopicReader.readAll(topics.alerts().name(), false).stream()
        .map(r -> topics.alerts().codec().decode(r.value())).toList();
  }

  @Test
  void shouldDecideSignalsSnapshotItsStateAndComeBackFromIt() {
    MarketInfo market = RiskFixtures.market("30");
    Signal good = RiskFixtures.entry("good", market.ticker(), Side.YES, 0.62, "0.50", "0.10", NOW);
    Signal thin = RiskFixtures.entry("thin", market.ticker(), Side.NO, 0.52, "0.50", "0.01", NOW + 1);
    send(topics.mdMarkets(), List.of(market));
    sender.send(new ProducerRecord<>(topics.signals().name(), market.ticker().value().getBytes(StandardCharsets.UTF_8),
        "{\"type\":\"Signal\",".getBytes(StandardCharsets.UTF_8))).block(WAIT);
    send(topics.signals(), List.of(good, thin, good));

    await().atMost(WAIT).until(() -> decisions().size() == 3);
    List<RiskDecision> decided = decisions();
    assertThat(decided.get(0)).as(decided.toString()).isInstanceOf(OrderApproved.class);
    OrderApproved approved = (OrderApproved) decided.get(0);
    assertThat(approved.intent().qty().hundredths()).isPositive();
    assertThat(approved.intent().limitPrice()).isEqualTo(good.limitPrice());
    assertThat(approved.sizing()).contains("kelly 0.25", "capped by max-order-qty");
    assertThat(((OrderDenied) decided.get(1)).reasons()).hasAtLeastOneElementOfType(
        DenialReason.EdgeBelowMinimum.class);
    assertThat(decided.get(2)).as("the redelivered signal gets the same intent").isEqualTo(approved);
    List<DeadLetter> dead = TopicReader.readAll(topics.dlq().name(), false).stream()
        .map(r -> topics.dlq().codec().decode(r.value())).toList();
    assertThat(dead).singleElement().satisfies(d -> assertThat(d.source()).isEqualTo(topics.signals().name()));

    await().atMost(WAIT).until(() -> latestSnapshot() != null && latestSnapshot().reservedCash().isPositive());
    PortfolioSnapshot saved = latestSnapshot();
    assertThat(saved.openOrders()).singleElement()
        .satisfies(o -> assertThat(o.clientOrderId()).isEqualTo(approved.intent().clientOrderId()));
    assertThat(saved.markets()).extracting(MarketInfo::ticker).containsExactly(market.ticker());

    stopService();
    startService();
    send(topics.control(), List.of(new ControlCommand.PauseTrading(CommandId.of("pause-1"), "operator",
        "checking the restart", NOW + 2, NOW + 2)));
    // topics are consumed in parallel: wait until the pause is in before the next signal
    await().atMost(WAIT).until(() -> alerts().stream().anyMatch(a -> a.text().contains("trading paused")));
    Signal after = RiskFixtures.entry("after", market.ticker(), Side.NO, 0.70, "0.45", "0.20", NOW + 3);
    send(topics.signals(), List.of(after));

    await().atMost(WAIT).until(() -> decisions().size() == 4);
    OrderDenied paused = (OrderDenied) decisions().get(3);
    assertThat(paused.reasons()).hasAtLeastOneElementOfType(DenialReason.TradingPaused.class);
    assertThat(meters.get("strike.risk.reserved.dollars").gauge().value())
        .as("the reservation came back from the snapshot")
        .isEqualTo(saved.reservedCash().micros() / 1_000_000.0);
    await().atMost(WAIT).until(() -> latestSnapshot().gate().tradingState().equals("PAUSED"));
  }
}
