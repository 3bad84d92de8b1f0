package dev.strike.app.dataio.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what goes into one export file, for its manifest entry: records per partition with their offset range, the
 * timestamp range, and the value types. Records must be added in file order (partition, then offset). Not
 * thread-safe.
 */
public final class TopicTally {
  /** The value-type name of a tombstone. */
  public static final String TOMBSTONE = "(tombstone)";
  /** The value-type name of a value that is not a Strike event. */
  public static final String NOT_AN_EVENT = "(not an event)";

  private final String topic;
  private final Map<Integer, long[]> partitions = new TreeMap<>(); // records, first offset, last offset
  private final Map<String, Long> types = new TreeMap<>();
  private long records;
  private long firstTimestamp = Long.MAX_VALUE;
  private long lastTimestamp = Long.MIN_VALUE;

  /** A tally for the base topic {@code topic}. */
  public TopicTally(String topic) {
    this.topic = topic;
  }

  /** Counts one record. */
  public void add(ExportedRecord record) {
    records++;
    long[] range = partitions.computeIfAbsent(record.partition(), p -> new long[] {0, record.offset(), 0});
    range[0]++;
    range[2] = record.offset();
    firstTimestamp = Math.min(firstTimestamp, record.timestampMs());
    lastTimestamp = Math.max(lastTimestamp, record.timestampMs());
    byte[] value = record.value();
    String type;
    if (value == null) {
      type = TOMBSTONE + "\u0000" + 0;
    } else {
      ExportLines.TypeAndVersion tv = ExportLines.typeOf(value);
      type = tv == null ? NOT_AN_EVENT + "\u0000" + 0 : tv.type() + "\u0000" + tv.schemaVersion();
    }
    types.merge(type, 1L, Long::sum);
  }

  /** How many records were counted. */
  public long records() {
    return records;
  }

  /** The manifest entry, given the file's name, the topic's partition count and the file's SHA-256. */
  public ExportManifest.TopicEntry entry(String file, int partitionCount, String sha256) {
    List<ExportManifest.PartitionRange> ranges = new ArrayList<>();
    partitions.forEach((p, r) -> ranges.add(new ExportManifest.PartitionRange(p, r[0], r[1], r[2])));
    List<ExportManifest.ValueType> valueTypes = new ArrayList<>();
    types.forEach((k, n) -> {
      int cut = k.indexOf('\u0000');
      valueTypes.add(new ExportManifest.ValueType(k.substring(0, cut), Integer.parseInt(k.substring(cut + 1)), n));
    });
    return new ExportManifest.TopicEntry(topic, file, partitionCount, records,
        records == 0 ? null : firstTimestamp, records == 0 ? null : lastTimestamp, sha256, ranges, valueTypes);
  }
}
