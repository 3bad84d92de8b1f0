package dev.strike.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.event.EventSamples;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SpotTick;
import dev.strike.common.testing.SharedKafka;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

class KafkaFlowTest {

  @Test
  void shouldSettleOnlyWhenEveryGroupProcessedEveryWrittenOffsetOfItsTopics() {
    KafkaFlow flow = KafkaFlow.tracking();
    TopicPartition a0 = new TopicPartition("a", 0);
    flow.onSubscribed("g1", List.of("a"));
    flow.onSubscribed("g2", List.of("a", "b"));
    assertThat(flow.settled()).isTrue();

    flow.onWritten(new RecordMetadata(a0, 4, 0, 0L, 0, 0));
    assertThat(flow.behind()).containsOnlyKeys("g1", "g2");
    flow.onCompleted("g1", a0, 5);
    assertThat(flow.settled()).isFalse();
    flow.onCompleted("g2", a0, 5);
    assertThat(flow.settled()).isTrue();

    flow.onWritten(new RecordMetadata(new TopicPartition("b", 1), 0, 0, 0L, 0, 0));
    assertThat(flow.behind()).containsOnlyKeys("g2");
    assertThat(flow.behind().get("g2")).containsEntry(new TopicPartition("b", 1), 1L);
  }

  @Test
  void shouldTrackNothingWhenNone() {
    KafkaFlow.NONE.onSubscribed("g", List.of("a"));
    KafkaFlow.NONE.onWritten(new RecordMetadata(new TopicPartition("a", 0), 9, 0, 0L, 0, 0));
    assertThat(KafkaFlow.NONE.settled()).isTrue();
    assertThat(KafkaFlow.NONE.enabled()).isFalse();
  }

  @Test
  void shouldNameWhatIsBehindWhenItDoesNotSettleInTime() {
    KafkaFlow flow = KafkaFlow.tracking();
    flow.onSubscribed("slow", List.of("a"));
    flow.onWritten(new RecordMetadata(new TopicPartition("a", 0), 0, 0, 0L, 0, 0));
    assertThatThrownBy(() -> flow.awaitSettled(Duration.ofMillis(50)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("slow").hasMessageContaining("a-0");
  }

  @Test
  void shouldSettleAfterTheCascadeAnInputSetOffWasProcessedDownstream() throws Exception {
    KafkaFlow flow = KafkaFlow.tracking();
    try (BridgeFixture f = new BridgeFixture();
        KafkaSender tracked = new KafkaSender(SenderOptions.lowLatency(SharedKafka.bootstrapServers(), "flow"), flow)) {
      SharedKafka.createTopicNamed(f.topics.mdSpot().name(), 2);
      SharedKafka.createTopicNamed(f.topics.signals().name(), 2);
      CountDownLatch release = new CountDownLatch(1);
      AtomicInteger downstream = new AtomicInteger();
      // stage 1: every spot tick becomes a signal; stage 2 holds its first signal until released
      TopicRouter first = TopicRouter.builder()
          .on(f.topics.mdSpot(), (SpotTick tick, ConsumerRecord<byte[], byte[]> r) ->
              tracked.send(f.topics.signals(), EventSamples.signal()).then())
          .build();
      TopicRouter second = TopicRouter.builder()
          .on(f.topics.signals(), (Signal signal, ConsumerRecord<byte[], byte[]> r) -> Mono.fromRunnable(() -> {
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            downstream.incrementAndGet();
          }))
          .build();
      Disposable one = new KafkaReceiver(ReceiverOptions.of(SharedKafka.bootstrapServers(),
          SharedKafka.uniqueName("one"), first.topics()), f.deadLetters, f.meters, flow).run(first).subscribe();
      Disposable two = new KafkaReceiver(ReceiverOptions.of(SharedKafka.bootstrapServers(),
          SharedKafka.uniqueName("two"), second.topics()), f.deadLetters, f.meters, flow).run(second).subscribe();
      try {
        RecordMetadata sent = tracked.send(f.topics.mdSpot(), EventSamples.spotTick()).block(Duration.ofSeconds(30));
        assertThat(sent).isNotNull();

        // the tick is processed and the signal written, but stage 2 has not processed the signal
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30))
            .until(() -> flow.behind().values().stream().anyMatch(m -> m.keySet().stream()
                .anyMatch(tp -> tp.topic().equals(f.topics.signals().name()))));
        assertThat(flow.settled()).isFalse();

        release.countDown();
        flow.awaitSettled(Duration.ofSeconds(30));
        assertThat(downstream).hasValue(1);
      } finally {
        release.countDown();
        one.dispose();
        two.dispose();
      }
    }
  }
}
