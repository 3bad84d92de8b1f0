package dev.strike.common.kafka;

import static dev.strike.common.kafka.BridgeFixture.produce;
import static dev.strike.common.kafka.BridgeFixture.utf8;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.common.error.InvariantViolation;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.DeadLetter;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.testing.TopicReader;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

class KafkaReceiverTest {

  @Test
  void shouldKeepPerKeyOrderWhenSixPartitionsAreProcessedInParallel() {
    String topic = SharedKafka.createTopic("order", 6);
    int keys = 100;
    int records = 10_000;
    List<String[]> input = new ArrayList<>();
    int[] next = new int[keys];
    for (int i = 0; i < records; i++) {
      int key = (i * 7919) % keys;
      input.add(new String[] {"k" + key, "k" + key + ":" + next[key]++});
    }
    produce(topic, input);

    Map<String, List<Integer>> seen = new ConcurrentHashMap<>();
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    AtomicInteger processed = new AtomicInteger();
    try (BridgeFixture f = new BridgeFixture()) {
      KafkaReceiver receiver = f.receiver(SharedKafka.uniqueName("g"), List.of(topic));
      Disposable running = receiver.run(record -> Mono.fromRunnable(() -> {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        String[] parts = utf8(record.value()).split(":");
        seen.computeIfAbsent(parts[0], k -> Collections.synchronizedList(new ArrayList<>()))
            .add(Integer.parseInt(parts[1]));
        busyWaitMicros(20);
        inFlight.decrementAndGet();
        processed.incrementAndGet();
      }).subscribeOn(Schedulers.immediate()).then()).subscribe();

      await().atMost(Duration.ofSeconds(60)).until(() -> processed.get() >= records);
      running.dispose();
    }

    assertThat(processed.get()).isEqualTo(records);
    assertThat(seen).hasSize(keys);
    for (int k = 0; k < keys; k++) {
      List<Integer> sequence = seen.get("k" + k);
      assertThat(sequence).as("key k%d", k).hasSize(next[k]);
      for (int i = 0; i < sequence.size(); i++) {
        assertThat(sequence.get(i)).as("key k%d position %d", k, i).isEqualTo(i);
      }
    }
    assertThat(maxInFlight.get()).as("partitions processed in parallel").isGreaterThan(1);
  }

  @Test
  void shouldProcessAPollsPartitionsByTimestampOnThePollThreadWhenLanesStayOnIt() throws Exception {
    String later = SharedKafka.createTopic("later", 3);
    String first = SharedKafka.createTopic("first", 1);
    // produced before the receiver starts, so that its first polls return several partitions at once; timestamps
    // interleave the topics, and two records of equal timestamp are told apart by the subscription's topic order
    long t0 = System.currentTimeMillis() - 60_000;
    List<ProducerRecord<byte[], byte[]>> input = new ArrayList<>();
    int records = 600;
    for (int i = 0; i < records; i++) {
      String topic = i % 3 == 0 ? first : later;
      int partition = topic.equals(first) ? 0 : i % 3;
      long timestamp = t0 + i / 2; // pairs share a millisecond
      input.add(new ProducerRecord<>(topic, partition, timestamp, null, Integer.toString(i).getBytes(UTF_8)));
    }
    try (org.apache.kafka.clients.producer.KafkaProducer<byte[], byte[]> producer =
        new org.apache.kafka.clients.producer.KafkaProducer<>(
            SenderOptions.lowLatency(SharedKafka.bootstrapServers(), "merge-test").properties())) {
      for (ProducerRecord<byte[], byte[]> r : input) {
        producer.send(r).get(10, TimeUnit.SECONDS);
      }
    }
    List<ConsumerRecord<byte[], byte[]>> seen = Collections.synchronizedList(new ArrayList<>());
    Set<String> threads = ConcurrentHashMap.newKeySet();
    try (BridgeFixture f = new BridgeFixture()) {
      KafkaReceiver receiver = f.receiver(ReceiverOptions.of(SharedKafka.bootstrapServers(),
          SharedKafka.uniqueName("g"), List.of(first, later)).withLanesOnPollThread()
          .with(org.apache.kafka.clients.consumer.ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000));
      Disposable running = receiver.run(record -> Mono.fromRunnable(() -> {
        threads.add(Thread.currentThread().getName());
        seen.add(record);
      })).subscribe();
      await().atMost(Duration.ofSeconds(60)).until(() -> seen.size() >= records);
      running.dispose();
    }

    assertThat(threads).allMatch(name -> name.startsWith("strike-poll-"));
    for (int i = 1; i < seen.size(); i++) {
      ConsumerRecord<byte[], byte[]> before = seen.get(i - 1);
      ConsumerRecord<byte[], byte[]> after = seen.get(i);
      // within one poll the order is by timestamp, then topic order (all 600 records fit in one fetch and one poll)
      assertThat(after.timestamp()).as("record %d after %d", i, i - 1).isGreaterThanOrEqualTo(before.timestamp());
      if (after.timestamp() == before.timestamp() && !after.topic().equals(before.topic())) {
        assertThat(before.topic()).as("equal timestamps: %s before %s", first, later).isEqualTo(first);
      }
    }
  }

  @Test
  void shouldDeadLetterPoisonRecordAndProcessTheRecordsBehindIt() {
    try (BridgeFixture f = new BridgeFixture()) {
      String book = f.topics.mdBook().name();
      SharedKafka.createTopicNamed(book, 1);
      List<String[]> input = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        if (i == 4) {
          input.add(new String[] {"KX-1", "{\"type\":\"BookGap\",\"ticker\":"});
        } else {
          BookGap gap = new BookGap(MarketTicker.of("KX-1"), 1, i, i, "gap " + i, 1_000L + i, 2_000L + i);
          input.add(new String[] {"KX-1", new String(f.topics.mdBook().codec().encode(gap),
              java.nio.charset.StandardCharsets.UTF_8)});
        }
      }
      produce(book, input);

      List<Long> handled = Collections.synchronizedList(new ArrayList<>());
      TopicRouter router = TopicRouter.builder()
          .on(f.topics.mdBook(), (BookEvent event, ConsumerRecord<byte[], byte[]> record) -> Mono.fromRunnable(() -> {
            if (((BookGap) event).expectedSeq() == 7) {
              throw new IllegalStateException("cannot handle gap 7");
            }
            handled.add(((BookGap) event).expectedSeq());
          }))
          .build();
      Disposable running = f.receiver(SharedKafka.uniqueName("g"), router.topics()).run(router).subscribe();
      await().atMost(Duration.ofSeconds(30)).until(() -> handled.size() == 8);
      await().atMost(Duration.ofSeconds(30)).until(() -> TopicReader.readAll(f.topics.dlq().name(), true).size() == 2);
      running.dispose();

      assertThat(handled).containsExactly(0L, 1L, 2L, 3L, 5L, 6L, 8L, 9L);
      List<DeadLetter> letters = TopicReader.readAll(f.topics.dlq().name(), true).stream()
          .map(r -> f.topics.dlq().codec().decode(r.value())).toList();
      DeadLetter poison = letters.get(0);
      assertThat(poison.source()).isEqualTo(book);
      assertThat(poison.offset()).isEqualTo(4);
      assertThat(poison.errorKind()).isEqualTo("decode");
      assertThat(poison.error()).contains("BookEvent");
      assertThat(utf8(poison.value())).isEqualTo("{\"type\":\"BookGap\",\"ticker\":");
      assertThat(utf8(poison.key())).isEqualTo("KX-1");
      DeadLetter failed = letters.get(1);
      assertThat(failed.offset()).isEqualTo(7);
      assertThat(failed.errorKind()).isEqualTo("processing");
      assertThat(failed.error()).isEqualTo("IllegalStateException: cannot handle gap 7");
      assertThat(counter(f, "strike.dlq.records", "kind", "decode")).isEqualTo(1.0);
      assertThat(counter(f, "strike.dlq.records", "kind", "processing")).isEqualTo(1.0);
    }
  }

  @Test
  void shouldRetryInfrastructureFailuresAndThenProcessTheRecord() {
    String topic = SharedKafka.createTopic("retry", 1);
    produce(topic, List.of(new String[] {"a", "1"}, new String[] {"a", "2"}));
    AtomicInteger attempts = new AtomicInteger();
    List<String> done = Collections.synchronizedList(new ArrayList<>());
    try (BridgeFixture f = new BridgeFixture()) {
      KafkaReceiver receiver = f.receiver(ReceiverOptions.of(SharedKafka.bootstrapServers(), SharedKafka.uniqueName("g"),
          List.of(topic)).withRetries(5, Duration.ofMillis(10)));
      Disposable running = receiver.run(record -> Mono.fromRunnable(() -> {
        if (utf8(record.value()).equals("1") && attempts.incrementAndGet() <= 2) {
          throw new ErrorClassifier.TransientFailure("exchange answered 503");
        }
        done.add(utf8(record.value()));
      })).subscribe();
      await().atMost(Duration.ofSeconds(30)).until(() -> done.size() == 2);
      running.dispose();
      assertThat(done).containsExactly("1", "2");
      assertThat(attempts.get()).isEqualTo(3);
      assertThat(TopicReader.readAll(f.topics.dlq().name(), true)).isEmpty();
      assertThat(counter(f, "strike.errors", "kind", "infrastructure")).isEqualTo(2.0);
    }
  }

  @Test
  void shouldStopWithoutCommittingWhenAnInvariantBreaks() throws Exception {
    String topic = SharedKafka.createTopic("invariant", 1);
    produce(topic, List.of(new String[] {"a", "ok-0"}, new String[] {"a", "ok-1"}, new String[] {"a", "broken"},
        new String[] {"a", "ok-3"}));
    String group = SharedKafka.uniqueName("g");
    List<String> done = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<Throwable> stoppedWith = new AtomicReference<>();
    try (BridgeFixture f = new BridgeFixture()) {
      KafkaReceiver receiver = f.receiver(group, List.of(topic));
      receiver.run(record -> Mono.fromRunnable(() -> {
        if (utf8(record.value()).equals("broken")) {
          throw new InvariantViolation("negative position");
        }
        done.add(utf8(record.value()));
      })).subscribe(null, stoppedWith::set);
      await().atMost(Duration.ofSeconds(30)).until(() -> stoppedWith.get() != null);
      assertThat(stoppedWith.get()).isInstanceOf(InvariantViolation.class).hasMessage("negative position");
      assertThat(done).containsExactly("ok-0", "ok-1");
      assertThat(TopicReader.readAll(f.topics.dlq().name(), true)).isEmpty();
    }
    ListConsumerGroupOffsetsResult offsets = SharedKafka.admin().listConsumerGroupOffsets(group);
    Map<TopicPartition, OffsetAndMetadata> committed = offsets.partitionsToOffsetAndMetadata().get(10,
        TimeUnit.SECONDS);
    assertThat(committed.get(new TopicPartition(topic, 0)).offset()).isEqualTo(2);
  }

  @Test
  void shouldPauseAPartitionThatFallsBehindAndResumeItWhenDrained() throws Exception {
    String topic = SharedKafka.createTopic("pause", 1);
    List<String[]> input = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      input.add(new String[] {"a", Integer.toString(i)});
    }
    produce(topic, input);
    // the outputs of every record stay unacknowledged until the gate opens: the lane falls behind
    Sinks.Empty<Void> gate = Sinks.empty();
    List<Integer> started = Collections.synchronizedList(new ArrayList<>());
    try (BridgeFixture f = new BridgeFixture()) {
      String group = SharedKafka.uniqueName("g");
      KafkaReceiver receiver = f.receiver(ReceiverOptions.of(SharedKafka.bootstrapServers(), group, List.of(topic))
          .withMaxPendingPerPartition(20)
          .with("max.poll.records", 10));
      Disposable running = receiver.run(record -> {
        started.add(Integer.parseInt(utf8(record.value())));
        return gate.asMono();
      }).subscribe();

      await().atMost(Duration.ofSeconds(30)).until(() -> pausedPartitions(f, group) == 1.0);
      assertThat(counter(f, "strike.kafka.records.received", "group", group))
          .as("no more records fetched than the pause threshold plus one poll")
          .isLessThanOrEqualTo(20 + 10);
      gate.tryEmitEmpty();
      await().atMost(Duration.ofSeconds(30)).until(() -> started.size() == 300);
      await().atMost(Duration.ofSeconds(5)).until(() -> pausedPartitions(f, group) == 0.0);
      running.dispose();
    }
    for (int i = 0; i < 300; i++) {
      assertThat(started.get(i)).isEqualTo(i);
    }
  }

  @ParameterizedTest
  @EnumSource(ProcessingMode.class)
  void shouldNeitherLoseNorRepeatRecordsWhenASecondConsumerJoinsMidStream(ProcessingMode mode) {
    String topic = SharedKafka.createTopic("rebalance", 6);
    int records = 6_000;
    List<String[]> input = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      input.add(new String[] {"k" + (i % 60), Integer.toString(i)});
    }
    produce(topic, input);
    String group = SharedKafka.uniqueName("g");
    Map<String, AtomicInteger> times = new ConcurrentHashMap<>();
    Set<String> byFirst = ConcurrentHashMap.newKeySet();
    Set<String> bySecond = ConcurrentHashMap.newKeySet();
    try (BridgeFixture f = new BridgeFixture()) {
      // a member learns of a rebalance at its next heartbeat (3 s by default): make it quick
      ReceiverOptions options = ReceiverOptions.of(SharedKafka.bootstrapServers(), group, List.of(topic))
          .withMode(mode)
          .with("heartbeat.interval.ms", 300);
      KafkaReceiver first = f.receiver(options);
      KafkaReceiver second = f.receiver(options);
      // synchronous work, then an asynchronous acknowledgement, as a service does
      Disposable a = first.run(record -> {
        busyWaitMicros(500);
        String id = record.partition() + ":" + record.offset();
        times.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        byFirst.add(id);
        return Mono.delay(Duration.ofMillis(1)).then();
      }).subscribe();
      await().atMost(Duration.ofSeconds(30)).until(() -> times.size() >= 500);
      Disposable b = second.run(record -> {
        busyWaitMicros(500);
        String id = record.partition() + ":" + record.offset();
        times.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
        bySecond.add(id);
        return Mono.delay(Duration.ofMillis(1)).then();
      }).subscribe();
      await().atMost(Duration.ofSeconds(90)).until(() -> times.size() >= records);
      a.dispose();
      b.dispose();
    }
    assertThat(times).hasSize(records);
    assertThat(times.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    assertThat(bySecond).as("the second consumer took over partitions").isNotEmpty();
    assertThat(byFirst).isNotEmpty();
  }

  @Test
  void shouldResumeFromTheLastCompletedRecordAfterAGracefulClose() {
    String topic = SharedKafka.createTopic("restart", 3);
    List<String[]> input = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      input.add(new String[] {"k" + (i % 30), Integer.toString(i)});
    }
    produce(topic, input);
    String group = SharedKafka.uniqueName("g");
    Map<String, AtomicInteger> times = new ConcurrentHashMap<>();
    try (BridgeFixture f = new BridgeFixture()) {
      KafkaReceiver first = f.receiver(group, List.of(topic));
      first.run(record -> {
        busyWaitMicros(1_000);
        times.computeIfAbsent(record.partition() + ":" + record.offset(), k -> new AtomicInteger())
            .incrementAndGet();
        return Mono.delay(Duration.ofMillis(1)).then();
      }).subscribe();
      await().atMost(Duration.ofSeconds(30)).until(() -> times.size() >= 300);
      first.close();
      int afterFirst = times.size();
      assertThat(afterFirst).isLessThan(1_000);

      KafkaReceiver second = f.receiver(group, List.of(topic));
      second.run(record -> Mono.fromRunnable(() ->
          times.computeIfAbsent(record.partition() + ":" + record.offset(), k -> new AtomicInteger())
              .incrementAndGet())).subscribe();
      await().atMost(Duration.ofSeconds(30)).until(() -> times.size() >= 1_000);
    }
    assertThat(times).hasSize(1_000);
    assertThat(times.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
  }

  private static double counter(BridgeFixture f, String name, String tag, String value) {
    return f.meters.find(name).tag(tag, value).counters().stream().mapToDouble(Counter::count).sum();
  }

  private static double pausedPartitions(BridgeFixture f, String group) {
    Gauge gauge = f.meters.find("strike.kafka.partitions.paused").tag("group", group).gauge();
    return gauge == null ? -1 : gauge.value();
  }

  private static void busyWaitMicros(long micros) {
    long end = System.nanoTime() + micros * 1_000;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
