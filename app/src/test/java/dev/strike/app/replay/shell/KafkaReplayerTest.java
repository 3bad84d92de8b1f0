package dev.strike.app.replay.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.app.Samples;
import dev.strike.app.StrikeCli;
import dev.strike.app.dataio.core.TimeRange;
import dev.strike.app.replay.core.ReplayReport;
import dev.strike.app.replay.core.ReplaySpeed;
import dev.strike.app.replay.core.ReplayTopic;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.testing.TopicReader;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The replay against the shared embedded broker, on the committed kapelame sample imported once. */
class KafkaReplayerTest {
  private static Topics source;

  /** A record as it must come out: topic, partition, key and value. */
  private record Sent(String baseName, int partition, String key, String value) {}

  /** A source record with what orders it. */
  private record Source(ReplayTopic topic, int partition, long offset, long tsEventNs, Sent sent) {}

  @BeforeAll
  static void importTheSampleOnce() {
    source = Topics.withPrefix(SharedKafka.uniqueName("rsrc"));
    int code = StrikeCli.execute("import-csv", "--dataset", "kapelame", "--in", Samples.kapelame().toString(),
        "--kafka", SharedKafka.bootstrapServers(), "--prefix", source.prefix());
    assertThat(code).isZero();
  }

  private static List<Source> sourceRecords() {
    List<Source> all = new ArrayList<>();
    for (ReplayTopic topic : ReplayTopic.values()) {
      Topic<?> t = source.byBaseName(topic.baseName()).orElseThrow();
      for (ConsumerRecord<byte[], byte[]> r : TopicReader.readAll(t.name(), true)) {
        StrikeEvent event = t.codec().decode(r.value());
        all.add(new Source(topic, r.partition(), r.offset(), event.tsEvent(), new Sent(topic.baseName(),
            r.partition(), new String(r.key(), StandardCharsets.UTF_8),
            new String(r.value(), StandardCharsets.UTF_8))));
      }
    }
    return all;
  }

  private static NamespaceReplay replay(AtomicLong clock, List<Long> sleeps) {
    return new NamespaceReplay(SharedKafka.bootstrapServers(), Map.of(), 1, clock::get, nanos -> {
      sleeps.add(nanos);
      clock.addAndGet(nanos);
    }, Duration.ofSeconds(5));
  }

  @Test
  void shouldRepublishEveryRecordWithItsKeyBytesAndPartition() throws Exception {
    Topics target = Topics.withPrefix(SharedKafka.uniqueName("rdst"));
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(new PrintStream(text, true, StandardCharsets.UTF_8), true);

    ReplayReport report = NamespaceReplay.of(SharedKafka.bootstrapServers(), Map.of(), 1)
        .run(source, target, TimeRange.ALL, ReplaySpeed.MAX, ReplayBarrier.NONE, out);

    List<Source> expected = sourceRecords();
    List<Sent> got = new ArrayList<>();
    for (ReplayTopic topic : ReplayTopic.values()) {
      for (ConsumerRecord<byte[], byte[]> r : TopicReader.readAll(target.fullName(topic.baseName()), true)) {
        got.add(new Sent(topic.baseName(), r.partition(), new String(r.key(), StandardCharsets.UTF_8),
            new String(r.value(), StandardCharsets.UTF_8)));
      }
    }
    assertThat(report.events()).isEqualTo(expected.size()).isGreaterThan(1_000);
    // per partition in offset order (a stable sort by topic and partition keeps each partition's offset order): what
    // a consumer of the target sees is what it would have seen of the source
    Comparator<Sent> byPartition = Comparator.comparing(Sent::baseName).thenComparingInt(Sent::partition);
    assertThat(got.stream().sorted(byPartition).toList())
        .containsExactlyElementsOf(expected.stream().map(Source::sent).sorted(byPartition).toList());
    assertThat(text.toString(StandardCharsets.UTF_8)).contains("replayed " + expected.size() + " events in ")
        .contains("events/s)");
    System.out.println("replay throughput (kapelame sample, speed max, shared broker): " + report.summary());
  }

  @Test
  void shouldSendInEventTimeOrderWithMarketsFirst() throws Exception {
    Topics target = Topics.withPrefix(SharedKafka.uniqueName("rord"));
    dev.strike.common.kafka.TopicProvisioner provisioner = new dev.strike.common.kafka.TopicProvisioner(
        SharedKafka.admin(), 1, Duration.ofSeconds(30));
    provisioner.ensure(target.all());
    MockProducer<byte[], byte[]> producer = new MockProducer<>(true, null, new ByteArraySerializer(),
        new ByteArraySerializer());
    try (KafkaSender sender = new KafkaSender(producer);
        KafkaReplayer replayer = new KafkaReplayer(SharedKafka.bootstrapServers(), Map.of(), sender,
            Duration.ofSeconds(30), System::nanoTime, Sleeper.THREAD)) {
      replayer.replay(source, target, TimeRange.ALL, ReplaySpeed.MAX, ReplayBarrier.NONE,
          KafkaReplayer.Progress.NONE, Duration.ofSeconds(5));
    }

    List<Sent> expected = sourceRecords().stream()
        .sorted(Comparator.comparingLong(Source::tsEventNs).thenComparing(Source::topic)
            .thenComparingInt(Source::partition).thenComparingLong(Source::offset))
        .map(Source::sent).toList();
    List<Sent> sent = new ArrayList<>();
    for (ProducerRecord<byte[], byte[]> r : producer.history()) {
      sent.add(new Sent(r.topic().substring(target.prefix().length() + 1), r.partition(),
          new String(r.key(), StandardCharsets.UTF_8), new String(r.value(), StandardCharsets.UTF_8)));
    }
    assertThat(sent).containsExactlyElementsOf(expected);
    Set<String> marketsSeen = new HashSet<>();
    for (Sent s : sent) {
      if (s.baseName().equals("md.markets")) {
        marketsSeen.add(s.key());
      } else if (s.baseName().equals("md.book")) {
        assertThat(marketsSeen).as("market of a book sent before the book").contains(s.key());
      }
    }
  }

  @Test
  void shouldPaceByEventTimeAndCallTheBarrierBeforeWhatFollowsMarkets() throws Exception {
    Topics target = Topics.withPrefix(SharedKafka.uniqueName("rpace"));
    AtomicLong clock = new AtomicLong(1_000);
    List<Long> sleeps = new ArrayList<>();
    List<java.util.Collection<String>> barrierCalls = new ArrayList<>();
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(new PrintStream(text, true, StandardCharsets.UTF_8), true);

    ReplayReport report = replay(clock, sleeps).run(source, target, TimeRange.ALL, ReplaySpeed.parse("60"),
        barrierCalls::add, out);

    long eventSpan = report.lastEventNs() - report.firstEventNs();
    long slept = sleeps.stream().mapToLong(Long::longValue).sum();
    // the manual clock only moves by the sleeps: they add up to the event span at 60x, to the nanosecond
    assertThat(slept).isBetween(eventSpan / 60 - 1, eventSpan / 60 + 1);
    assertThat(report.elapsedNanos()).isEqualTo(slept);
    assertThat(barrierCalls).isNotEmpty().allSatisfy(topics -> assertThat(topics).containsExactlyInAnyOrder(
        target.fullName("md.markets"), target.fullName("md.book"), target.fullName("md.trades"),
        target.fullName("md.spot")));
    assertThat(text.toString(StandardCharsets.UTF_8)).contains("  replay ").contains("event time 2026-02-25T");
  }

  @Test
  void shouldReplayOnlyTheTimeRangeFromTheCommandLine() {
    String target = SharedKafka.uniqueName("rcli");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CommandLine cli = new CommandLine(new StrikeCli());
    cli.setOut(new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
    int code = cli.execute("replay", "--kafka", SharedKafka.bootstrapServers(), "--from", source.prefix(), "--to",
        target, "--from-time", "2026-02-25T05:00:00Z", "--to-time", "2026-02-25T05:10:00Z", "--speed", "max");

    assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero();
    long inRange = sourceRecords().stream().filter(s -> s.tsEventNs() >= 1_771_995_600_000_000_000L
        && s.tsEventNs() < 1_771_996_200_000_000_000L).count();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("replayed " + inRange + " events in ");
    assertThat(inRange).isPositive();
    assertThat(Arrays.stream(ReplayTopic.values()).mapToLong(t -> TopicReader.readAll(
        Topics.withPrefix(target).fullName(t.baseName()), true).size()).sum()).isEqualTo(inRange);
  }
}
