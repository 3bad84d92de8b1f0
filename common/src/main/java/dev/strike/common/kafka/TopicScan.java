package dev.strike.common.kafka;

import dev.strike.common.event.StrikeEvent;
import dev.strike.common.topic.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic once from the beginning to the end offsets it has when the scan starts, without a consumer group: how
 * a service reads back its own state at start (the latest snapshot, the orders it already placed). Every partition
 * is read in offset order; partitions one after another. Blocking: call it before the service consumes, not on an
 * event loop.
 */
public final class TopicScan {
  private TopicScan() {}

  /**
   * Hands every record of {@code topic} to {@code onRecord} as its raw key and value bytes (a tombstone has a null
   * value).
   *
   * @param clientProperties extra consumer properties (security, …); group settings are ignored
   * @throws IllegalStateException if the end is not reached within {@code timeout}
   */
  public static void scan(String bootstrapServers, Map<String, ?> clientProperties, Topic<?> topic, Duration timeout,
      BiConsumer<byte[], byte[]> onRecord) {
    Map<String, Object> props = new HashMap<>(clientProperties);
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "strike-scan-" + topic.name());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo info : consumer.partitionsFor(topic.name(), timeout)) {
        partitions.add(new TopicPartition(info.topic(), info.partition()));
      }
      if (partitions.isEmpty()) {
        return;
      }
      partitions.sort(java.util.Comparator.comparingInt(TopicPartition::partition));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      while (!reachedEnd(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic.name() + " to its end within " + timeout);
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
            onRecord.accept(record.key(), record.value());
          }
        }
      }
    }
  }

  /** Every value of {@code topic} decoded with its codec, tombstones skipped. */
  public static <V extends StrikeEvent> List<V> values(String bootstrapServers, Map<String, ?> clientProperties,
      Topic<V> topic, Duration timeout) {
    List<V> values = new ArrayList<>();
    scan(bootstrapServers, clientProperties, topic, timeout, (key, value) -> {
      if (value != null) {
        values.add(topic.codec().decode(value));
      }
    });
    return values;
  }

  private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }
}
