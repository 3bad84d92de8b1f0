package dev.strike.common.kafka;

import dev.strike.common.error.ErrorKind;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.concurrent.Queues;
import reactor.util.retry.Retry;

/**
 * Consumes Kafka topics as a reactive pipeline, over plain kafka-clients.
 *
 * <ul>
 *   <li>One dedicated poll thread owns the {@link KafkaConsumer} (which is not thread-safe): it polls, hands records
 *       to per-partition lanes, pauses a partition whose lane has too many pending records and resumes it at half
 *       (backpressure), and commits.
 *   <li>Each assigned partition is a lane: records are processed strictly in offset order, one at a time; lanes run
 *       in parallel on the receiver's scheduler.
 *   <li>An offset is committed only after the {@link RecordProcessor}'s Mono for that record completed, i.e. after
 *       its outputs were acknowledged (at-least-once). Commits are asynchronous every
 *       {@link ReceiverOptions#commitInterval()}, and synchronous on revocation and on close.
 *   <li>On revocation, records not yet started are dropped (their new owner re-reads them from the committed
 *       offset), the record in progress is awaited, and completed offsets are committed before the partition goes:
 *       nothing is lost and nothing completed is processed twice.
 *   <li>Failures follow {@link ErrorClassifier}: decode and processing errors send the record to {@code dlq} and the
 *       lane goes on; infrastructure errors are retried with backoff; a broken invariant, exhausted retries or a
 *       failed dead letter stop the receiver, and the Mono of {@link #run} fails with that error.
 * </ul>
 *
 * <p>Lifecycle: {@link #run} starts it once; {@link #close()} stops consuming, waits for records in progress,
 * commits and closes the consumer. Thread-safe to close from any thread.
 */
public final class KafkaReceiver implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(KafkaReceiver.class);

  private final ReceiverOptions options;
  private final DeadLetters deadLetters;
  private final ReceiverMetrics metrics;
  private final Consumer<byte[], byte[]> consumer;
  private final Scheduler scheduler;
  private final String name;

  private final AtomicBoolean started = new AtomicBoolean();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean wakeupPending = new AtomicBoolean();
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final Sinks.Empty<Void> terminated = Sinks.empty();
  private volatile boolean stopRequested;
  private volatile @Nullable Thread pollThread;
  private volatile @Nullable RecordProcessor processor;

  // Owned by the poll thread (the rebalance listener runs on it too).
  private final Map<TopicPartition, Lane> lanes = new HashMap<>();
  private long lastCommitNanos = System.nanoTime();

  /**
   * A receiver for {@code options.topics()}.
   *
   * @param deadLetters where records that fail to decode or process go
   * @param meters receives the receiver's metrics, tagged with its group
   */
  public KafkaReceiver(ReceiverOptions options, DeadLetters deadLetters, MeterRegistry meters) {
    this.options = Objects.requireNonNull(options, "options");
    this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
    this.name = options.groupId();
    this.metrics = new ReceiverMetrics(meters, name);
    this.consumer = new KafkaConsumer<>(options.properties());
    this.scheduler = Schedulers.newParallel("strike-" + name, Math.max(2, Runtime.getRuntime().availableProcessors()),
        true);
  }

  /**
   * Starts consuming, processing every record with {@code processor}. The Mono completes when the receiver is
   * closed and fails when it stopped on a fatal error. Cancelling it closes the receiver. Call once.
   */
  public Mono<Void> run(RecordProcessor processor) {
    Objects.requireNonNull(processor, "processor");
    return Mono.defer(() -> {
      if (!started.compareAndSet(false, true)) {
        return Mono.error(new IllegalStateException("receiver " + name + " was already started"));
      }
      this.processor = processor;
      Thread thread = new Thread(this::pollLoop, "strike-poll-" + name);
      thread.setDaemon(true);
      pollThread = thread;
      thread.start();
      return terminated.asMono();
    }).doOnCancel(this::requestStop);
  }

  /** Asks the poll thread to stop; returns at once. */
  public void requestStop() {
    stopRequested = true;
    consumer.wakeup();
  }

  /**
   * Stops consuming, waits (at most the close timeout) for records in progress, commits what completed and closes
   * the consumer. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    Thread thread = pollThread;
    if (thread == null) {
      consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
      terminated.tryEmitEmpty();
    } else {
      requestStop();
      try {
        thread.join(options.closeTimeout().plusSeconds(10).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) {
        log.error("receiver {}: poll thread did not stop in time", name);
      }
    }
    scheduler.dispose();
  }

  private void pollLoop() {
    Throwable failure = null;
    try {
      consumer.subscribe(options.topics(), new Rebalance());
      while (!stopRequested) {
        ConsumerRecords<byte[], byte[]> records;
        try {
          records = consumer.poll(options.pollTimeout());
        } catch (WakeupException e) {
          wakeupPending.set(false);
          flowControl();
          continue;
        }
        dispatch(records);
        flowControl();
        commitIfDue();
      }
    } catch (Throwable t) {
      failure = t;
      log.error("receiver {}: poll loop failed", name, t);
    }
    try {
      shutdown();
    } catch (Throwable t) {
      if (failure == null) {
        failure = t;
      } else {
        failure.addSuppressed(t);
      }
    }
    Throwable stoppedBy = fatal.get() != null ? fatal.get() : failure;
    if (stoppedBy != null) {
      terminated.tryEmitError(stoppedBy);
    } else {
      terminated.tryEmitEmpty();
    }
  }

  private void dispatch(ConsumerRecords<byte[], byte[]> records) {
    for (TopicPartition tp : records.partitions()) {
      List<ConsumerRecord<byte[], byte[]>> batch = records.records(tp);
      Lane lane = lanes.get(tp);
      if (lane == null) {
        // cannot happen with a subscription: records come only for assigned partitions
        throw new IllegalStateException("records for unassigned partition " + tp);
      }
      metrics.received(tp.topic(), batch.size());
      for (ConsumerRecord<byte[], byte[]> record : batch) {
        lane.offer(record);
      }
    }
  }

  private void flowControl() {
    int resumeAt = options.maxPendingPerPartition() / 2;
    List<TopicPartition> pause = new ArrayList<>();
    List<TopicPartition> resume = new ArrayList<>();
    for (Lane lane : lanes.values()) {
      int pending = lane.pending.get();
      if (!lane.paused && pending >= options.maxPendingPerPartition()) {
        lane.paused = true;
        pause.add(lane.tp);
      } else if (lane.paused && pending <= resumeAt) {
        lane.paused = false;
        resume.add(lane.tp);
      }
    }
    if (!pause.isEmpty()) {
      consumer.pause(pause);
      metrics.paused(pause.size());
      log.debug("receiver {}: paused {}", name, pause);
    }
    if (!resume.isEmpty()) {
      consumer.resume(resume);
      metrics.paused(-resume.size());
      log.debug("receiver {}: resumed {}", name, resume);
    }
  }

  private void commitIfDue() {
    long now = System.nanoTime();
    if (now - lastCommitNanos < options.commitInterval().toNanos()) {
      return;
    }
    lastCommitNanos = now;
    Map<TopicPartition, OffsetAndMetadata> offsets = completedOffsets(lanes.values());
    if (offsets.isEmpty()) {
      return;
    }
    consumer.commitAsync(offsets, (committed, error) -> {
      if (error != null) {
        metrics.commitFailed();
        log.warn("receiver {}: commit of {} failed (will retry): {}", name, committed, error.toString());
        for (TopicPartition tp : offsets.keySet()) {
          Lane lane = lanes.get(tp);
          if (lane != null) {
            lane.committed = -1;
          }
        }
      }
    });
  }

  private static Map<TopicPartition, OffsetAndMetadata> completedOffsets(Collection<Lane> of) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (Lane lane : of) {
      long next = lane.nextOffset.get();
      if (next > lane.committed) {
        offsets.put(lane.tp, new OffsetAndMetadata(next));
        lane.committed = next;
      }
    }
    return offsets;
  }

  private void commitSync(Map<TopicPartition, OffsetAndMetadata> offsets) {
    if (offsets.isEmpty()) {
      return;
    }
    for (int attempt = 1; ; attempt++) {
      try {
        consumer.commitSync(offsets, options.closeTimeout());
        return;
      } catch (WakeupException e) {
        if (attempt >= 3) {
          throw e;
        }
      }
    }
  }

  /** Stops the lanes of {@code partitions}: no new records start, the one in progress finishes, offsets commit. */
  private void release(Collection<TopicPartition> partitions, boolean commit) {
    List<Lane> leaving = new ArrayList<>();
    for (TopicPartition tp : partitions) {
      Lane lane = lanes.remove(tp);
      if (lane != null) {
        lane.revoked = true;
        leaving.add(lane);
        if (lane.paused) {
          metrics.paused(-1);
        }
      }
    }
    if (leaving.isEmpty()) {
      return;
    }
    awaitIdle(leaving, options.closeTimeout());
    if (commit) {
      try {
        commitSync(completedOffsets(leaving));
      } catch (KafkaException e) {
        metrics.commitFailed();
        log.warn("receiver {}: commit on revocation failed; the new owner re-reads from the last commit: {}", name,
            e.toString());
      }
    }
    leaving.forEach(Lane::complete);
  }

  private void awaitIdle(List<Lane> of, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Lane lane : of) {
      while (lane.current != null && System.nanoTime() < deadline) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
      }
      if (lane.current != null) {
        log.warn("receiver {}: record {}@{} still in progress after {}; it may be processed again", name, lane.tp,
            lane.current.offset(), timeout);
      }
    }
  }

  private void shutdown() {
    List<Lane> all = new ArrayList<>(lanes.values());
    for (Lane lane : all) {
      lane.revoked = true;
    }
    awaitIdle(all, options.closeTimeout());
    try {
      commitSync(completedOffsets(all));
    } catch (KafkaException e) {
      metrics.commitFailed();
      log.warn("receiver {}: final commit failed; uncommitted records will be processed again: {}", name,
          e.toString());
    }
    lanes.clear();
    all.forEach(Lane::complete);
    consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    log.info("receiver {}: stopped", name);
  }

  private void fail(Throwable error) {
    if (fatal.compareAndSet(null, error)) {
      log.error("receiver {}: stopping on {} error: {}", name, ErrorClassifier.classify(error).label(),
          ErrorClassifier.describe(error), error);
    }
    requestStop();
  }

  private Mono<Void> processOne(Lane lane, ConsumerRecord<byte[], byte[]> record) {
    return Mono.defer(() -> {
      lane.current = record;
      if (lane.revoked) {
        lane.current = null;
        lane.pending.decrementAndGet();
        return Mono.empty();
      }
      long startNanos = System.nanoTime();
      RecordProcessor p = Objects.requireNonNull(processor);
      return Mono.defer(() -> p.process(record))
          .retryWhen(retryPolicy(record))
          .onErrorResume(error -> onFailure(record, error))
          // the outputs' acknowledgements arrive on producer threads: continue on our own scheduler
          .publishOn(scheduler)
          .then(Mono.fromRunnable(() -> done(lane, record, startNanos)))
          .doOnError(error -> lane.current = null)
          .then();
    });
  }

  private Retry retryPolicy(ConsumerRecord<byte[], byte[]> record) {
    return Retry.backoff(options.maxRetries(), options.retryBackoff())
        .maxBackoff(Duration.ofSeconds(10))
        .filter(error -> ErrorClassifier.classify(error) == ErrorKind.INFRASTRUCTURE)
        .scheduler(scheduler)
        .doBeforeRetry(signal -> {
          metrics.error(ErrorKind.INFRASTRUCTURE, record.topic());
          log.warn("receiver {}: retrying {}-{}@{} after {}", name, record.topic(), record.partition(),
              record.offset(), ErrorClassifier.describe(signal.failure()));
        });
  }

  private Mono<Void> onFailure(ConsumerRecord<byte[], byte[]> record, Throwable error) {
    Throwable cause = ErrorClassifier.unwrap(error);
    ErrorKind kind = ErrorClassifier.classify(cause);
    if (!kind.deadLetters()) {
      if (kind != ErrorKind.INFRASTRUCTURE) {
        metrics.error(kind, record.topic());
      }
      return Mono.error(cause);
    }
    metrics.error(kind, record.topic());
    return deadLetters.publish(record, kind, cause);
  }

  private void done(Lane lane, ConsumerRecord<byte[], byte[]> record, long startNanos) {
    lane.nextOffset.set(record.offset() + 1);
    lane.current = null;
    int left = lane.pending.decrementAndGet();
    metrics.processed(record.topic(), System.nanoTime() - startNanos);
    if (lane.paused && left <= options.maxPendingPerPartition() / 2 && wakeupPending.compareAndSet(false, true)) {
      consumer.wakeup();
    }
  }

  /** One assigned partition: its queue of records and its progress. */
  private final class Lane {
    final TopicPartition tp;
    final Sinks.Many<ConsumerRecord<byte[], byte[]>> sink =
        Sinks.many().unicast().onBackpressureBuffer(Queues.<ConsumerRecord<byte[], byte[]>>unbounded().get());
    final AtomicInteger pending = new AtomicInteger();
    final AtomicLong nextOffset = new AtomicLong(-1);
    long committed = -1; // poll thread only
    volatile boolean paused;
    volatile boolean revoked;
    volatile @Nullable ConsumerRecord<byte[], byte[]> current;

    Lane(TopicPartition tp) {
      this.tp = tp;
      sink.asFlux()
          .publishOn(scheduler)
          .concatMap(record -> processOne(this, record))
          .subscribe(ignored -> { }, KafkaReceiver.this::fail);
    }

    void offer(ConsumerRecord<byte[], byte[]> record) {
      pending.incrementAndGet();
      sink.emitNext(record, Sinks.EmitFailureHandler.FAIL_FAST);
    }

    /** No more records: the lane's pipeline skips what is queued (it is revoked) and completes. */
    void complete() {
      sink.tryEmitComplete();
    }
  }

  /** Runs on the poll thread, inside {@code poll}. */
  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      for (TopicPartition tp : partitions) {
        lanes.computeIfAbsent(tp, Lane::new);
      }
      if (!partitions.isEmpty()) {
        log.info("receiver {}: assigned {}", name, partitions);
      }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      if (!partitions.isEmpty()) {
        log.info("receiver {}: revoked {}", name, partitions);
      }
      release(partitions, true);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      log.warn("receiver {}: lost {} (their records will be processed again by the new owner)", name, partitions);
      release(partitions, false);
    }
  }
}
