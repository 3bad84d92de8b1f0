package dev.strike.common.kafka;

import dev.strike.common.error.ErrorKind;
import dev.strike.common.event.DeadLetter;
import dev.strike.common.time.Clock;
import dev.strike.common.topic.Topic;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * Puts what could not be decoded or processed on the {@code dlq} topic, whole, with the reason, and counts it
 * ({@code strike.dlq.records{source,kind}}). Used by the Kafka bridge for records and by the feeds for frames.
 * Thread-safe.
 */
public final class DeadLetters {
  private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

  private final KafkaSender sender;
  private final Topic<DeadLetter> dlq;
  private final Clock clock;
  private final MeterRegistry meters;
  private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();

  /** Dead letters sent with {@code sender} to {@code dlq}, stamped with {@code clock}. */
  public DeadLetters(KafkaSender sender, Topic<DeadLetter> dlq, Clock clock, MeterRegistry meters) {
    this.sender = Objects.requireNonNull(sender, "sender");
    this.dlq = Objects.requireNonNull(dlq, "dlq");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.meters = Objects.requireNonNull(meters, "meters");
  }

  /** The dead-letter topic. */
  public Topic<DeadLetter> topic() {
    return dlq;
  }

  /** Dead-letters a Kafka record; completes when the dead letter is acknowledged. */
  public Mono<Void> publish(ConsumerRecord<byte[], byte[]> record, ErrorKind kind, Throwable error) {
    return Mono.defer(() -> {
      long tsEvent = Math.max(0L, record.timestamp()) * 1_000_000L;
      DeadLetter letter = new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(),
          record.value(), kind.label(), ErrorClassifier.describe(error), tsEvent, clock.nowNs());
      return send(letter);
    });
  }

  /**
   * Dead-letters a frame or body that did not come from Kafka (a WebSocket frame, a REST body).
   *
   * @param source the feed, e.g. {@code kalshi-ws}
   * @param raw the bytes as received
   * @param tsEvent when it was received, epoch ns
   */
  public Mono<Void> publish(String source, byte @Nullable [] raw, ErrorKind kind, Throwable error, long tsEvent) {
    return Mono.defer(() -> send(new DeadLetter(source, -1, -1, null, raw, kind.label(),
        ErrorClassifier.describe(error), tsEvent, clock.nowNs())));
  }

  /**
   * Exposes the counter of dead letters from {@code source} of {@code kind} at 0 before the first one, so dashboards
   * and alert rules see a series (a rate of 0) rather than no data.
   */
  public void expect(String source, ErrorKind kind) {
    counter(source, kind.label());
  }

  private Counter counter(String source, String kind) {
    return counters.computeIfAbsent(source + '|' + kind, k -> Counter.builder("strike.dlq.records")
        .description("Records and frames sent to the dead-letter topic")
        .tag("source", source)
        .tag("kind", kind)
        .register(meters));
  }

  private Mono<Void> send(DeadLetter letter) {
    counter(letter.source(), letter.errorKind()).increment();
    log.warn("dead letter from {} partition {} offset {}: {}", letter.source(), letter.partition(), letter.offset(),
        letter.error());
    return sender.send(dlq, letter).then();
  }
}
