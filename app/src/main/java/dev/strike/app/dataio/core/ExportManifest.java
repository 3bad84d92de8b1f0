package dev.strike.app.dataio.core;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.strike.common.json.StrikeJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code manifest.json} of an export directory (docs/dataio.md): what was exported, how much, and the checksum of each
 * file. It holds nothing about where the export came from (no namespace, broker or export time), so exporting the same
 * records gives the same manifest.
 *
 * @param format always {@value #FORMAT}
 * @param formatVersion the version of the line and manifest format, {@value #VERSION}
 * @param from the inclusive lower bound on record timestamps (ISO-8601 UTC), or null for none
 * @param to the exclusive upper bound, or null for none
 * @param topics one entry per exported topic, in the order asked for
 */
public record ExportManifest(String format, int formatVersion, @Nullable String from, @Nullable String to,
    List<TopicEntry> topics) {
  /** The format name. */
  public static final String FORMAT = "strike-topic-export";
  /** The current format version. */
  public static final int VERSION = 1;
  /** The manifest's file name. */
  public static final String FILE = "manifest.json";

  private static final ObjectWriter WRITER = StrikeJson.mapper().writer(
      new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  /** Validates presence; copies the list. */
  public ExportManifest {
    Objects.requireNonNull(format, "format");
    topics = List.copyOf(topics);
  }

  /**
   * One exported topic.
   *
   * @param topic its base name
   * @param file the file name in the directory ({@code <topic>.jsonl.gz})
   * @param partitions the topic's partition count when exported
   * @param records the number of record lines in the file
   * @param firstTimestamp the smallest record timestamp (epoch ms), null when there are no records
   * @param lastTimestamp the largest record timestamp (epoch ms), null when there are no records
   * @param sha256 the SHA-256 of the file's bytes (the compressed file), lower-case hex
   * @param ranges per partition with records: count and first and last offset
   * @param valueTypes per value type and schema version: count ({@code (tombstone)} and {@code (not an event)} for
   *     values that are not Strike events)
   */
  public record TopicEntry(String topic, String file, int partitions, long records, @Nullable Long firstTimestamp,
      @Nullable Long lastTimestamp, String sha256, List<PartitionRange> ranges, List<ValueType> valueTypes) {
    /** Validates presence; copies the lists. */
    public TopicEntry {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(sha256, "sha256");
      if (partitions < 1 || records < 0) {
        throw new IllegalArgumentException("bad topic entry: " + partitions + " partitions, " + records + " records");
      }
      ranges = List.copyOf(ranges);
      valueTypes = List.copyOf(valueTypes);
    }
  }

  /**
   * The records of one partition.
   *
   * @param partition the partition
   * @param records how many
   * @param firstOffset the first one's source offset
   * @param lastOffset the last one's source offset
   */
  public record PartitionRange(int partition, long records, long firstOffset, long lastOffset) {
    /** Validates a non-empty range of non-negative offsets. */
    public PartitionRange {
      if (partition < 0 || records < 1 || firstOffset < 0 || lastOffset < firstOffset
          || lastOffset - firstOffset + 1 < records) {
        throw new IllegalArgumentException("bad partition range: partition " + partition + ", " + records
            + " records, offsets " + firstOffset + "–" + lastOffset);
      }
    }
  }

  /**
   * How many values of one type and schema version a file holds.
   *
   * @param type the {@code type} of the value
   * @param schemaVersion its {@code schemaVersion} (0 when absent)
   * @param records how many
   */
  public record ValueType(String type, int schemaVersion, long records) {
    /** Validates presence and a positive count. */
    public ValueType {
      Objects.requireNonNull(type, "type");
      if (schemaVersion < 0 || records < 1) {
        throw new IllegalArgumentException("bad value type entry: " + type + " v" + schemaVersion + " x " + records);
      }
    }
  }

  /** The manifest's bytes: indented JSON with {@code \n} line ends and a final newline; deterministic. */
  public byte[] toJson() {
    try {
      return (WRITER.writeValueAsString(this) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the manifest: " + e.getMessage(), e);
    }
  }

  /**
   * The manifest in {@code bytes}.
   *
   * @throws ExportFormatException if it is not a manifest of a version this build reads
   */
  public static ExportManifest parse(byte[] bytes) {
    ExportManifest manifest;
    try {
      manifest = StrikeJson.mapper().readValue(bytes, ExportManifest.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ExportFormatException("not an export manifest: " + e.getMessage(), e);
    }
    if (!FORMAT.equals(manifest.format())) {
      throw new ExportFormatException("not an export manifest: format is '" + manifest.format() + "'");
    }
    if (manifest.formatVersion() != VERSION) {
      throw new ExportFormatException("export format version " + manifest.formatVersion()
          + " is not supported (this build reads " + VERSION + ")");
    }
    return manifest;
  }
}
