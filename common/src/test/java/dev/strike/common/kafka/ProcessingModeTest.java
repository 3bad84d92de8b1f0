package dev.strike.common.kafka;

import static dev.strike.common.kafka.BridgeFixture.produce;
import static dev.strike.common.kafka.BridgeFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.common.testing.SharedKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

class ProcessingModeTest {

  private static List<String[]> values(int n) {
    List<String[]> input = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      input.add(new String[] {"k", Integer.toString(i)});
    }
    return input;
  }

  private static long committed(String group, String topic) throws Exception {
    OffsetAndMetadata offset = SharedKafka.admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
        .get(10, TimeUnit.SECONDS).get(new TopicPartition(topic, 0));
    return offset == null ? 0 : offset.offset();
  }

  @Test
  void shouldStartLaterRecordsButNeverCommitPastAnUnfinishedOneWhenPipelined() throws Exception {
    String topic = SharedKafka.createTopic("pipelined", 1);
    produce(topic, values(10));
    String group = SharedKafka.uniqueName("g");
    Sinks.Empty<Void> slowOutput = Sinks.empty();
    List<Integer> started = Collections.synchronizedList(new ArrayList<>());
    try (BridgeFixture f = new BridgeFixture()) {
      Disposable running = f.receiver(group, List.of(topic)).run(record -> {
        int value = Integer.parseInt(utf8(record.value()));
        started.add(value);
        return value == 2 ? slowOutput.asMono() : Mono.empty();
      }).subscribe();
      await().atMost(Duration.ofSeconds(30)).until(() -> started.size() == 10);
      await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
          .until(() -> committed(group, topic) == 2);
      slowOutput.tryEmitEmpty();
      await().atMost(Duration.ofSeconds(10)).until(() -> committed(group, topic) == 10);
      running.dispose();
    }
    assertThat(started).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void shouldWaitForEachRecordsOutputsBeforeTheNextWhenSequential() {
    String topic = SharedKafka.createTopic("sequential", 1);
    produce(topic, values(5));
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    try (BridgeFixture f = new BridgeFixture()) {
      Disposable running = f.receiver(ReceiverOptions.of(SharedKafka.bootstrapServers(), SharedKafka.uniqueName("g"),
          List.of(topic)).withMode(ProcessingMode.SEQUENTIAL)).run(record -> {
            String value = utf8(record.value());
            events.add("start " + value);
            return Mono.delay(Duration.ofMillis(50)).then(Mono.fromRunnable(() -> events.add("done " + value)));
          }).subscribe();
      await().atMost(Duration.ofSeconds(30)).until(() -> events.size() == 10);
      running.dispose();
    }
    assertThat(events).containsExactly("start 0", "done 0", "start 1", "done 1", "start 2", "done 2", "start 3",
        "done 3", "start 4", "done 4");
  }

  @Test
  void shouldRetryAnAsynchronousInfrastructureFailureBeforeTheNextRecordWhenSequential() {
    String topic = SharedKafka.createTopic("seq-retry", 1);
    produce(topic, values(3));
    AtomicInteger attemptsOfOne = new AtomicInteger();
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    try (BridgeFixture f = new BridgeFixture()) {
      Disposable running = f.receiver(ReceiverOptions.of(SharedKafka.bootstrapServers(), SharedKafka.uniqueName("g"),
          List.of(topic)).withMode(ProcessingMode.SEQUENTIAL).withRetries(3, Duration.ofMillis(20))).run(record -> {
            String value = utf8(record.value());
            events.add("start " + value);
            if (value.equals("1") && attemptsOfOne.incrementAndGet() == 1) {
              return Mono.delay(Duration.ofMillis(20)).then(Mono.error(
                  new ErrorClassifier.TransientFailure("exchange timed out")));
            }
            return Mono.fromRunnable(() -> events.add("done " + value));
          }).subscribe();
      await().atMost(Duration.ofSeconds(30)).until(() -> events.contains("done 2"));
      running.dispose();
    }
    assertThat(events).containsExactly("start 0", "done 0", "start 1", "start 1", "done 1", "start 2", "done 2");
  }

  @Test
  void shouldStopWhenAPipelinedOutputFailsForAnInfrastructureReason() throws Exception {
    String topic = SharedKafka.createTopic("pipelined-infra", 1);
    produce(topic, values(3));
    String group = SharedKafka.uniqueName("g");
    AtomicReference<Throwable> stopped = new AtomicReference<>();
    try (BridgeFixture f = new BridgeFixture()) {
      f.receiver(group, List.of(topic)).run(record -> utf8(record.value()).equals("1")
              ? Mono.delay(Duration.ofMillis(20)).then(Mono.error(
                  new org.apache.kafka.common.errors.TimeoutException("delivery timed out")))
              : Mono.empty())
          .subscribe(null, stopped::set);
      await().atMost(Duration.ofSeconds(30)).until(() -> stopped.get() != null);
    }
    assertThat(stopped.get()).hasMessage("delivery timed out");
    assertThat(committed(group, topic)).isEqualTo(1);
  }
}
