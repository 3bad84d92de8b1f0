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
 * loop), in one JVM, on one embedded broker, at the same rate and payload. Rounds alternate raw and bridge so that
 * drift in the machine's load hits both; the figures are the medians over rounds of each round's percentile.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.strike.benchmarks.BridgeLatencyHarness
 * [--rate 1000] [--seconds 20] [--rounds 3] [--warmup 10]}.
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

    long t0 = System.nanoTime();
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
      System.out.printf("embedded broker: started in %d ms (cold JVM), %s%n", broker.startMillis(),
          broker.bootstrapServers());
      String bootstrap = broker.bootstrapServers();
      try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
        admin.createTopics(List.of(new NewTopic("raw", 1, (short) 1), new NewTopic("bridge", 1, (short) 1),
            new NewTopic("lat.dlq", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        TopicProvisioner.awaitLeaders(admin, List.of("raw", "bridge", "lat.dlq"), Duration.ofSeconds(30));
      }
      System.out.printf("first produce possible %d ms after JVM-side start%n", (System.nanoTime() - t0) / 1_000_000);

      try (RawHop raw = new RawHop(bootstrap); BridgeHop bridge = new BridgeHop(bootstrap)) {
        System.out.printf("warm-up: %d s each at %d msg/s%n", warmupSeconds, rate);
        raw.run(rate, warmupSeconds);
        bridge.run(rate, warmupSeconds);
        List<Histogram> raws = new ArrayList<>();
        List<Histogram> bridges = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
          raws.add(raw.run(rate, seconds));
          bridges.add(bridge.run(rate, seconds));
          System.out.printf("round %d: raw p50 %s p99 %s | bridge p50 %s p99 %s (ms)%n", round,
              ms(raws.get(round - 1).getValueAtPercentile(50)), ms(raws.get(round - 1).getValueAtPercentile(99)),
              ms(bridges.get(round - 1).getValueAtPercentile(50)),
              ms(bridges.get(round - 1).getValueAtPercentile(99)));
        }
        double[] rawP = {median(raws, 50), median(raws, 99), median(raws, 99.9)};
        double[] bridgeP = {median(bridges, 50), median(bridges, 99), median(bridges, 99.9)};
        System.out.println();
        System.out.printf("one hop, 1 partition, %d B, %d msg/s, %d s x %d rounds, linger.ms=0, acks=all%n",
            PAYLOAD_BYTES, rate, seconds, rounds);
        System.out.printf("%-22s %9s %9s %9s%n", "path (median of rounds)", "p50 ms", "p99 ms", "p99.9 ms");
        System.out.printf("%-22s %9s %9s %9s%n", "raw kafka-clients", ms(rawP[0]), ms(rawP[1]), ms(rawP[2]));
        System.out.printf("%-22s %9s %9s %9s%n", "strike bridge", ms(bridgeP[0]), ms(bridgeP[1]), ms(bridgeP[2]));
        System.out.printf("ratio bridge/raw: p50 %.2f, p99 %.2f%n", bridgeP[0] / rawP[0], bridgeP[1] / rawP[1]);
      }
    }
  }

  /** One path from a producer to a receiving callback, timed per message. */
  private abstract static class Hop implements AutoCloseable {
    private volatile Histogram histogram;
    private volatile CountDownLatch done;

    /** Sends {@code rate} messages per second for {@code seconds}, returns the one-way latencies (ns). */
    Histogram run(int rate, int seconds) throws Exception {
      int total = rate * seconds;
      histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
      done = new CountDownLatch(total);
      long interval = 1_000_000_000L / rate;
      long next = System.nanoTime();
      byte[] payload = new byte[PAYLOAD_BYTES];
      Arrays.fill(payload, (byte) 'x');
      for (int i = 0; i < total; i++) {
        next += interval;
        long wait;
        while ((wait = next - System.nanoTime()) > 0) {
          LockSupport.parkNanos(Math.min(wait, 200_000));
        }
        ByteBuffer.wrap(payload).putLong(0, System.nanoTime());
        send(payload.clone());
      }
      if (!done.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("not all messages arrived: " + done.getCount() + " missing");
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

  /** Raw kafka-clients: producer and a dedicated poll-loop consumer. */
  private static final class RawHop extends Hop {
    private final KafkaProducer<byte[], byte[]> producer;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread poller;
    private volatile boolean running = true;

    RawHop(String bootstrap) {
      producer = new KafkaProducer<>(SenderOptions.lowLatency(bootstrap, "raw").properties());
      // same consumer settings as the bridge's receiver (read_committed, earliest, no auto-commit)
      consumer = new KafkaConsumer<>(ReceiverOptions.of(bootstrap, "raw-group", List.of("raw")).properties());
      poller = new Thread(() -> {
        consumer.subscribe(List.of("raw"));
        while (running) {
          for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
            received(r.value());
          }
        }
        consumer.close();
      }, "raw-poller");
      poller.start();
    }

    @Override
    void send(byte[] payload) {
      producer.send(new ProducerRecord<>("raw", payload));
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

    BridgeHop(String bootstrap) {
      sender = new KafkaSender(SenderOptions.lowLatency(bootstrap, "bridge"));
      SimpleMeterRegistry meters = new SimpleMeterRegistry();
      DeadLetters dlq = new DeadLetters(sender, Topics.withPrefix("lat").dlq(), SystemClock.INSTANCE, meters);
      receiver = new KafkaReceiver(ReceiverOptions.of(bootstrap, "bridge-group", List.of("bridge")), dlq, meters);
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
