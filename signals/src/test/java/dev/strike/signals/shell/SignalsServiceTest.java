package dev.strike.signals.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.common.event.ControlCommand;
import dev.strike.common.event.DeadLetter;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.Asset;
import dev.strike.common.id.CommandId;
import dev.strike.common.id.SourceId;
import dev.strike.common.id.StrategyId;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.money.Price;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.service.StrikeService;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.testing.TestServices;
import dev.strike.common.testing.TopicReader;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import dev.strike.signals.SignalsSettings;
import dev.strike.signals.core.Markets;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/** The whole signals service on the embedded broker: market data in, signals out. */
class SignalsServiceTest {
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final long SECOND = 1_000_000_000L;
  private static final long NOW = Markets.CLOSE_NS - 300 * SECOND;
  private static final Asset BTC = Asset.of("BTC");

  private Topics topics;
  private KafkaSender sender;
  private SimpleMeterRegistry meters;
  private StrikeService service;
  private Disposable running;

  @BeforeEach
  void start() {
    topics = Topics.withPrefix(SharedKafka.uniqueName("signals"));
    new TopicProvisioner(SharedKafka.admin(), 1, Duration.ofSeconds(30)).ensure(List.of(topics.mdMarkets(),
        topics.mdBook(), topics.mdTrades(), topics.mdSpot(), topics.trades(), topics.control(), topics.signals(),
        topics.alerts(), topics.dlq()));
    sender = new KafkaSender(SenderOptions.lowLatency(SharedKafka.bootstrapServers(), "signals-test"));
    meters = new SimpleMeterRegistry();
    ServiceContext context = TestServices.context(topics, sender, meters);
    service = SignalsService.create(SignalsSettings.defaults(), List.of(BTC));
    running = service.run(context).subscribe();
  }

  @AfterEach
  void stop() {
    service.close();
    running.dispose();
    sender.close(Duration.ofSeconds(5));
  }

  private <V extends StrikeEvent> void send(Topic<V> topic, List<? extends V> values) {
    Flux.fromIterable(values).concatMap(v -> sender.send(topic, v)).blockLast(WAIT);
  }

  private static List<SpotTick> spotHistory(long from, long to) {
    List<SpotTick> ticks = new ArrayList<>();
    for (long t = from; t <= to; t += SECOND) {
      double wiggle = (t / SECOND) % 2 == 0 ? 6.4 : -6.4;
      for (String source : List.of("coinbase", "kraken", "bitstamp")) {
        ticks.add(new SpotTick(BTC, SourceId.of(source), BigDecimal.valueOf(64_000 + wiggle), BigDecimal.ONE, t, t));
      }
    }
    return ticks;
  }

  private List<Signal> signals() {
    return TopicReader.readAll(topics.signals().name(), false).stream()
        .map(r -> topics.signals().codec().decode(r.value())).toList();
  }

  @Test
  void shouldTurnMarketDataIntoASignalAndDeadLetterWhatItCannotRead() {
    MarketInfo info = Markets.upDown("KXBTC15M-26AUG171330-30", "63000");
    send(topics.mdSpot(), spotHistory(NOW - 360 * SECOND, NOW));
    send(topics.mdMarkets(), List.of(info));
    sender.send(new ProducerRecord<>(topics.mdBook().name(), info.ticker().value().getBytes(StandardCharsets.UTF_8),
        "{not json".getBytes(StandardCharsets.UTF_8))).block(WAIT);
    send(topics.mdBook(), List.of(Markets.book(info, "0.79", "0.20", NOW + 1)));

    await().atMost(WAIT).until(() -> signals().size() == 1);
    Signal signal = signals().get(0);
    assertThat(signal.strategy()).isEqualTo(StrategyId.of("fair-value-edge"));
    assertThat(signal.ticker()).isEqualTo(info.ticker());
    assertThat(signal.side()).isEqualTo(Side.YES);
    assertThat(signal.limitPrice()).isEqualTo(Price.parse("0.80"));
    assertThat(signal.tsInit()).isEqualTo(NOW + 1 + 1_000); // the trigger's
    List<DeadLetter> dead = TopicReader.readAll(topics.dlq().name(), false).stream()
        .map(r -> topics.dlq().codec().decode(r.value())).toList();
    assertThat(dead).singleElement().satisfies(d -> assertThat(d.source()).isEqualTo(topics.mdBook().name()));
    await().atMost(WAIT).until(() -> meters.find("strike.signals.emitted").tag("strategy", "fair-value-edge")
        .counter() != null);
    assertThat(meters.get("strike.signals.latency").timer().count()).isEqualTo(1);
  }

  @Test
  void shouldSwitchAStrategyOffThroughTheControlTopic() {
    send(topics.control(), List.of(new ControlCommand.SetStrategyEnabled(CommandId.of("c-1"), "operator",
        StrategyId.of("fair-value-edge"), false, NOW, NOW)));
    await().atMost(WAIT).until(() -> meters.get("strike.signals.strategy.enabled")
        .tags("strategy", "fair-value-edge", "lane", "0").gauge().value() == 0.0);

    MarketInfo info = Markets.upDown("KXBTC15M-26AUG171330-30", "63000");
    send(topics.mdSpot(), spotHistory(NOW - 360 * SECOND, NOW));
    send(topics.mdMarkets(), List.of(info));
    send(topics.mdBook(), List.of(Markets.book(info, "0.79", "0.20", NOW + 1)));
    send(topics.control(), List.of(new ControlCommand.SetStrategyEnabled(CommandId.of("c-2"), "operator",
        StrategyId.of("fair-value-edge"), true, NOW + 2, NOW + 2)));
    await().atMost(WAIT).until(() -> meters.get("strike.signals.strategy.enabled")
        .tags("strategy", "fair-value-edge", "lane", "0").gauge().value() == 1.0);
    // the edge was there while the strategy was off: nothing was signalled for it
    assertThat(signals()).isEmpty();
    send(topics.mdBook(), List.of(Markets.book(info, "0.78", "0.20", NOW + 3)));
    await().atMost(WAIT).until(() -> signals().size() == 1);
  }
}
