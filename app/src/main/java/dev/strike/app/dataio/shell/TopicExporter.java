package dev.strike.app.dataio.shell;

import dev.strike.app.dataio.core.ExportLines;
import dev.strike.app.dataio.core.ExportManifest;
import dev.strike.app.dataio.core.ExportedRecord;
import dev.strike.app.dataio.core.TimeRange;
import dev.strike.app.dataio.core.TopicTally;
import dev.strike.common.topic.Topic;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Writes topics of a namespace to an export directory (docs/dataio.md): for each topic, every partition in order,
 * each from its first record in range to the end offset taken when the export starts, as one line per record in
 * {@code <topic>.jsonl.gz}; then {@code manifest.json}, last, so its presence marks a complete export. With a lower
 * time bound the start of each partition is found with {@code offsetsForTimes}; because record timestamps need not
 * grow with offsets, every record up to the end offset is still checked against the range, so the export holds
 * exactly the records in range. Reads {@code read_committed} without a consumer group (nothing is committed).
 */
public final class TopicExporter implements AutoCloseable {
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Duration timeout;

  /**
   * An exporter reading from {@code bootstrapServers}.
   *
   * @param clientProperties extra consumer properties (the configuration's {@code kafka.clientProperties})
   */
  public TopicExporter(String bootstrapServers, Map<String, String> clientProperties, Duration timeout) {
    Map<String, Object> p = new HashMap<>(clientProperties);
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "strike-export");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
    // partitions are read one after another to their known end: a fetch that waits for new data only delays the
    // next partition
    p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    this.consumer = new KafkaConsumer<>(p);
    this.timeout = timeout;
  }

  /**
   * Exports {@code topics} (in this order) within {@code range} into {@code dir}, which must exist.
   *
   * @return the manifest written
   * @throws IllegalStateException if a topic does not exist or Kafka does not answer
   * @throws IOException if a file cannot be written
   */
  public ExportManifest export(List<Topic<?>> topics, TimeRange range, Path dir) throws IOException {
    List<ExportManifest.TopicEntry> entries = new ArrayList<>();
    for (Topic<?> topic : topics) {
      entries.add(exportTopic(topic, range, dir));
    }
    ExportManifest manifest = new ExportManifest(ExportManifest.FORMAT, ExportManifest.VERSION,
        range.from() == null ? null : range.from().toString(), range.to() == null ? null : range.to().toString(),
        entries);
    Files.write(dir.resolve(ExportManifest.FILE), manifest.toJson());
    return manifest;
  }

  private ExportManifest.TopicEntry exportTopic(Topic<?> topic, TimeRange range, Path dir) throws IOException {
    List<PartitionInfo> infos = consumer.partitionsFor(topic.name(), timeout);
    if (infos == null || infos.isEmpty()) {
      throw new IllegalStateException("topic " + topic.name() + " does not exist");
    }
    List<TopicPartition> partitions = new ArrayList<>();
    infos.stream().sorted(Comparator.comparingInt(PartitionInfo::partition))
        .forEach(i -> partitions.add(new TopicPartition(topic.name(), i.partition())));
    // assign every partition first: offset look-ups for unassigned partitions make the consumer log warnings
    consumer.assign(partitions);
    consumer.pause(partitions);
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
    partitions.forEach(tp -> consumer.seek(tp, starts.get(tp)));

    String file = topic.baseName() + ".jsonl.gz";
    TopicTally tally = new TopicTally(topic.baseName());
    MessageDigest sha = sha256();
    try (OutputStream out = new StableGzipOutputStream(new DigestOutputStream(
        new BufferedOutputStream(Files.newOutputStream(dir.resolve(file)), 64 * 1024), sha))) {
      for (TopicPartition tp : partitions) {
        long end = ends.get(tp);
        long start = starts.get(tp);
        if (start >= end) {
          continue;
        }
        consumer.resume(List.of(tp));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (consumer.position(tp, timeout) < end) {
          var records = consumer.poll(Duration.ofMillis(200));
          if (records.isEmpty() && System.nanoTime() > deadline) {
            throw new IllegalStateException("no records from " + tp + " within " + timeout + " (at offset "
                + consumer.position(tp, timeout) + ", end " + end + ")");
          }
          for (ConsumerRecord<byte[], byte[]> record : records.records(tp)) {
            if (record.offset() >= end) {
              break;
            }
            deadline = System.nanoTime() + timeout.toNanos();
            if (!range.contains(record.timestamp())) {
              continue;
            }
            ExportedRecord exported = new ExportedRecord(topic.baseName(), record.partition(), record.offset(),
                record.timestamp(), headers(record), record.key(), record.value());
            out.write(ExportLines.encode(exported));
            tally.add(exported);
          }
        }
        consumer.pause(List.of(tp));
      }
    } finally {
      consumer.unsubscribe();
    }
    return tally.entry(file, partitions.size(), HexFormat.of().formatHex(sha.digest()));
  }

  private static List<ExportedRecord.Header> headers(ConsumerRecord<byte[], byte[]> record) {
    List<ExportedRecord.Header> headers = new ArrayList<>();
    for (Header header : record.headers()) {
      headers.add(new ExportedRecord.Header(header.key(), header.value()));
    }
    return headers;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  @Override
  public void close() {
    consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
  }
}
