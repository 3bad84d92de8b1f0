package dev.strike.app.bench.shell;

import dev.strike.app.bench.core.BenchProfile;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.time.Clock;
import dev.strike.common.topic.Topics;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * Publishes the benchmark's market data as ingest would: each event stamped ({@code tsInit}) with the epoch clock just
 * before it is encoded and sent to its {@code md.*} topic by a producer of its own. With a floor relay, the same kind
 * of event, stamped the same way, goes to the relay's first topic with the stamp in front. Times strictly grow from
 * event to event (spot ticks are told apart by their time). Used from one thread.
 */
final class TickInjector implements AutoCloseable {
  private final Topics topics;
  private final Clock clock;
  private final KafkaProducer<byte[], byte[]> producer;
  private final @org.jspecify.annotations.Nullable FloorRelay floor;
  private long lastNs;
  private long next;

  /**
   * @param options the producer's settings (low latency for the latency run, bulk for throughput)
   * @param floor the relay that gets one message per event too, or null
   */
  TickInjector(SenderOptions options, Topics topics, Clock clock, @org.jspecify.annotations.Nullable FloorRelay floor) {
    this.topics = topics;
    this.clock = clock;
    this.producer = new KafkaProducer<>(options.properties());
    this.floor = floor;
  }

  /** Publishes the market and its book and waits until both are acknowledged. */
  void publishMarket() throws InterruptedException {
    long now = stamp();
    try {
      producer.send(KafkaSender.record(topics.mdMarkets(), BenchProfile.market(now))).get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot publish the benchmark market: " + e, e);
    }
    publishBook();
  }

  /**
   * Publishes a snapshot of the book as the injected deltas left it. The services hold a book that comes before its
   * market's metadata, so one snapshot is enough; the benchmark still sends one again while no order comes through,
   * so that a slow start never reads as a failure of the run.
   */
  void publishBook() throws InterruptedException {
    try {
      producer.send(KafkaSender.record(topics.mdBook(), BenchProfile.book(BenchProfile.deltasIn(next), stamp())))
          .get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot publish the benchmark book: " + e, e);
    }
  }

  /** Publishes the next event, and one floor message; the two go first in turn. */
  void injectOne() {
    long n = next++;
    if (floor == null) {
      send(n);
    } else if (n % 2 == 0) {
      send(n);
      sendFloor(n);
    } else {
      sendFloor(n);
      send(n);
    }
  }

  /** Events injected so far (including those before a measurement). */
  long injected() {
    return next;
  }

  private void send(long n) {
    StrikeEvent event = BenchProfile.event(n, stamp());
    if (event instanceof SpotTick tick) {
      producer.send(KafkaSender.record(topics.mdSpot(), tick));
    } else {
      producer.send(KafkaSender.record(topics.mdBook(), (BookEvent) event));
    }
  }

  private void sendFloor(long n) {
    long now = stamp();
    StrikeEvent event = BenchProfile.event(n, now);
    byte[] encoded = event instanceof SpotTick tick ? topics.mdSpot().codec().encode(tick)
        : topics.mdBook().codec().encode((BookEvent) event);
    byte[] message = ByteBuffer.allocate(8 + encoded.length).putLong(now).put(encoded).array();
    floor.send(message);
  }

  private long stamp() {
    long now = Math.max(clock.nowNs(), lastNs + 1);
    lastNs = now;
    return now;
  }

  /** Sends what is buffered. */
  void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }

  /** The stamp a floor message carries (what {@link #sendFloor} put in front). */
  static long stampOf(byte[] message) {
    return ByteBuffer.wrap(message).getLong(0);
  }
}
