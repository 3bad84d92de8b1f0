package dev.strike.common.kafka;

import dev.strike.common.error.ErrorKind;
import dev.strike.common.event.DeadLetter;
import dev.strike.common.time.Clock;
import dev.strike.common.topic.Topic;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.WakeupException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Exactly-once consume-transform-produce with Kafka transactions, for paths where batching is natural (backtest
 * output, state snapshots): each polled batch is transformed record by record, the outputs and the consumed
 * offsets are written in one transaction, and consumers reading {@code read_committed} see all of a batch's outputs
 * or none. ARCHITECTURE §5 explains why the hot path does not use this (a transactional hop costs ~100× a plain
 * one here).
 *
 * <p>Failures: a record whose transform fails with a decode or processing error is replaced by its dead letter in
 * the same transaction; any other failure aborts the transaction (nothing of it becomes visible), and the batch is
 * retried with backoff up to {@link ReceiverOptions#maxRetries()} times, after which the pipeline stops with the
 * error. The transformer runs on the pipeline's own thread, one record at a time, in offset order per partition.
 */
public final class TransactionalPipeline implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TransactionalPipeline.class);

  /** Turns one input record into the records to write; pure apart from its own state. */
  @FunctionalInterface
  public interface Transformer {
    /** The output records of {@code record}; may throw (see the class description for what happens). */
    List<ProducerRecord<byte[], byte[]>> transform(ConsumerRecord<byte[], byte[]> record);
  }

  private final ReceiverOptions options;
  private final Topic<DeadLetter> dlq;
  private final Clock clock;
  private final Consumer<byte[], byte[]> consumer;
  private final Producer<byte[], byte[]> producer;
  private final Counter commits;
  private final Counter aborts;
  private final Counter deadLettered;
  private final String name;
  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final Sinks.Empty<Void> terminated = Sinks.empty();
  private volatile boolean stopRequested;
  private volatile @Nullable Thread thread;

  /**
   * A pipeline consuming {@code receiverOptions.topics()} and producing with {@code senderOptions}, which must name
   * a {@code transactional.id} unique to this pipeline instance (see {@link SenderOptions#transactional}).
   */
  public TransactionalPipeline(ReceiverOptions receiverOptions, SenderOptions senderOptions, Topic<DeadLetter> dlq,
      Clock clock, MeterRegistry meters) {
    this.options = Objects.requireNonNull(receiverOptions, "receiverOptions");
    if (!senderOptions.properties().containsKey(ProducerConfig.TRANSACTIONAL_ID_CONFIG)) {
      throw new IllegalArgumentException("a transactional pipeline needs a transactional.id");
    }
    this.dlq = Objects.requireNonNull(dlq, "dlq");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.name = receiverOptions.groupId();
    this.consumer = new KafkaConsumer<>(receiverOptions
        .with("isolation.level", "read_committed")
        .with("enable.auto.commit", false)
        .properties());
    this.producer = new KafkaProducer<>(senderOptions.properties());
    this.commits = Counter.builder("strike.kafka.transactions").tag("group", name).tag("outcome", "committed")
        .register(meters);
    this.aborts = Counter.builder("strike.kafka.transactions").tag("group", name).tag("outcome", "aborted")
        .register(meters);
    this.deadLettered = Counter.builder("strike.dlq.records").tag("source", name).tag("kind", "transactional")
        .register(meters);
  }

  /** Starts the pipeline; the Mono completes on close and fails if the pipeline stopped on an error. */
  public Mono<Void> run(Transformer transformer) {
    Objects.requireNonNull(transformer, "transformer");
    return Mono.defer(() -> {
      if (!started.compareAndSet(false, true)) {
        return Mono.error(new IllegalStateException("pipeline " + name + " was already started"));
      }
      Thread t = new Thread(() -> loop(transformer), "strike-txn-" + name);
      t.setDaemon(true);
      thread = t;
      t.start();
      return terminated.asMono();
    }).doOnCancel(this::requestStop);
  }

  /** Asks the pipeline to stop after the transaction in progress. */
  public void requestStop() {
    stopRequested = true;
    consumer.wakeup();
  }

  private void loop(Transformer transformer) {
    Throwable failure = null;
    try {
      producer.initTransactions();
      consumer.subscribe(options.topics());
      while (!stopRequested) {
        ConsumerRecords<byte[], byte[]> records;
        try {
          records = consumer.poll(options.pollTimeout());
        } catch (WakeupException e) {
          continue;
        }
        if (!records.isEmpty()) {
          processBatch(records, transformer);
        }
      }
    } catch (Throwable t) {
      failure = t;
      fatal.compareAndSet(null, t);
      log.error("transactional pipeline {} stopped: {}", name, ErrorClassifier.describe(t), t);
    } finally {
      try {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
      } catch (RuntimeException e) {
        log.warn("pipeline {}: consumer close: {}", name, e.toString());
      }
      try {
        producer.close(Duration.ofSeconds(5));
      } catch (RuntimeException e) {
        log.warn("pipeline {}: producer close: {}", name, e.toString());
      }
    }
    if (failure != null) {
      terminated.tryEmitError(failure);
    } else {
      terminated.tryEmitEmpty();
    }
  }

  private void processBatch(ConsumerRecords<byte[], byte[]> records, Transformer transformer)
      throws InterruptedException {
    Duration backoff = options.retryBackoff();
    for (int attempt = 0; ; attempt++) {
      try {
        transact(records, transformer);
        commits.increment();
        return;
      } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException
          | UnsupportedVersionException e) {
        throw e; // the producer is unusable: stop, a restart re-reads from the last commit
      } catch (RuntimeException e) {
        abort();
        ErrorKind kind = ErrorClassifier.classify(e);
        if (kind == ErrorKind.INVARIANT || attempt >= options.maxRetries()) {
          throw e;
        }
        log.warn("pipeline {}: transaction aborted ({}), retry {} of {} in {}", name, ErrorClassifier.describe(e),
            attempt + 1, options.maxRetries(), backoff);
        Thread.sleep(backoff.toMillis());
        backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0 ? Duration.ofSeconds(10)
            : backoff.multipliedBy(2);
      }
    }
  }

  private void transact(ConsumerRecords<byte[], byte[]> records, Transformer transformer) {
    producer.beginTransaction();
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      for (ProducerRecord<byte[], byte[]> output : outputsOf(record, transformer)) {
        producer.send(output);
      }
      offsets.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
    }
    producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
    producer.commitTransaction(); // flushes; a failed send fails the commit
  }

  private List<ProducerRecord<byte[], byte[]>> outputsOf(ConsumerRecord<byte[], byte[]> record,
      Transformer transformer) {
    try {
      List<ProducerRecord<byte[], byte[]>> outputs = transformer.transform(record);
      return outputs == null ? List.of() : outputs;
    } catch (RuntimeException e) {
      ErrorKind kind = ErrorClassifier.classify(e);
      if (!kind.deadLetters()) {
        throw e;
      }
      deadLettered.increment();
      log.warn("pipeline {}: dead letter {}-{}@{}: {}", name, record.topic(), record.partition(), record.offset(),
          ErrorClassifier.describe(e));
      DeadLetter letter = new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(),
          record.value(), kind.label(), ErrorClassifier.describe(e), Math.max(0L, record.timestamp()) * 1_000_000L,
          clock.nowNs());
      List<ProducerRecord<byte[], byte[]>> one = new ArrayList<>(1);
      one.add(KafkaSender.record(dlq, letter));
      return one;
    }
  }

  private void abort() {
    aborts.increment();
    try {
      producer.abortTransaction();
    } catch (RuntimeException e) {
      log.warn("pipeline {}: abort failed: {}", name, e.toString());
    }
  }

  /** Stops after the transaction in progress and closes the clients. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    Thread t = thread;
    if (t == null) {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
      producer.close(Duration.ofSeconds(5));
      terminated.tryEmitEmpty();
      return;
    }
    requestStop();
    try {
      t.join(options.closeTimeout().plusSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
