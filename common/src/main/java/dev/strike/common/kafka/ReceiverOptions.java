package dev.strike.common.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Settings of a {@link KafkaReceiver}.
 *
 * @param topics full topic names to subscribe to
 * @param maxPendingPerPartition records received but not yet processed above which a partition is paused; it
 *     resumes at half
 * @param pollTimeout longest a poll blocks when nothing arrives (also bounds how late a due commit is)
 * @param commitInterval how often completed offsets are committed
 * @param closeTimeout how long close waits for records in progress
 * @param maxRetries retries of a record whose processing failed for an infrastructure reason, before the receiver
 *     stops
 * @param retryBackoff first retry delay (doubling, with jitter)
 * @param mode whether a lane waits for a record's outputs before the next record
 * @param properties consumer properties (copied)
 * @param startOffsets per {@code topic-partition} (e.g. {@code strike.trades-3}), the offset to start from when the
 *     partition is assigned, whatever the group committed: a service that restores its state from a snapshot starts
 *     each input where the snapshot ends (empty: the committed offsets)
 * @param lanesOnPollThread whether the poll thread processes every partition's records itself, also when a poll
 *     returns several partitions (for processors that run one step at a time anyway, e.g. in a {@link SerialSection}:
 *     a hand-off to a worker would only add a wake-up per record), instead of handing each partition to a worker;
 *     the partitions of one poll are then merged by record timestamp, equal timestamps in the order of {@code topics}
 */
public record ReceiverOptions(
    List<String> topics,
    int maxPendingPerPartition,
    Duration pollTimeout,
    Duration commitInterval,
    Duration closeTimeout,
    int maxRetries,
    Duration retryBackoff,
    ProcessingMode mode,
    Map<String, Object> properties,
    Map<String, Long> startOffsets,
    boolean lanesOnPollThread) {

  /** Options that start from the committed offsets. */
  public ReceiverOptions(List<String> topics, int maxPendingPerPartition, Duration pollTimeout,
      Duration commitInterval, Duration closeTimeout, int maxRetries, Duration retryBackoff, ProcessingMode mode,
      Map<String, Object> properties) {
    this(topics, maxPendingPerPartition, pollTimeout, commitInterval, closeTimeout, maxRetries, retryBackoff, mode,
        properties, Map.of(), false);
  }

  /** Validates and copies. */
  public ReceiverOptions {
    topics = List.copyOf(topics);
    if (topics.isEmpty()) {
      throw new IllegalArgumentException("a receiver needs at least one topic");
    }
    if (maxPendingPerPartition < 2) {
      throw new IllegalArgumentException("maxPendingPerPartition must be at least 2, got " + maxPendingPerPartition);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must not be negative");
    }
    if (mode == null) {
      throw new IllegalArgumentException("a receiver needs a processing mode");
    }
    properties = Map.copyOf(properties);
    startOffsets = Map.copyOf(startOffsets);
    if (!properties.containsKey(ConsumerConfig.GROUP_ID_CONFIG)) {
      throw new IllegalArgumentException("a receiver needs a group.id");
    }
  }

  /**
   * Defaults for a service: read committed data from the earliest offset when the group has none, pipelined
   * processing, commit every 100 ms, pause a partition at 1,024 pending records, retry infrastructure failures 5
   * times from 100 ms.
   */
  public static ReceiverOptions of(String bootstrapServers, String groupId, List<String> topics) {
    Map<String, Object> p = new HashMap<>();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, groupId);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, CooperativeStickyAssignor.class.getName());
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
    return new ReceiverOptions(topics, 1_024, Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(10),
        5, Duration.ofMillis(100), ProcessingMode.PIPELINED, p);
  }

  /** The consumer group. */
  public String groupId() {
    return (String) properties.get(ConsumerConfig.GROUP_ID_CONFIG);
  }

  /** The same options with consumer property {@code key} set to {@code value}. */
  public ReceiverOptions with(String key, Object value) {
    Map<String, Object> p = new HashMap<>(properties);
    p.put(key, value);
    return new ReceiverOptions(topics, maxPendingPerPartition, pollTimeout, commitInterval, closeTimeout, maxRetries,
        retryBackoff, mode, p, startOffsets, lanesOnPollThread);
  }

  /** The same options with every entry of {@code extra} set. */
  public ReceiverOptions withAll(Map<String, ?> extra) {
    Map<String, Object> p = new HashMap<>(properties);
    p.putAll(extra);
    return new ReceiverOptions(topics, maxPendingPerPartition, pollTimeout, commitInterval, closeTimeout, maxRetries,
        retryBackoff, mode, p, startOffsets, lanesOnPollThread);
  }

  /** The same options with another pause threshold. */
  public ReceiverOptions withMaxPendingPerPartition(int max) {
    return new ReceiverOptions(topics, max, pollTimeout, commitInterval, closeTimeout, maxRetries, retryBackoff,
        mode, properties, startOffsets, lanesOnPollThread);
  }

  /** The same options with another commit interval. */
  public ReceiverOptions withCommitInterval(Duration interval) {
    return new ReceiverOptions(topics, maxPendingPerPartition, pollTimeout, interval, closeTimeout, maxRetries,
        retryBackoff, mode, properties, startOffsets, lanesOnPollThread);
  }

  /** The same options with another retry policy. */
  public ReceiverOptions withRetries(int retries, Duration backoff) {
    return new ReceiverOptions(topics, maxPendingPerPartition, pollTimeout, commitInterval, closeTimeout, retries,
        backoff, mode, properties, startOffsets, lanesOnPollThread);
  }

  /** The same options with another processing mode. */
  public ReceiverOptions withMode(ProcessingMode processingMode) {
    return new ReceiverOptions(topics, maxPendingPerPartition, pollTimeout, commitInterval, closeTimeout, maxRetries,
        retryBackoff, processingMode, properties, startOffsets, lanesOnPollThread);
  }

  /** The same options starting each listed {@code topic-partition} at the given offset when assigned. */
  public ReceiverOptions withStartOffsets(Map<String, Long> offsets) {
    return new ReceiverOptions(topics, maxPendingPerPartition, pollTimeout, commitInterval, closeTimeout, maxRetries,
        retryBackoff, mode, properties, offsets, lanesOnPollThread);
  }

  /** The same options with every partition's records processed on the poll thread ({@code lanesOnPollThread}). */
  public ReceiverOptions withLanesOnPollThread() {
    return new ReceiverOptions(topics, maxPendingPerPartition, pollTimeout, commitInterval, closeTimeout, maxRetries,
        retryBackoff, mode, properties, startOffsets, true);
  }
}
