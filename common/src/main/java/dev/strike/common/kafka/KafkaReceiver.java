package dev.strike.common.kafka;

import dev.strike.common.error.ErrorKind;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
import org.reactivestreams.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * Consumes Kafka topics as a reactive pipeline, over plain kafka-clients.
 *
 * <ul>
 *   <li>One dedicated poll thread owns the {@link KafkaConsumer} (which is not thread-safe): it polls, hands records
 *       to per-partition lanes, pauses a partition whose lane has too many pending records and resumes it at half
 *       (backpressure), and commits.
 *   <li>Each assigned partition is a lane: its records reach the {@link RecordProcessor} strictly in offset order,
 *       one at a time. Lanes run in parallel on the receiver's scheduler. When a poll returns records of a single
 *       partition (the usual case at low rates, where latency matters) the poll thread runs that lane itself, saving
 *       a thread hand-off; otherwise each lane with work runs on a worker, unless
 *       {@link ReceiverOptions#lanesOnPollThread()} asks for every lane on the poll thread.
 *   <li>{@link ProcessingMode} decides whether a lane waits for a record's Mono (its outputs' acknowledgements)
 *       before the next record. Either way an offset is committed only after that record and all records before it
 *       completed (at-least-once). Commits are asynchronous every {@link ReceiverOptions#commitInterval()}, and
 *       synchronous on revocation and on close.
 *   <li>On revocation, records not yet started are dropped (their new owner re-reads them from the committed
 *       offset), records in progress are awaited, and completed offsets are committed before the partition goes:
 *       nothing is lost and nothing completed is processed twice.
 *   <li>Failures follow {@link ErrorClassifier}: decode and processing errors send the record to {@code dlq} and the
 *       lane goes on; infrastructure errors are retried with backoff before the next record starts; a broken
 *       invariant, exhausted retries or a failed dead letter stop the receiver, and the Mono of {@link #run} fails
 *       with that error.
 * </ul>
 *
 * <p>Processors must not block: in the single-partition case they run on the poll thread.
 *
 * <p>Lifecycle: {@link #run} starts it once; {@link #close()} stops consuming, waits for records in progress,
 * commits and closes the consumer. Thread-safe to close from any thread.
 */
public final class KafkaReceiver implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(KafkaReceiver.class);
  private static final long LAG_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private final ReceiverOptions options;
  private final KafkaFlow flow;
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
  private long lastLagNanos = System.nanoTime() - LAG_INTERVAL_NANOS;

  /**
   * A receiver for {@code options.topics()}.
   *
   * @param deadLetters where records that fail to decode or process go
   * @param meters receives the receiver's metrics, tagged with its group
   */
  public KafkaReceiver(ReceiverOptions options, DeadLetters deadLetters, MeterRegistry meters) {
    this(options, deadLetters, meters, KafkaFlow.NONE);
  }

  /**
   * A receiver for {@code options.topics()} that notes its subscription and every completed offset in {@code flow}.
   *
   * @param deadLetters where records that fail to decode or process go
   * @param meters receives the receiver's metrics, tagged with its group
   */
  public KafkaReceiver(ReceiverOptions options, DeadLetters deadLetters, MeterRegistry meters, KafkaFlow flow) {
    this.flow = Objects.requireNonNull(flow, "flow");
    this.options = Objects.requireNonNull(options, "options");
    this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
    this.name = options.groupId();
    this.metrics = new ReceiverMetrics(meters, name);
    // a dead-letter count of 0 is a fact worth showing: expose the counters before the first failure
    for (String topic : options.topics()) {
      deadLetters.expect(topic, ErrorKind.DECODE);
      deadLetters.expect(topic, ErrorKind.PROCESSING);
    }
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
      flow.onSubscribed(name, options.topics());
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
        measureLag();
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
    if (records.isEmpty()) {
      return;
    }
    if (options.lanesOnPollThread() && records.partitions().size() > 1) {
      dispatchMerged(records);
      return;
    }
    boolean inline = records.partitions().size() == 1;
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
      if (inline) {
        lane.drainHere();
      } else {
        lane.drainLater();
      }
    }
  }

  /**
   * Processes a poll's partitions on the poll thread as one stream: each partition in offset order, and across
   * partitions by record timestamp, then by the order of {@link ReceiverOptions#topics()} (then by partition), so
   * that what was produced first is processed first as far as the timestamps tell: after a start, a market's
   * metadata produced before a signal about it is handled before the signal, whatever order the fetch returned them
   * in.
   */
  private void dispatchMerged(ConsumerRecords<byte[], byte[]> records) {
    java.util.PriorityQueue<Cursor> heads = new java.util.PriorityQueue<>();
    for (TopicPartition tp : records.partitions()) {
      List<ConsumerRecord<byte[], byte[]>> batch = records.records(tp);
      Lane lane = lanes.get(tp);
      if (lane == null) {
        throw new IllegalStateException("records for unassigned partition " + tp);
      }
      metrics.received(tp.topic(), batch.size());
      int topicRank = options.topics().indexOf(tp.topic());
      heads.add(new Cursor(lane, batch, topicRank < 0 ? Integer.MAX_VALUE : topicRank));
    }
    while (!heads.isEmpty()) {
      Cursor head = heads.poll();
      head.lane.offer(head.batch.get(head.next));
      head.lane.drainHere();
      if (++head.next < head.batch.size()) {
        heads.add(head);
      }
    }
  }

  /** A partition's records of one poll, and the next one to hand over. */
  private static final class Cursor implements Comparable<Cursor> {
    final Lane lane;
    final List<ConsumerRecord<byte[], byte[]>> batch;
    final int topicRank;
    int next;

    Cursor(Lane lane, List<ConsumerRecord<byte[], byte[]>> batch, int topicRank) {
      this.lane = lane;
      this.batch = batch;
      this.topicRank = topicRank;
    }

    @Override
    public int compareTo(Cursor other) {
      int byTime = Long.compare(batch.get(next).timestamp(), other.batch.get(other.next).timestamp());
      if (byTime != 0) {
        return byTime;
      }
      int byTopic = Integer.compare(topicRank, other.topicRank);
      return byTopic != 0 ? byTopic : Integer.compare(lane.tp.partition(), other.lane.tp.partition());
    }
  }

  /**
   * Per assigned partition: the log end offset (as of the latest fetch, no remote call) minus the position, plus the
   * records polled and still in progress. Runs on the poll thread, the only thread that may touch the consumer.
   */
  private void measureLag() {
    long now = System.nanoTime();
    if (now - lastLagNanos < LAG_INTERVAL_NANOS) {
      return; // a gauge scraped every few seconds: once per poll (once per record at low rates) cost ~5 % of the thread
    }
    lastLagNanos = now;
    for (Lane lane : lanes.values()) {
      java.util.OptionalLong fetched = consumer.currentLag(lane.tp);
      if (fetched.isPresent()) {
        metrics.lag(lane.tp, fetched.getAsLong() + lane.pending.get());
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

  /** Stops the lanes of {@code partitions}: no new records start, those in progress finish, offsets commit. */
  private void release(Collection<TopicPartition> partitions, boolean commit) {
    List<Lane> leaving = new ArrayList<>();
    for (TopicPartition tp : partitions) {
      Lane lane = lanes.remove(tp);
      if (lane != null) {
        lane.revoke();
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
  }

  private void awaitIdle(List<Lane> of, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Lane lane : of) {
      while (lane.inProgress.get() > 0 && System.nanoTime() < deadline) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
      }
      if (lane.inProgress.get() > 0) {
        log.warn("receiver {}: {} record(s) of {} still in progress after {}; they may be processed again", name,
            lane.inProgress.get(), lane.tp, timeout);
      }
    }
  }

  private void shutdown() {
    List<Lane> all = new ArrayList<>(lanes.values());
    for (Lane lane : all) {
      lane.revoke();
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

  /** One record from the moment its lane started it until its Mono terminated. */
  private static final class Slot {
    final ConsumerRecord<byte[], byte[]> record;
    final long startNanos;
    boolean done; // guarded by the lane

    Slot(ConsumerRecord<byte[], byte[]> record, long startNanos) {
      this.record = record;
      this.startNanos = startNanos;
    }
  }

  /**
   * One assigned partition. Records are queued by the poll thread and started by whichever thread drains the lane
   * (the poll thread or a worker; a work-in-progress counter makes sure only one does at a time, in order). Started
   * records stay in {@code inFlight}, in offset order, until their Monos terminate; the contiguous prefix of
   * completed ones is what may be committed.
   */
  private final class Lane {
    final TopicPartition tp;
    final Queue<ConsumerRecord<byte[], byte[]>> queue = new ConcurrentLinkedQueue<>();
    final AtomicInteger wip = new AtomicInteger();
    final AtomicInteger pending = new AtomicInteger();
    final AtomicInteger inProgress = new AtomicInteger();
    final AtomicLong nextOffset = new AtomicLong(-1);
    final ArrayDeque<Slot> inFlight = new ArrayDeque<>(); // guarded by this
    final Runnable drainTask = this::drain;
    long committed = -1; // poll thread only
    volatile boolean paused;
    volatile boolean revoked; // written under the lock
    volatile boolean blocked; // a record must terminate before the next one starts

    Lane(TopicPartition tp) {
      this.tp = tp;
    }

    void offer(ConsumerRecord<byte[], byte[]> record) {
      pending.incrementAndGet();
      queue.offer(record);
    }

    /** Drains on the calling thread unless another thread is draining (then that one picks the records up). */
    void drainHere() {
      if (wip.getAndIncrement() == 0) {
        drain();
      }
    }

    /** Drains on a worker unless another thread is draining. */
    void drainLater() {
      if (wip.getAndIncrement() == 0) {
        scheduler.schedule(drainTask);
      }
    }

    void drain() {
      int missed = 1;
      for (;;) {
        while (!blocked) {
          ConsumerRecord<byte[], byte[]> record = queue.poll();
          if (record == null) {
            break;
          }
          start(record);
        }
        missed = wip.addAndGet(-missed);
        if (missed == 0) {
          return;
        }
      }
    }

    synchronized void revoke() {
      revoked = true;
    }

    private void start(ConsumerRecord<byte[], byte[]> record) {
      Slot slot = new Slot(record, System.nanoTime());
      synchronized (this) {
        if (revoked || fatal.get() != null) {
          pending.decrementAndGet(); // dropped: the partition's next owner (or the restart) reads it again
          return;
        }
        inFlight.addLast(slot);
        inProgress.incrementAndGet();
      }
      boolean waits = options.mode() == ProcessingMode.SEQUENTIAL;
      if (waits) {
        blocked = true; // before the processor runs, so that no outcome can overtake the block
      }
      RecordProcessor p = Objects.requireNonNull(processor);
      Mono<Void> outputs;
      try {
        outputs = Objects.requireNonNull(p.process(record), "the processor returned no Mono");
      } catch (Throwable t) {
        failed(slot, t, true, waits);
        return;
      }
      Completion completion = new Completion(this, slot, Completion.Role.RECORD, waits);
      outputs.subscribe(completion);
      completion.subscribeReturned = true;
    }

    /**
     * The record's Mono (or the processor call) failed.
     *
     * @param mayRetry whether the lane has not moved past the record, so that retrying keeps the partition's order
     * @param laneIsBlocked whether the lane waits for this record (and whoever settles it must unblock it)
     */
    void failed(Slot slot, Throwable error, boolean mayRetry, boolean laneIsBlocked) {
      Throwable cause = ErrorClassifier.unwrap(error);
      ErrorKind kind = ErrorClassifier.classify(cause);
      String topic = slot.record.topic();
      if (kind.deadLetters()) {
        metrics.error(kind, topic);
        deadLetters.publish(slot.record, kind, cause)
            .subscribe(new Completion(this, slot, Completion.Role.DEAD_LETTER, false));
        if (laneIsBlocked) {
          unblock(); // the dead letter is the record's outcome; its acknowledgement is tracked for the commit
        }
      } else if (kind == ErrorKind.INFRASTRUCTURE && mayRetry) {
        retry(slot, cause, laneIsBlocked); // each failure that is retried is counted by the retry policy
      } else {
        metrics.error(kind, topic);
        blocked = true; // nothing after this record may start: the receiver stops
        inProgress.decrementAndGet(); // terminated without completing: the commit stops before it
        fail(cause);
      }
    }

    /** Retries the record with backoff while the lane waits, so the partition's order holds. */
    private void retry(Slot slot, Throwable firstFailure, boolean laneIsBlocked) {
      if (!laneIsBlocked) {
        blocked = true;
      }
      AtomicBoolean replayed = new AtomicBoolean();
      RecordProcessor p = Objects.requireNonNull(processor);
      Mono<Void> attempts = Mono.defer(() -> replayed.getAndSet(true) ? p.process(slot.record)
              : Mono.<Void>error(firstFailure))
          .retryWhen(retryPolicy(slot.record))
          .onErrorResume(error -> {
            Throwable cause = ErrorClassifier.unwrap(error);
            ErrorKind kind = ErrorClassifier.classify(cause);
            if (kind.deadLetters()) {
              metrics.error(kind, slot.record.topic());
              return deadLetters.publish(slot.record, kind, cause);
            }
            return Mono.error(cause);
          });
      attempts.subscribe(new Completion(this, slot, Completion.Role.RETRY, true));
    }

    /** Marks {@code slot} completed and moves the committable offset over the completed prefix. */
    void completed(Slot slot) {
      long next = -1;
      int released = 0;
      synchronized (this) {
        slot.done = true;
        while (!inFlight.isEmpty() && inFlight.peekFirst().done) {
          Slot head = inFlight.pollFirst();
          next = head.record.offset() + 1;
          released++;
          metrics.processed(head.record.topic(), System.nanoTime() - head.startNanos);
        }
      }
      inProgress.decrementAndGet();
      if (next >= 0) {
        nextOffset.set(next);
        flow.onCompleted(name, tp, next);
      }
      int left = pending.addAndGet(-released);
      if (paused && left <= options.maxPendingPerPartition() / 2 && wakeupPending.compareAndSet(false, true)) {
        consumer.wakeup();
      }
    }

    void unblock() {
      blocked = false;
      drainLater();
    }
  }

  /**
   * Subscribes to the Mono that settles one record: the processor's outputs, the record's dead letter, or its
   * retries. Terminates once; if the lane waits for it, its termination unblocks the lane (a failure hands the block
   * on to the dead letter or the retry).
   */
  private final class Completion implements CoreSubscriber<Void> {
    enum Role {
      RECORD,
      DEAD_LETTER,
      RETRY
    }

    final Lane lane;
    final Slot slot;
    final Role role;
    final boolean laneWaits;
    final AtomicBoolean terminated = new AtomicBoolean();
    volatile boolean subscribeReturned;

    Completion(Lane lane, Slot slot, Role role, boolean laneWaits) {
      this.lane = lane;
      this.slot = slot;
      this.role = role;
      this.laneWaits = laneWaits;
    }

    @Override
    public void onSubscribe(Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(Void value) {
      // a Mono<Void> emits no value
    }

    @Override
    public void onError(Throwable error) {
      if (!terminated.compareAndSet(false, true)) {
        return;
      }
      if (role == Role.RECORD) {
        lane.failed(slot, error, laneWaits || !subscribeReturned, laneWaits);
      } else {
        // a dead letter that could not be written, or retries exhausted: stop
        metrics.error(ErrorClassifier.classify(error), slot.record.topic());
        lane.blocked = true;
        lane.inProgress.decrementAndGet();
        fail(error);
      }
    }

    @Override
    public void onComplete() {
      if (!terminated.compareAndSet(false, true)) {
        return;
      }
      lane.completed(slot);
      if (laneWaits) {
        lane.unblock();
      }
    }
  }

  /** Runs on the poll thread, inside {@code poll}. */
  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      for (TopicPartition tp : partitions) {
        lanes.computeIfAbsent(tp, Lane::new);
        metrics.track(tp);
        Long start = options.startOffsets().get(tp.topic() + "-" + tp.partition());
        if (start != null) {
          consumer.seek(tp, start);
          log.info("receiver {}: {} starts at offset {} (restored state)", name, tp, start);
        }
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
      partitions.forEach(metrics::untrack);
      release(partitions, true);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      log.warn("receiver {}: lost {} (their records will be processed again by the new owner)", name, partitions);
      partitions.forEach(metrics::untrack);
      release(partitions, false);
    }
  }
}
