package dev.strike.alerts.core;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One thing to tell the operator, before any channel shapes it.
 *
 * @param id derived from the event that caused it ({@code trade_executed:<tradeId>}, {@code alert:<alertId>}, …), so
 *     a redelivered event gives the same id and is sent once
 * @param type what it is about
 * @param timeNs when it happened, epoch ns (the cause's {@code tsEvent})
 * @param title a short headline
 * @param text the message body, one or more lines
 * @param fields the figures behind it, by name, as exact text ({@code "12.50"})
 */
public record Notification(String id, EventType type, long timeNs, String title, String text,
    SortedMap<String, String> fields) {

  /** Validates presence; copies the fields. */
  public Notification {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a notification needs an id");
    }
    fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
  }

  /** Headline and body as one plain text. */
  public String plainText() {
    return text.isEmpty() ? title : title + "\n" + text;
  }
}
