package dev.strike.benchmarks;

import dev.strike.common.kafka.DeadLetters;
import dev.strike.common.kafka.KafkaReceiver;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.ReceiverOptions;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.kafka.embedded.EmbeddedKafkaBroker;
import dev.strike.common.time.SystemClock;
import dev.strike.common.topic.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * One-hop latency through the reactive bridge ({@link KafkaSender} → broker → {@link KafkaReceiver} lane → processor)
 * next to raw kafka-clients (a {@link KafkaProducer} with the same settings → broker → a {@link KafkaConsumer} poll
 * loop, with and without commits), in one JVM, on one embedded broker, at the same rate and payload. The paths run
 * at the same time, one message to each per tick, so that every path sees the same machine; the figures are the
 * medians over rounds of each round's percentile.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.strike.benchmarks.BridgeLatencyHarness
 * [--rate 1000] [--seconds 20] [--rounds 3] [--warmup 10] [--commit-ms 100]}.
 */
public final class BridgeLatencyHarness {
  private static final int PAYLOAD_BYTES = 200;

  private BridgeLatencyHarness() {}

  /** Runs the comparison and prints the table. */
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    int rate = Integer.parseInt(opts.getOrDefault("rate", "1000"));
    int seconds = Integer.parseInt(opts.getOrDefault("seconds", "20"));
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "3"));
    int warmupSeconds = Integer.parseInt(opts.getOrDefault("warmup", "10"));
    Duration commitInterval = Duration.ofMillis(Long.parseLong(opts.getOrDefault("commit-ms", "100")));

    long t0 = System.nanoTime();
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
      System.out.printf("embedded broker: started in %d ms (cold JVM), %s%n", broker.startMillis(),
          broker.bootstrapServers());
      String bootstrap = broker.bootstrapServers();
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
        admin.createTopics(List.of(new NewTopic("raw", 1, (short) 1), new NewTopic("raw-commit", 1, (short) 1),
            new NewTopic("bridge", 1, (short) 1), new NewTopic("lat.dlq", 1, (short) 1)))
            .all().get(30, TimeUnit.SECONDS);
        TopicProvisioner.awaitLeaders(admin, List.of("raw", "raw-commit", "bridge", "lat.dlq"), Duration.ofSeconds(30));
      }
      System.out.printf("first produce possible %d ms after JVM-side start%n", (System.nanoTime() - t0) / 1_000_000);

      try (RawHop raw = new RawHop(bootstrap, "raw", null);
          RawHop rawCommit = new RawHop(bootstrap, "raw-commit", commitInterval);
          BridgeHop bridge = new BridgeHop(bootstrap, commitInterval)) {
        List<Hop> hops = List.of(raw, rawCommit, bridge);
        System.out.printf("warm-up: %d s at %d msg/s on each path%n", warmupSeconds, rate);
        runTogether(hops, rate, warmupSeconds);
        Map<Hop, List<Histogram>> results = new HashMap<>();
        for (int round = 1; round <= rounds; round++) {
          Map<Hop, Histogram> measured = runTogether(hops, rate, seconds);
          StringBuilder line = new StringBuilder("round " + round + ":");
          for (Hop hop : hops) {
            Histogram h = measured.get(hop);
            results.computeIfAbsent(hop, k -> new ArrayList<>()).add(h);
            line.append(String.format(" | %s p50 %s p99 %s", hop.label, ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(99))));
          }
          System.out.println(line + " (ms)");
        }
        System.out.println();
        System.out.printf("one hop, 1 partition per path, %d B, %d msg/s on each path at the same time, %d s x %d "
            + "rounds, linger.ms=0, acks=all, read_committed; commits every %d ms where committing%n", PAYLOAD_BYTES,
            rate, seconds, rounds, commitInterval.toMillis());
        System.out.printf("%-34s %9s %9s %9s%n", "path (median of rounds)", "p50 ms", "p99 ms", "p99.9 ms");
        for (Hop hop : hops) {
          List<Histogram> hs = results.get(hop);
          System.out.printf("%-34s %9s %9s %9s%n", hop.description, ms(median(hs, 50)), ms(median(hs, 99)),
              ms(median(hs, 99.9)));
        }
        List<Histogram> b = results.get(bridge);
        List<Histogram> rc = results.get(rawCommit);
        List<Histogram> r = results.get(raw);
        System.out.printf("ratio bridge / raw with commits: p50 %.2f, p99 %.2f%n", median(b, 50) / median(rc, 50),
            median(b, 99) / median(rc, 99));
        System.out.printf("ratio bridge / raw without commits: p50 %.2f, p99 %.2f%n", median(b, 50) / median(r, 50),
            median(b, 99) / median(r, 99));
      }
    }
  }

  /** One path from a producer to a receiving callback, timed per message. */
  private abstract static class Hop implements AutoCloseable {
    final String label;
    final String description;
    private volatile Histogram histogram;

    Hop(String label, String description) {
      this.label = label;
      this.description = description;
    }

    private volatile CountDownLatch done;

    /** Starts a measurement of {@code total} messages. */
    void begin(int total) {
      histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
      done = new CountDownLatch(total);
    }

    /** Sends one message stamped with the current time. */
    void sendStamped() {
      byte[] payload = new byte[PAYLOAD_BYTES];
      Arrays.fill(payload, 8, PAYLOAD_BYTES, (byte) 'x');
      ByteBuffer.wrap(payload).putLong(0, System.nanoTime());
      send(payload);
    }

    /** Waits for every message of the measurement; returns the one-way latencies (ns). */
    Histogram end() throws InterruptedException {
      if (!done.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException(label + ": not all messages arrived, " + done.getCount() + " missing");
      }
      return histogram;
    }

    final void received(byte[] value) {
      long latency = System.nanoTime() - ByteBuffer.wrap(value).getLong(0);
      Histogram h = histogram;
      synchronized (this) {
        h.recordValue(Math.max(0, latency));
      }
      done.countDown();
    }

    abstract void send(byte[] payload);

    @Override
    public abstract void close();
  }

  /**
   * Raw kafka-clients: a producer and a dedicated poll-loop consumer handling each record on the poll thread; with a
   * commit interval it also commits asynchronously at that interval, as an at-least-once consumer must.
   */
  private static final class RawHop extends Hop {
    private final String topic;
    private final KafkaProducer<byte[], byte[]> producer;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread poller;
    private volatile boolean running = true;

    RawHop(String bootstrap, String topic, Duration commitInterval) {
      super(topic, commitInterval == null ? "raw kafka-clients, no commits" : "raw kafka-clients, commitAsync");
      this.topic = topic;
      producer = new KafkaProducer<>(SenderOptions.lowLatency(bootstrap, topic).properties());
      // same consumer settings as the bridge's receiver (read_committed, earliest, no auto-commit)
      consumer = new KafkaConsumer<>(ReceiverOptions.of(bootstrap, topic + "-group", List.of(topic)).properties());
      poller = new Thread(() -> {
        consumer.subscribe(List.of(topic));
        long lastCommit = System.nanoTime();
        boolean dirty = false;
        while (running) {
          for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
            received(r.value());
            dirty = true;
          }
          if (commitInterval != null && dirty && System.nanoTime() - lastCommit >= commitInterval.toNanos()) {
            consumer.commitAsync();
            lastCommit = System.nanoTime();
            dirty = false;
          }
        }
        consumer.close();
      }, topic + "-poller");
      poller.start();
    }

    @Override
    void send(byte[] payload) {
      producer.send(new ProducerRecord<>(topic, payload));
    }

    @Override
    public void close() {
      running = false;
      try {
        poller.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      producer.close(Duration.ofSeconds(5));
    }
  }

  /** The Strike bridge: KafkaSender and a KafkaReceiver lane. */
  private static final class BridgeHop extends Hop {
    private final KafkaSender sender;
    private final KafkaReceiver receiver;
    private final Disposable running;

    BridgeHop(String bootstrap, Duration commitInterval) {
      super("bridge", "strike bridge (KafkaSender/Receiver)");
      sender = new KafkaSender(SenderOptions.lowLatency(bootstrap, "bridge"));
      SimpleMeterRegistry meters = new SimpleMeterRegistry();
      DeadLetters dlq = new DeadLetters(sender, Topics.withPrefix("lat").dlq(), SystemClock.INSTANCE, meters);
      receiver = new KafkaReceiver(ReceiverOptions.of(bootstrap, "bridge-group", List.of("bridge"))
          .withCommitInterval(commitInterval), dlq, meters);
      running = receiver.run(record -> {
        received(record.value());
        return Mono.empty();
      }).subscribe();
    }

    @Override
    void send(byte[] payload) {
      sender.send(new ProducerRecord<>("bridge", payload)).subscribe();
    }

    @Override
    public void close() {
      running.dispose();
      receiver.close();
      sender.close();
    }
  }

  /**
   * Sends {@code rate} messages per second to every path for {@code seconds}: on each tick one message to each path,
   * the first path rotating, so that all paths see the same moments of the machine.
   */
  private static Map<Hop, Histogram> runTogether(List<Hop> hops, int rate, int seconds) throws InterruptedException {
    int total = rate * seconds;
    for (Hop hop : hops) {
      hop.begin(total);
    }
    long interval = 1_000_000_000L / rate;
    long next = System.nanoTime();
    for (int i = 0; i < total; i++) {
      next += interval;
      long wait;
      while ((wait = next - System.nanoTime()) > 0) {
        LockSupport.parkNanos(Math.min(wait, 200_000));
      }
      for (int k = 0; k < hops.size(); k++) {
        hops.get((i + k) % hops.size()).sendStamped();
      }
    }
    Map<Hop, Histogram> results = new HashMap<>();
    for (Hop hop : hops) {
      results.put(hop, hop.end());
    }
    return results;
  }

  private static double median(List<Histogram> histograms, double percentile) {
    double[] values = histograms.stream().mapToDouble(h -> h.getValueAtPercentile(percentile)).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  private static String ms(double nanos) {
    return String.format("%.3f", nanos / 1_000_000.0);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      opts.put(args[i].substring(2), args[i + 1]);
    }
    return opts;
  }
}
