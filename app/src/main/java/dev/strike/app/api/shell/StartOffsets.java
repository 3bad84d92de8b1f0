package dev.strike.app.api.shell;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Where the API starts reading each input partition, whatever its group committed: the API keeps its view in memory
 * only, so every start rebuilds it the same way (restart is the same path as start). Whole topics for what the
 * figures fold (trades, settlements, portfolio snapshots, control), the last {@code tail} records for the recent
 * lists (signals, order events, alerts), and the end for the feeds whose arrival times only matter from now on.
 */
final class StartOffsets {
  private StartOffsets() {}

  /** How to start one topic. */
  enum From { BEGINNING, TAIL, END }

  /** Per {@code topic-partition}, the offset to start at. */
  static Map<String, Long> of(String bootstrapServers, Map<String, String> clientProperties, Map<String, From> topics,
      long tail) {
    Map<String, Object> p = new HashMap<>(clientProperties);
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "strike-api-offsets");
    Map<String, Long> out = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics.keySet()) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        if (infos == null) {
          continue;
        }
        infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
      }
      consumer.assign(partitions); // assigned, so the end offsets (last stable offsets) are tracked quietly
      Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, Duration.ofSeconds(30));
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
      for (TopicPartition partition : partitions) {
        long first = begin.get(partition);
        long last = end.get(partition);
        long start = switch (topics.get(partition.topic())) {
          case BEGINNING -> first;
          case TAIL -> Math.max(first, last - tail);
          case END -> last;
        };
        out.put(partition.topic() + "-" + partition.partition(), start);
      }
    }
    return out;
  }
}
