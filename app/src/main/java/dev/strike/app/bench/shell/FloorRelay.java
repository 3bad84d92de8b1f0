package dev.strike.app.bench.shell;

import dev.strike.common.kafka.ReceiverOptions;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The floor: the same number of Kafka hops as the pipeline, with bare kafka-clients and nothing else. A message goes
 * to topic {@code 0}; relay {@code i} polls topic {@code i} and forwards each record's bytes unchanged to topic
 * {@code i + 1} (the last one records the latency instead). Producers and consumers have the services' settings
 * ({@link SenderOptions#lowLatency}: {@code linger.ms=0}, {@code acks=all}, idempotent; {@link ReceiverOptions#of}:
 * {@code read_committed}, no auto-commit) and each relay commits asynchronously every 100 ms, as the services' bridge
 * does. One partition per topic; each relay is one poll thread.
 */
final class FloorRelay implements AutoCloseable {
  private static final Duration COMMIT_INTERVAL = Duration.ofMillis(100);

  private final List<String> topicNames = new ArrayList<>();
  private final KafkaProducer<byte[], byte[]> entry;
  private final List<Thread> relays = new ArrayList<>();
  private final List<KafkaProducer<byte[], byte[]>> producers = new ArrayList<>();
  private volatile boolean running = true;

  /**
   * Creates the topics {@code <prefix>.floor.0 … <prefix>.floor.<hops>} and starts the relays.
   *
   * @param hops Kafka hops from the first send to the last receive, at least 1
   * @param arrivals told of every message at the last hop (its stamp, now)
   */
  FloorRelay(String bootstrap, Admin admin, String prefix, int hops, Clock clock, LatencyRecorder arrivals)
      throws InterruptedException {
    for (int i = 0; i <= hops; i++) {
      topicNames.add(prefix + ".floor." + i);
    }
    List<NewTopic> created = topicNames.stream().map(t -> new NewTopic(t, 1, (short) 1)).toList();
    try {
      admin.createTopics(created).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new IllegalStateException("cannot create the floor topics: " + e.getCause(), e);
      }
    } catch (TimeoutException e) {
      throw new IllegalStateException("cannot create the floor topics in 30 s", e);
    }
    TopicProvisioner.awaitLeaders(admin, topicNames, Duration.ofSeconds(30));
    entry = new KafkaProducer<>(SenderOptions.lowLatency(bootstrap, prefix + "-floor-in").properties());
    for (int i = 0; i < hops; i++) {
      String in = topicNames.get(i);
      boolean last = i == hops - 1;
      KafkaProducer<byte[], byte[]> out = last ? null
          : new KafkaProducer<>(SenderOptions.lowLatency(bootstrap, prefix + "-floor-" + i).properties());
      if (out != null) {
        producers.add(out);
      }
      String next = last ? null : topicNames.get(i + 1);
      KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
          ReceiverOptions.of(bootstrap, prefix + "-floor-" + i, List.of(in)).properties());
      Thread relay = new Thread(() -> {
        consumer.subscribe(List.of(in));
        long lastCommit = System.nanoTime();
        boolean dirty = false;
        try {
          while (running) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
              if (out != null) {
                out.send(new ProducerRecord<>(next, r.key(), r.value()));
              } else {
                arrivals.record(TickInjector.stampOf(r.value()), clock.nowNs());
              }
              dirty = true;
            }
            if (dirty && System.nanoTime() - lastCommit >= COMMIT_INTERVAL.toNanos()) {
              consumer.commitAsync();
              lastCommit = System.nanoTime();
              dirty = false;
            }
          }
        } finally {
          consumer.close();
        }
      }, "bench-floor-" + i);
      relay.setDaemon(true);
      relay.start();
      relays.add(relay);
    }
  }

  /** Sends one stamped message into the first topic. */
  void send(byte[] message) {
    entry.send(new ProducerRecord<>(topicNames.get(0), message));
  }

  @Override
  public void close() {
    running = false;
    for (Thread relay : relays) {
      try {
        relay.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    entry.close(Duration.ofSeconds(5));
    for (KafkaProducer<byte[], byte[]> p : producers) {
      p.close(Duration.ofSeconds(5));
    }
  }
}
