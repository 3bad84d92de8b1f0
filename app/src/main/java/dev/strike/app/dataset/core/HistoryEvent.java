package dev.strike.app.dataset.core;

import dev.strike.common.event.StrikeEvent;
import java.util.Comparator;
import java.util.Objects;

/**
 * One event of imported history with the topic and key it goes to, and its place in the one deterministic order of
 * an import: by {@code tsEvent}, then source file (in the order given), then line, then rank (a market closing, a
 * market opening, a book, a spot price), then key. Market events carry line 0, so at equal times they come before
 * the rows.
 *
 * @param topic where it goes
 * @param key the record key ({@code md.markets}, {@code md.book}: ticker; {@code md.spot}: asset)
 * @param value the event; imported history has {@code tsInit == tsEvent}
 * @param source the index of the file it came from
 * @param line the line it came from, 0 for market events
 * @param rank the tie-break at equal time and line
 */
public record HistoryEvent(HistoryTopic topic, String key, StrikeEvent value, int source, long line, int rank) {
  /** Rank of a market's closing record (finalized or closed). */
  public static final int RANK_CLOSE = 0;
  /** Rank of a market's opening record. */
  public static final int RANK_OPEN = 1;
  /** Rank of a book snapshot. */
  public static final int RANK_BOOK = 2;
  /** Rank of a spot price. */
  public static final int RANK_SPOT = 3;

  /** The import order. */
  public static final Comparator<HistoryEvent> ORDER = Comparator.comparingLong(HistoryEvent::tsEventNs)
      .thenComparingInt(HistoryEvent::source)
      .thenComparingLong(HistoryEvent::line)
      .thenComparingInt(HistoryEvent::rank)
      .thenComparing(HistoryEvent::key);

  /** Validates presence. */
  public HistoryEvent {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (source < 0 || line < 0) {
      throw new IllegalArgumentException("source and line must not be negative");
    }
  }

  /** The event's {@code tsEvent}, epoch ns. */
  public long tsEventNs() {
    return value.tsEvent();
  }

  /** The Kafka record timestamp: {@code tsEvent} in epoch milliseconds, rounded down. */
  public long timestampMs() {
    return Math.floorDiv(value.tsEvent(), 1_000_000L);
  }
}
