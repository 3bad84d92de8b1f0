package dev.strike.common.kafka;

import dev.strike.common.event.StrikeEvent;
import dev.strike.common.topic.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends records to Kafka, one {@link Mono} per record that succeeds when the broker acknowledged it (per the
 * producer's {@code acks}) and fails with the producer's error. Nothing is sent until the Mono is subscribed.
 * Thread-safe (the Kafka producer is); create one per process role and share it.
 *
 * <p>The Mono signals on the producer's network thread: callers that go on to do work must hop to their own
 * scheduler (the {@link KafkaReceiver} does).
 */
public final class KafkaSender implements AutoCloseable {
  private final Producer<byte[], byte[]> producer;
  private final KafkaFlow flow;

  /** A sender with its own producer. */
  public KafkaSender(SenderOptions options) {
    this(options, KafkaFlow.NONE);
  }

  /** A sender with its own producer that notes every acknowledged record in {@code flow}. */
  public KafkaSender(SenderOptions options, KafkaFlow flow) {
    this(new KafkaProducer<>(options.properties()), flow);
  }

  /** A sender over an existing producer (which this sender then owns and closes). */
  public KafkaSender(Producer<byte[], byte[]> producer) {
    this(producer, KafkaFlow.NONE);
  }

  private KafkaSender(Producer<byte[], byte[]> producer, KafkaFlow flow) {
    this.producer = Objects.requireNonNull(producer, "producer");
    this.flow = Objects.requireNonNull(flow, "flow");
  }

  /** Sends {@code value} to {@code topic}, keyed as the topic keys it, encoded with the topic's codec. */
  public <V extends StrikeEvent> Mono<RecordMetadata> send(Topic<V> topic, V value) {
    return Mono.defer(() -> send(record(topic, value)));
  }

  /** The record {@link #send(Topic, StrikeEvent)} would send. */
  public static <V extends StrikeEvent> ProducerRecord<byte[], byte[]> record(Topic<V> topic, V value) {
    return new ProducerRecord<>(topic.name(), topic.keyOf(value).getBytes(StandardCharsets.UTF_8),
        topic.codec().encode(value));
  }

  /**
   * Sends one raw record. Subscribed on the producer's own I/O thread (the next send of a {@code concatMap} after an
   * acknowledgement), the send moves to another thread: {@code producer.send} may wait for the metadata of a topic it
   * has not sent to yet, which only that I/O thread can fetch, and would block it until {@code max.block.ms}.
   */
  public Mono<RecordMetadata> send(ProducerRecord<byte[], byte[]> record) {
    return Mono.defer(() -> Thread.currentThread().getName().startsWith(PRODUCER_IO_THREAD)
        ? create(record).subscribeOn(Schedulers.boundedElastic())
        : create(record));
  }

  private static final String PRODUCER_IO_THREAD = "kafka-producer-network-thread";

  private Mono<RecordMetadata> create(ProducerRecord<byte[], byte[]> record) {
    return Mono.create(sink -> {
      try {
        producer.send(record, (metadata, error) -> {
          if (error != null) {
            sink.error(error);
          } else {
            flow.onWritten(metadata);
            sink.success(metadata);
          }
        });
      } catch (RuntimeException e) {
        sink.error(e);
      }
    });
  }

  /** The underlying producer, for transactional use by the bridge. */
  Producer<byte[], byte[]> producer() {
    return producer;
  }

  /** Blocks until every record sent so far is acknowledged or failed. */
  public void flush() {
    producer.flush();
  }

  /** Flushes, then closes the producer, waiting at most {@code timeout}. */
  public void close(Duration timeout) {
    producer.close(timeout);
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(10));
  }
}
