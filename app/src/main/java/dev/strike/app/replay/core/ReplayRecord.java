package dev.strike.app.replay.core;

import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One recorded record as a replay sees it: where it was read, the event time it is ordered by, and the bytes it
 * republishes untouched.
 *
 * @param source the topic and partition it was read from
 * @param offset its offset there, not negative
 * @param tsEventNs the {@code tsEvent} of its value, epoch ns (the record timestamp when the value has none: a
 *     tombstone or bytes that do not decode)
 * @param key the record key, or null
 * @param value the value bytes, or null for a tombstone
 */
public record ReplayRecord(SourcePartition source, long offset, long tsEventNs, byte @Nullable [] key,
    byte @Nullable [] value) {

  /**
   * The replay order: by {@code tsEvent}; at equal times markets, then books, then trades, then spot; then source
   * partition, then offset. A total order on records of distinct (partition, offset), so a merge is deterministic.
   */
  public static final Comparator<ReplayRecord> ORDER = Comparator.comparingLong(ReplayRecord::tsEventNs)
      .thenComparing(ReplayRecord::source)
      .thenComparingLong(ReplayRecord::offset);

  /** Validates presence and the offset. */
  public ReplayRecord {
    Objects.requireNonNull(source, "source");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, got " + offset);
    }
  }

  /** The topic it was read from. */
  public ReplayTopic topic() {
    return source.topic();
  }
}
