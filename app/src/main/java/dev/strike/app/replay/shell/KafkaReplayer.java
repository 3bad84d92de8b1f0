package dev.strike.app.replay.shell;

import dev.strike.app.dataio.core.TimeRange;
import dev.strike.app.replay.core.PacingPlan;
import dev.strike.app.replay.core.ReplayMerge;
import dev.strike.app.replay.core.ReplayRecord;
import dev.strike.app.replay.core.ReplayReport;
import dev.strike.app.replay.core.ReplaySpeed;
import dev.strike.app.replay.core.ReplayTopic;
import dev.strike.app.replay.core.SourcePartition;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.json.DecodeException;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jspecify.annotations.Nullable;

/**
 * Republishes the recorded market data of one namespace ({@code md.markets}, {@code md.book}, {@code md.trades},
 * {@code md.spot}) into another, merged across topics and partitions by {@link ReplayMerge} and paced by
 * {@link PacingPlan}. Reads every source partition from its first record in the time range to the end offset it has
 * when the replay starts ({@code read_committed}, no consumer group); keeps each record's key, value bytes and headers,
 * and its partition number when the target topic has as many partitions as the source (else the key places it); the
 * record timestamp is the time of the replay ({@code tsEvent} inside the value is unchanged). The time range selects
 * by record timestamp, as {@code strike export} does.
 *
 * <p>Time comes from the injected clock and sleeper. One replay at a time; not thread-safe.
 */
public final class KafkaReplayer implements AutoCloseable {
  /** Records buffered per partition above which the partition is paused. */
  private static final int HIGH_WATER = 2_000;

  private final KafkaConsumer<byte[], byte[]> consumer;
  private final KafkaSender sender;
  private final Duration timeout;
  private final LongSupplier nanoClock;
  private final Sleeper sleeper;

  /** Listens to a replay's progress; called on the replaying thread. */
  @FunctionalInterface
  public interface Progress {
    /** Ignores progress. */
    Progress NONE = (events, tsEventNs, elapsedNanos) -> { };

    /** {@code events} published so far, the last one's {@code tsEvent} (epoch ns), wall ns since the first. */
    void onProgress(long events, long tsEventNs, long elapsedNanos);
  }

  /**
   * A replayer reading from {@code bootstrapServers} and publishing with {@code sender} (which the caller owns; use
   * {@code SenderOptions.bulk} for {@code max}).
   *
   * @param clientProperties extra consumer properties (the configuration's {@code kafka.clientProperties})
   * @param timeout longest wait for Kafka metadata, or for records that the end offsets promise
   * @param nanoClock a monotonic clock in ns ({@code System::nanoTime})
   * @param sleeper waits for the pacing
   */
  public KafkaReplayer(String bootstrapServers, Map<String, String> clientProperties, KafkaSender sender,
      Duration timeout, LongSupplier nanoClock, Sleeper sleeper) {
    Map<String, Object> p = new HashMap<>(clientProperties);
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "strike-replay");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
    p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2_000);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.remove(ConsumerConfig.GROUP_ID_CONFIG);
    this.consumer = new KafkaConsumer<>(p);
    this.sender = Objects.requireNonNull(sender, "sender");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  /**
   * Replays the market data of {@code from} within {@code range} into {@code to}, whose topics must exist.
   *
   * @param barrier called at every switch between market definitions and other market data, once what was
   *     published before is acknowledged
   * @param progress told about progress about once per {@code progressEvery}
   * @return what was replayed, once every record is acknowledged
   * @throws IllegalStateException if Kafka does not answer, a source topic is missing, or producing fails
   */
  public ReplayReport replay(Topics from, Topics to, TimeRange range, ReplaySpeed speed, ReplayBarrier barrier,
      Progress progress, Duration progressEvery) throws InterruptedException {
    Map<TopicPartition, SourcePartition> sources = new HashMap<>();
    Map<ReplayTopic, Topic<?>> sourceTopics = new EnumMap<>(ReplayTopic.class);
    Map<ReplayTopic, String> targets = new EnumMap<>(ReplayTopic.class);
    Map<ReplayTopic, Boolean> keepPartition = new EnumMap<>(ReplayTopic.class);
    for (ReplayTopic topic : ReplayTopic.values()) {
      Topic<?> source = from.byBaseName(topic.baseName()).orElseThrow();
      Topic<?> target = to.byBaseName(topic.baseName()).orElseThrow();
      sourceTopics.put(topic, source);
      targets.put(topic, target.name());
      List<PartitionInfo> in = partitionsOf(source.name());
      List<PartitionInfo> out = partitionsOf(target.name());
      keepPartition.put(topic, in.size() == out.size());
      for (PartitionInfo info : in) {
        sources.put(new TopicPartition(source.name(), info.partition()), new SourcePartition(topic,
            info.partition()));
      }
    }
    List<TopicPartition> partitions = new ArrayList<>(sources.keySet());
    ReplayMerge merge = new ReplayMerge(sources.values());
    consumer.assign(partitions);
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
    Map<TopicPartition, Long> starts = new HashMap<>(consumer.beginningOffsets(partitions, timeout));
    Long fromMs = range.fromMs();
    if (fromMs != null) {
      Map<TopicPartition, Long> query = new HashMap<>();
      partitions.forEach(tp -> query.put(tp, fromMs));
      Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, timeout);
      for (TopicPartition tp : partitions) {
        OffsetAndTimestamp at = found.get(tp);
        starts.put(tp, at == null ? ends.get(tp) : at.offset());
      }
    }
    java.util.Set<TopicPartition> reading = new java.util.HashSet<>();
    for (TopicPartition tp : partitions) {
      consumer.seek(tp, starts.get(tp));
      if (starts.get(tp) >= ends.get(tp)) {
        merge.finish(sources.get(tp));
      } else {
        reading.add(tp);
      }
    }

    PacingPlan plan = new PacingPlan(speed);
    Publisher publisher = new Publisher(targets, keepPartition);
    long withoutEventTime = 0;
    long progressEveryNanos = progressEvery.toNanos();
    long nextProgress = 0;
    long started = 0;
    boolean lastWasMarkets = false;
    Long firstEventNs = null;
    Long lastEventNs = null;
    long lastData = nanoClock.getAsLong();
    try {
      while (!merge.isDone()) {
        ReplayRecord next;
        while ((next = merge.poll()) != null) {
          boolean isMarkets = next.topic() == ReplayTopic.MARKETS;
          if (publisher.sent() > 0 && isMarkets != lastWasMarkets) {
            publisher.awaitAcknowledged();
            barrier.awaitConsumed(targets.values());
          }
          lastWasMarkets = isMarkets;
          long wait = plan.waitNanos(next.tsEventNs(), nanoClock.getAsLong());
          if (wait > 0) {
            sleeper.sleepNanos(wait);
          }
          if (publisher.sent() == 0) {
            started = nanoClock.getAsLong();
            nextProgress = started + progressEveryNanos;
          }
          publisher.send(next);
          if (speed.lockstep()) {
            publisher.awaitAcknowledged();
            barrier.awaitConsumed(targets.values());
          }
          firstEventNs = firstEventNs == null ? next.tsEventNs() : Math.min(firstEventNs, next.tsEventNs());
          lastEventNs = lastEventNs == null ? next.tsEventNs() : Math.max(lastEventNs, next.tsEventNs());
          long now = nanoClock.getAsLong();
          if (now >= nextProgress) {
            progress.onProgress(publisher.sent(), next.tsEventNs(), now - started);
            nextProgress = now + progressEveryNanos;
          }
        }
        if (merge.isDone()) {
          break;
        }
        List<TopicPartition> resume = new ArrayList<>();
        List<TopicPartition> pause = new ArrayList<>();
        for (TopicPartition tp : partitions) {
          (!reading.contains(tp) || merge.buffered(sources.get(tp)) >= HIGH_WATER ? pause : resume).add(tp);
        }
        consumer.pause(pause);
        consumer.resume(resume);
        ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(100));
        if (!records.isEmpty()) {
          lastData = nanoClock.getAsLong();
        } else if (nanoClock.getAsLong() - lastData > timeout.toNanos()) {
          throw new IllegalStateException("no records from " + merge.starved() + " within " + timeout);
        }
        for (TopicPartition tp : records.partitions()) {
          SourcePartition source = sources.get(tp);
          long end = ends.get(tp);
          for (ConsumerRecord<byte[], byte[]> record : records.records(tp)) {
            if (record.offset() >= end) {
              break;
            }
            if (!range.contains(record.timestamp())) {
              continue;
            }
            Long tsEvent = tsEventOf(sourceTopics.get(source.topic()), record.value());
            if (tsEvent == null) {
              withoutEventTime++;
              tsEvent = Math.multiplyExact(record.timestamp(), 1_000_000L);
            }
            merge.offer(new ReplayRecord(source, record.offset(), tsEvent, record.key(), record.value()));
            org.apache.kafka.common.header.Header[] headers = record.headers().toArray();
            if (headers.length > 0) {
              publisher.headers.put(new Position(source, record.offset()), headers);
            }
          }
        }
        // checked for every open partition, not only those that returned records: a partition can reach its end
        // on a transaction marker or a compacted tail without returning a record
        for (java.util.Iterator<TopicPartition> it = reading.iterator(); it.hasNext(); ) {
          TopicPartition tp = it.next();
          if (consumer.position(tp, timeout) >= ends.get(tp)) {
            merge.finish(sources.get(tp));
            it.remove();
          }
        }
      }
      publisher.awaitAcknowledged();
    } finally {
      consumer.unsubscribe();
    }
    long elapsed = publisher.sent() == 0 ? 0 : nanoClock.getAsLong() - started;
    return new ReplayReport(publisher.sent(), publisher.byTopic, elapsed, firstEventNs, lastEventNs,
        withoutEventTime);
  }

  private List<PartitionInfo> partitionsOf(String topic) {
    List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
    if (infos == null || infos.isEmpty()) {
      throw new IllegalStateException("topic " + topic + " does not exist");
    }
    return infos;
  }

  /** The value's {@code tsEvent}, or null for a tombstone or bytes that do not decode. */
  private static @Nullable Long tsEventOf(Topic<?> topic, byte @Nullable [] value) {
    if (value == null) {
      return null;
    }
    try {
      StrikeEvent event = topic.codec().decode(value);
      return event.tsEvent();
    } catch (DecodeException e) {
      return null;
    }
  }

  private record Position(SourcePartition source, long offset) {}

  /** Sends asynchronously, counts acknowledgements, remembers the first failure. */
  private final class Publisher {
    final Map<ReplayTopic, String> targets;
    final Map<ReplayTopic, Boolean> keepPartition;
    final Map<ReplayTopic, Long> byTopic = new EnumMap<>(ReplayTopic.class);
    final Map<Position, org.apache.kafka.common.header.Header[]> headers = new HashMap<>();
    final AtomicLong acked = new AtomicLong();
    final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    long sent;

    Publisher(Map<ReplayTopic, String> targets, Map<ReplayTopic, Boolean> keepPartition) {
      this.targets = targets;
      this.keepPartition = keepPartition;
    }

    void send(ReplayRecord record) {
      Throwable error = failure.get();
      if (error != null) {
        throw new IllegalStateException("producing failed: " + error.getMessage(), error);
      }
      var recordHeaders = headers.remove(new Position(record.source(), record.offset()));
      Integer partition = keepPartition.get(record.topic()) ? record.source().partition() : null;
      ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(targets.get(record.topic()), partition, null,
          record.key(), record.value(), recordHeaders == null || recordHeaders.length == 0 ? null
              : java.util.Arrays.asList(recordHeaders));
      sender.send(out).subscribe(m -> acked.incrementAndGet(), e -> failure.compareAndSet(null, e));
      sent++;
      byTopic.merge(record.topic(), 1L, Long::sum);
    }

    long sent() {
      return sent;
    }

    void awaitAcknowledged() {
      sender.flush();
      Throwable error = failure.get();
      if (error != null || acked.get() != sent) {
        throw new IllegalStateException("replay failed after " + acked.get() + " of " + sent + " records"
            + (error == null ? "" : ": " + error.getMessage()), error);
      }
    }
  }

  @Override
  public void close() {
    consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
  }
}
