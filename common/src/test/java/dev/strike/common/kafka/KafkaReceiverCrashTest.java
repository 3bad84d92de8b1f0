package dev.strike.common.kafka;

import static dev.strike.common.kafka.BridgeFixture.produce;
import static dev.strike.common.kafka.BridgeFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.strike.common.testing.SharedKafka;
import dev.strike.common.testing.TopicReader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * A consumer killed with SIGKILL mid-stream (in its own JVM, so nothing of it can run on the way out) and then
 * restarted loses no record and reprocesses only the records it had not committed.
 */
class KafkaReceiverCrashTest {
  private static final int PARTITIONS = 3;
  private static final int RECORDS = 1_500;

  @Test
  void shouldReprocessOnlyUncommittedRecordsAndLoseNoneWhenKilledAndRestarted() throws Exception {
    String input = SharedKafka.createTopic("crash-in", PARTITIONS);
    String output = SharedKafka.createTopic("crash-out", 1);
    String group = SharedKafka.uniqueName("crash");
    String prefix = SharedKafka.uniqueName("crashns");
    SharedKafka.createTopicNamed(prefix + ".dlq", 1);
    List<String[]> records = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      records.add(new String[] {"k" + (i % 50), Integer.toString(i)});
    }
    produce(input, records);

    Process child = startChild(input, output, group, prefix);
    try {
      await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
          .until(() -> TopicReader.readAll(output, true).size() >= RECORDS / 3);
    } finally {
      child.destroyForcibly(); // SIGKILL
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    // the killed member keeps its partitions until its session times out; its commits are final
    Map<TopicPartition, OffsetAndMetadata> committedAtKill = SharedKafka.admin().listConsumerGroupOffsets(group)
        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
    List<String> outputsOfFirstRun = TopicReader.readValues(output, true);
    assertThat(committedAtKill).as("the first run committed progress").isNotEmpty();
    long committedTotal = committedAtKill.values().stream().mapToLong(OffsetAndMetadata::offset).sum();
    assertThat(committedTotal).as("killed mid-stream").isLessThan(RECORDS);

    // every committed record had its output acknowledged before the commit
    java.util.Set<String> firstRun = new java.util.HashSet<>(outputsOfFirstRun);
    for (Map.Entry<TopicPartition, OffsetAndMetadata> c : committedAtKill.entrySet()) {
      for (long o = 0; o < c.getValue().offset(); o++) {
        assertThat(firstRun).contains(c.getKey().partition() + ":" + o);
      }
    }

    Map<Integer, Long> firstOffsetOfSecondRun = new ConcurrentHashMap<>();
    try (BridgeFixture f = new BridgeFixture()) {
      KafkaReceiver receiver = f.receiver(ReceiverOptions.of(SharedKafka.bootstrapServers(), group, List.of(input))
          .with("session.timeout.ms", 6_000));
      receiver.run(record -> {
        firstOffsetOfSecondRun.putIfAbsent(record.partition(), record.offset());
        return f.sender.send(new ProducerRecord<>(output, record.key(),
            (record.partition() + ":" + record.offset()).getBytes(StandardCharsets.UTF_8))).then();
      }).subscribe();
      await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
        Map<TopicPartition, OffsetAndMetadata> now = SharedKafka.admin().listConsumerGroupOffsets(group)
            .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        return now.values().stream().mapToLong(OffsetAndMetadata::offset).sum() >= RECORDS;
      });
    }

    for (int p = 0; p < PARTITIONS; p++) {
      OffsetAndMetadata atKill = committedAtKill.get(new TopicPartition(input, p));
      long expectedStart = atKill == null ? 0 : atKill.offset();
      Long start = firstOffsetOfSecondRun.get(p);
      if (start != null) {
        assertThat(start).as("partition %d restarts exactly at its committed offset", p).isEqualTo(expectedStart);
      }
    }
    Map<String, Long> outputs = TopicReader.readValues(output, true).stream()
        .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    Map<Integer, Long> perPartition = new HashMap<>();
    for (String id : outputs.keySet()) {
      perPartition.merge(Integer.parseInt(id.split(":")[0]), 1L, Long::sum);
    }
    assertThat(perPartition.values().stream().mapToLong(Long::longValue).sum())
        .as("every input record has an output: none lost").isEqualTo(RECORDS);
    for (Map.Entry<String, Long> e : outputs.entrySet()) {
      if (e.getValue() > 1) {
        String[] id = e.getKey().split(":");
        OffsetAndMetadata atKill = committedAtKill.get(new TopicPartition(input, Integer.parseInt(id[0])));
        assertThat(Long.parseLong(id[1])).as("only uncommitted records are processed twice: %s", e.getKey())
            .isGreaterThanOrEqualTo(atKill == null ? 0 : atKill.offset());
      }
    }
  }

  private static Process startChild(String input, String output, String group, String prefix) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        CrashableConsumerMain.class.getName(), SharedKafka.bootstrapServers(), input, output, group, prefix)
        .redirectErrorStream(true);
    Process process = builder.start();
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Thread pump = new Thread(() -> out.lines().forEach(line -> { }), "child-output");
    pump.setDaemon(true);
    pump.start();
    return process;
  }
}
