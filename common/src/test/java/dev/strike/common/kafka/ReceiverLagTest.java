package dev.strike.common.kafka;

import static dev.strike.common.kafka.BridgeFixture.produce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.common.testing.SharedKafka;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** The receiver's lag gauge and the dead-letter counters it exposes before the first failure. */
class ReceiverLagTest {

  @Test
  void shouldCountRecordsInProgressAsLagUntilTheyAreProcessed() {
    String topic = SharedKafka.createTopic("lag", 1);
    List<String[]> input = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      input.add(new String[] {"k", "v" + i});
    }
    produce(topic, input);
    String group = SharedKafka.uniqueName("g");
    Sinks.Empty<Void> release = Sinks.empty();
    try (BridgeFixture f = new BridgeFixture()) {
      KafkaReceiver receiver = f.receiver(group, List.of(topic));
      // the first record holds its lane: all five are fetched (position at the end) and none is processed
      Disposable running = receiver.run(record -> record.offset() == 0 ? release.asMono() : Mono.empty()).subscribe();

      await().atMost(Duration.ofSeconds(30)).until(() -> lag(f, group, topic) == 5.0);
      release.tryEmitEmpty();
      await().atMost(Duration.ofSeconds(30)).until(() -> lag(f, group, topic) == 0.0);
      running.dispose();
    }
  }

  @Test
  void shouldExposeDeadLetterCountersAtZeroForEveryTopicWhenNothingFailedYet() {
    String topic = SharedKafka.createTopic("dlq0", 1);
    try (BridgeFixture f = new BridgeFixture()) {
      f.receiver(SharedKafka.uniqueName("g"), List.of(topic));

      for (String kind : List.of("decode", "processing")) {
        Counter counter = f.meters.find("strike.dlq.records").tag("source", topic).tag("kind", kind).counter();
        assertThat(counter).as(kind).isNotNull();
        assertThat(counter.count()).isZero();
      }
    }
  }

  private static double lag(BridgeFixture f, String group, String topic) {
    Gauge gauge = f.meters.find("strike.kafka.consumer.lag").tag("group", group).tag("topic", topic)
        .tag("partition", "0").gauge();
    return gauge == null ? Double.NaN : gauge.value();
  }
}
