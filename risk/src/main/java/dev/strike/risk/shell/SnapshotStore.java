package dev.strike.risk.shell;

import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.id.AccountId;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.topic.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the latest {@link PortfolioSnapshot} of an account back from the compacted {@code portfolio} topic at start:
 * every partition from the beginning to its end offset as of the call, last value of the account's key wins. A
 * snapshot that cannot be decoded is an error (the service must not start from a state it cannot read).
 */
final class SnapshotStore {
  private static final Logger log = LoggerFactory.getLogger(SnapshotStore.class);

  private SnapshotStore() {}

  /** The latest snapshot of {@code account}, or empty when it never wrote one. */
  static Optional<PortfolioSnapshot> latest(ServiceContext context, AccountId account, Duration timeout) {
    Topic<PortfolioSnapshot> topic = context.topics().portfolio();
    Map<String, Object> props = new HashMap<>(context.clientProperties());
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, context.bootstrapServers());
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, context.groupId("risk") + ".snapshot-reader");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.remove(ConsumerConfig.GROUP_ID_CONFIG);
    byte[] key = account.value().getBytes(StandardCharsets.UTF_8);
    long deadline = System.nanoTime() + timeout.toNanos();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic.name(), timeout);
      List<TopicPartition> partitions = new ArrayList<>();
      for (PartitionInfo info : infos) {
        partitions.add(new TopicPartition(info.topic(), info.partition()));
      }
      if (partitions.isEmpty()) {
        return Optional.empty();
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
      byte[] latest = null;
      while (!reachedEnd(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic.name() + " to its end within " + timeout);
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.key() != null && java.util.Arrays.equals(record.key(), key)) {
            latest = record.value(); // a tombstone (null) forgets the account
          }
        }
      }
      if (latest == null) {
        return Optional.empty();
      }
      PortfolioSnapshot snapshot = topic.codec().decode(latest);
      log.info("risk: restoring account {} from its snapshot at {} ({} positions, {} open orders, inputs {})",
          account.value(), snapshot.tsEvent(), snapshot.positions().size(), snapshot.openOrders().size(),
          snapshot.inputOffsets());
      return Optional.of(snapshot);
    }
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
