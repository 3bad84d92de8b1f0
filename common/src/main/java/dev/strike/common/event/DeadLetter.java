package dev.strike.common.event;

import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * A record or frame that could not be decoded or processed ({@code dlq}, keyed by source), kept whole with the
 * reason so nothing is lost and it can be inspected or replayed.
 *
 * @param source the topic it came from, or the feed ({@code kalshi-ws}, {@code coinbase}) for a frame
 * @param partition the partition, or -1 when it did not come from Kafka
 * @param offset the offset, or -1 when it did not come from Kafka
 * @param key the raw key bytes, null if none
 * @param value the raw value bytes, null if none (JSON: base64)
 * @param errorKind the error's class: {@code decode}, {@code processing}, …
 * @param error what went wrong, for a person
 */
public record DeadLetter(String source, int partition, long offset, byte @Nullable [] key, byte @Nullable [] value,
    String errorKind, String error, long tsEvent, long tsInit) implements StrikeEvent {

  /** Validates presence and copies the byte arrays. */
  public DeadLetter {
    Require.text(source, "source");
    if (partition < -1) {
      throw new IllegalArgumentException("partition must be -1 or more, got " + partition);
    }
    if (offset < -1) {
      throw new IllegalArgumentException("offset must be -1 or more, got " + offset);
    }
    key = key == null ? null : key.clone();
    value = value == null ? null : value.clone();
    Require.text(errorKind, "errorKind");
    Require.text(error, "error");
    Require.times(tsEvent, tsInit);
  }

  /** A copy of the raw key bytes, or null. */
  @Override
  public byte @Nullable [] key() {
    return key == null ? null : key.clone();
  }

  /** A copy of the raw value bytes, or null. */
  @Override
  public byte @Nullable [] value() {
    return value == null ? null : value.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DeadLetter d
        && source.equals(d.source) && partition == d.partition && offset == d.offset
        && Arrays.equals(key, d.key) && Arrays.equals(value, d.value)
        && errorKind.equals(d.errorKind) && error.equals(d.error)
        && tsEvent == d.tsEvent && tsInit == d.tsInit;
  }

  @Override
  public int hashCode() {
    int h = source.hashCode();
    h = 31 * h + Integer.hashCode(partition);
    h = 31 * h + Long.hashCode(offset);
    h = 31 * h + Arrays.hashCode(key);
    h = 31 * h + Arrays.hashCode(value);
    h = 31 * h + errorKind.hashCode();
    h = 31 * h + error.hashCode();
    h = 31 * h + Long.hashCode(tsEvent);
    return 31 * h + Long.hashCode(tsInit);
  }

  @Override
  public String toString() {
    HexFormat hex = HexFormat.of();
    return "DeadLetter[source=" + source + ", partition=" + partition + ", offset=" + offset
        + ", key=" + (key == null ? "null" : hex.formatHex(key))
        + ", value=" + (value == null ? "null" : value.length + " bytes")
        + ", errorKind=" + errorKind + ", error=" + error + ", tsEvent=" + tsEvent + ", tsInit=" + tsInit + "]";
  }
}
