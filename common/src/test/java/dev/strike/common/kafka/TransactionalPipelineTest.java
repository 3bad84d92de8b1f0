package dev.strike.common.kafka;

import static dev.strike.common.kafka.BridgeFixture.produce;
import static dev.strike.common.kafka.BridgeFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.common.event.DeadLetter;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.testing.TopicReader;
import dev.strike.common.time.SystemClock;
import dev.strike.common.topic.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;

class TransactionalPipelineTest {

  private static List<String[]> inputs(int n) {
    List<String[]> input = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      input.add(new String[] {"k" + (i % 10), Integer.toString(i)});
    }
    return input;
  }

  private static TransactionalPipeline pipeline(String input, String group, Topics topics,
      SimpleMeterRegistry meters, int retries) {
    return new TransactionalPipeline(
        ReceiverOptions.of(SharedKafka.bootstrapServers(), group, List.of(input))
            .withRetries(retries, Duration.ofMillis(20)),
        SenderOptions.lowLatency(SharedKafka.bootstrapServers(), group + "-out").transactional(group + "-txn"),
        topics.dlq(), SystemClock.INSTANCE, meters);
  }

  private static List<ProducerRecord<byte[], byte[]>> twoOutputs(String output, String value) {
    return List.of(
        new ProducerRecord<>(output, value.getBytes(StandardCharsets.UTF_8), (value + "a").getBytes(StandardCharsets.UTF_8)),
        new ProducerRecord<>(output, value.getBytes(StandardCharsets.UTF_8), (value + "b").getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void shouldLeaveNothingOfAnAbortedTransactionVisibleToReadCommitted() {
    String input = SharedKafka.createTopic("txn-in", 1);
    String output = SharedKafka.createTopic("txn-out", 1);
    produce(input, inputs(100));
    Topics topics = Topics.withPrefix(SharedKafka.uniqueName("txnns"));
    SharedKafka.createTopicNamed(topics.dlq().name(), 1);
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    AtomicBoolean failedOnce = new AtomicBoolean();
    try (TransactionalPipeline pipeline = pipeline(input, SharedKafka.uniqueName("txn"), topics, meters, 3)) {
      Disposable running = pipeline.run(record -> {
        String value = utf8(record.value());
        if (value.equals("50") && failedOnce.compareAndSet(false, true)) {
          // a slow failure: the outputs of records 0..49 reach the broker inside the open transaction first
          LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
          throw new ErrorClassifier.TransientFailure("broker hiccup in the middle of a batch");
        }
        return twoOutputs(output, value);
      }).subscribe();
      await().atMost(Duration.ofSeconds(60)).until(() -> TopicReader.readAll(output, true).size() >= 200);
      running.dispose();
    }

    List<String> committed = TopicReader.readValues(output, true);
    List<String> everything = TopicReader.readValues(output, false);
    assertThat(failedOnce.get()).isTrue();
    assertThat(committed).hasSize(200);
    assertThat(committed.stream().collect(Collectors.groupingBy(v -> v, Collectors.counting())).values())
        .as("each output exactly once for read_committed").allMatch(n -> n == 1);
    assertThat(everything.size())
        .as("the aborted transaction did write records, which read_uncommitted sees")
        .isGreaterThan(200);
    assertThat(meters.find("strike.kafka.transactions").tag("outcome", "aborted").counter().count())
        .isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void shouldStopAndCommitNothingWhenABatchKeepsFailing() throws Exception {
    String input = SharedKafka.createTopic("txn-fail-in", 1);
    String output = SharedKafka.createTopic("txn-fail-out", 1);
    produce(input, inputs(20));
    Topics topics = Topics.withPrefix(SharedKafka.uniqueName("txnns"));
    SharedKafka.createTopicNamed(topics.dlq().name(), 1);
    String group = SharedKafka.uniqueName("txn");
    AtomicReference<Throwable> stopped = new AtomicReference<>();
    try (TransactionalPipeline pipeline = pipeline(input, group, topics, new SimpleMeterRegistry(), 2)) {
      pipeline.run(record -> {
        if (utf8(record.value()).equals("10")) {
          throw new ErrorClassifier.TransientFailure("always down");
        }
        return twoOutputs(output, utf8(record.value()));
      }).subscribe(null, stopped::set);
      await().atMost(Duration.ofSeconds(30)).until(() -> stopped.get() != null);
    }
    assertThat(stopped.get()).isInstanceOf(ErrorClassifier.TransientFailure.class);
    // whether the failed batch's outputs reached the broker before the abort (and show up read_uncommitted) depends
    // on the producer's timing; what matters is that read_committed sees none of them
    assertThat(TopicReader.readAll(output, true)).isEmpty();
    Map<TopicPartition, OffsetAndMetadata> offsets = SharedKafka.admin().listConsumerGroupOffsets(group)
        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
    assertThat(offsets.get(new TopicPartition(input, 0))).isNull();
  }

  @Test
  void shouldDeadLetterAPoisonRecordInsideTheTransaction() {
    String input = SharedKafka.createTopic("txn-dlq-in", 1);
    String output = SharedKafka.createTopic("txn-dlq-out", 1);
    produce(input, inputs(10));
    Topics topics = Topics.withPrefix(SharedKafka.uniqueName("txnns"));
    SharedKafka.createTopicNamed(topics.dlq().name(), 1);
    try (TransactionalPipeline pipeline = pipeline(input, SharedKafka.uniqueName("txn"), topics,
        new SimpleMeterRegistry(), 2)) {
      Disposable running = pipeline.run(record -> {
        if (utf8(record.value()).equals("3")) {
          throw new IllegalArgumentException("record 3 is not a number I like");
        }
        return twoOutputs(output, utf8(record.value()));
      }).subscribe();
      await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.readAll(output, true).size() >= 18);
      await().atMost(Duration.ofSeconds(30)).until(() -> !TopicReader.readAll(topics.dlq().name(), true).isEmpty());
      running.dispose();
    }
    List<DeadLetter> letters = TopicReader.readAll(topics.dlq().name(), true).stream()
        .map(r -> topics.dlq().codec().decode(r.value())).toList();
    assertThat(letters).hasSize(1);
    assertThat(letters.get(0).offset()).isEqualTo(3);
    assertThat(letters.get(0).error()).isEqualTo("IllegalArgumentException: record 3 is not a number I like");
    assertThat(utf8(letters.get(0).value())).isEqualTo("3");
  }
}
