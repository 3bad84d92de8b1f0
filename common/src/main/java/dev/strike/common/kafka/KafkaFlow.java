package dev.strike.common.kafka;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * What the senders of one process wrote and how far its receivers completed, for a replay that runs in lockstep
 * with the services of the same process ({@code strike run --replay … --replay-speed lockstep}).
 *
 * <p>A {@link KafkaReceiver} completes a record only after the records its handler produced are acknowledged, and
 * a {@link KafkaSender} notes an acknowledged record here before it reports the acknowledgement. So once every
 * receiving group has completed every offset written to the partitions of its topics, nothing the process wrote is
 * still on its way: the whole cascade an input set off (signals, decisions, orders, fills) has been processed. A
 * replay that waits for that after each record feeds the services their inputs one at a time, in the order the
 * in-process backtest reads them.
 *
 * <p>Counts only what this process writes: records written by other processes are not waited for. Thread-safe;
 * {@link #NONE} ignores everything at the cost of one field read.
 */
public final class KafkaFlow {
  /** Tracks nothing: for every process that does not replay in lockstep. */
  public static final KafkaFlow NONE = new KafkaFlow(false);

  private final boolean enabled;
  /** Per partition, the offset after the last acknowledged record written by this process. */
  private final Map<TopicPartition, Long> written = new ConcurrentHashMap<>();
  /** Per receiving group, its topics. */
  private final Map<String, Set<String>> subscriptions = new ConcurrentHashMap<>();
  /** Per receiving group and partition, the offset after the last completed record. */
  private final Map<String, Map<TopicPartition, Long>> completed = new ConcurrentHashMap<>();

  private KafkaFlow(boolean enabled) {
    this.enabled = enabled;
  }

  /** A flow that tracks. */
  public static KafkaFlow tracking() {
    return new KafkaFlow(true);
  }

  /** Whether this flow tracks anything. */
  public boolean enabled() {
    return enabled;
  }

  /** Notes an acknowledged record. */
  void onWritten(RecordMetadata metadata) {
    if (enabled && metadata.hasOffset()) {
      written.merge(new TopicPartition(metadata.topic(), metadata.partition()), metadata.offset() + 1, Math::max);
    }
  }

  /** Notes that {@code group} reads {@code topics}. */
  void onSubscribed(String group, Collection<String> topics) {
    if (enabled) {
      subscriptions.put(group, Set.copyOf(topics));
      completed.computeIfAbsent(group, g -> new ConcurrentHashMap<>());
    }
  }

  /** Notes that {@code group} completed every record of {@code tp} before {@code nextOffset}. */
  void onCompleted(String group, TopicPartition tp, long nextOffset) {
    if (enabled) {
      completed.computeIfAbsent(group, g -> new ConcurrentHashMap<>()).merge(tp, nextOffset, Math::max);
    }
  }

  /**
   * What is still to be processed: per group, the partitions of its topics with records written and not completed
   * (the number of such records). Empty when everything written has been processed.
   */
  public Map<String, Map<TopicPartition, Long>> behind() {
    Map<String, Map<TopicPartition, Long>> behind = new TreeMap<>();
    for (Map.Entry<String, Set<String>> group : subscriptions.entrySet()) {
      Map<TopicPartition, Long> done = completed.getOrDefault(group.getKey(), Map.of());
      for (Map.Entry<TopicPartition, Long> w : written.entrySet()) {
        if (group.getValue().contains(w.getKey().topic())) {
          long lag = w.getValue() - done.getOrDefault(w.getKey(), 0L);
          if (lag > 0) {
            behind.computeIfAbsent(group.getKey(), g -> new TreeMap<>(
                java.util.Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition)))
                .put(w.getKey(), lag);
          }
        }
      }
    }
    return behind;
  }

  /** Whether every group has processed everything written to its topics. */
  public boolean settled() {
    for (Map.Entry<String, Set<String>> group : subscriptions.entrySet()) {
      Map<TopicPartition, Long> done = completed.getOrDefault(group.getKey(), Map.of());
      for (Map.Entry<TopicPartition, Long> w : written.entrySet()) {
        if (group.getValue().contains(w.getKey().topic()) && done.getOrDefault(w.getKey(), 0L) < w.getValue()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Waits until {@link #settled()}, spinning briefly and then parking for short moments.
   *
   * @throws IllegalStateException if it is not within {@code timeout}, naming what is behind
   */
  public void awaitSettled(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    int looks = 0;
    while (!settled()) {
      if (Thread.interrupted()) {
        throw new InterruptedException();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the services did not process what was written within " + timeout
            + ": behind " + behind());
      }
      if (++looks > 100) {
        LockSupport.parkNanos(20_000);
      } else {
        Thread.onSpinWait();
      }
    }
  }
}
