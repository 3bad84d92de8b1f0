package dev.strike.app.dataio.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One Kafka record as an export file holds it: where it was (base topic, partition, offset), its record timestamp,
 * headers, and its key and value bytes exactly as stored.
 *
 * @param topic the base topic name (no namespace), e.g. {@code md.book}
 * @param partition the partition, 0 or more
 * @param offset the offset in the source topic, 0 or more (an import gets new offsets)
 * @param timestampMs the record timestamp, epoch milliseconds (0 or more)
 * @param headers the record headers, in order (usually none)
 * @param key the key bytes, null for no key
 * @param value the value bytes, null for a tombstone
 */
public record ExportedRecord(String topic, int partition, long offset, long timestampMs, List<Header> headers,
    byte @Nullable [] key, byte @Nullable [] value) {

  /** Validates presence and ranges; copies the arrays. */
  public ExportedRecord {
    Objects.requireNonNull(topic, "topic");
    if (partition < 0 || offset < 0 || timestampMs < 0) {
      throw new IllegalArgumentException("partition, offset and timestamp must not be negative: " + partition + ", "
          + offset + ", " + timestampMs);
    }
    headers = List.copyOf(headers);
    key = key == null ? null : key.clone();
    value = value == null ? null : value.clone();
  }

  /** A copy of the key, or null. */
  @Override
  public byte @Nullable [] key() {
    return key == null ? null : key.clone();
  }

  /** A copy of the value, or null. */
  @Override
  public byte @Nullable [] value() {
    return value == null ? null : value.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExportedRecord r && topic.equals(r.topic) && partition == r.partition
        && offset == r.offset && timestampMs == r.timestampMs && headers.equals(r.headers)
        && Arrays.equals(key, r.key) && Arrays.equals(value, r.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(topic, partition, offset, timestampMs, headers, Arrays.hashCode(key), Arrays.hashCode(value));
  }

  @Override
  public String toString() {
    return "ExportedRecord[" + topic + "-" + partition + "@" + offset + ", ts " + timestampMs + ", "
        + (value == null ? "tombstone" : value.length + " bytes") + "]";
  }

  /**
   * A record header.
   *
   * @param key the header name
   * @param value its bytes, or null
   */
  public record Header(String key, byte @Nullable [] value) {
    /** Validates presence; copies the bytes. */
    public Header {
      Objects.requireNonNull(key, "key");
      value = value == null ? null : value.clone();
    }

    /** A copy of the value, or null. */
    @Override
    public byte @Nullable [] value() {
      return value == null ? null : value.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Header h && key.equals(h.key) && Arrays.equals(value, h.value);
    }

    @Override
    public int hashCode() {
      return 31 * key.hashCode() + Arrays.hashCode(value);
    }

    @Override
    public String toString() {
      return "Header[" + key + "]";
    }
  }
}
