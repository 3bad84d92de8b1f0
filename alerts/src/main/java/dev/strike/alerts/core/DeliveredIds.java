package dev.strike.alerts.core;

import java.util.LinkedHashSet;
import java.util.Iterator;

/**
 * The {@code channel id} pairs already delivered, the most recent {@code capacity} of them. A notification whose
 * pair is here is not sent again. Not thread-safe.
 */
public final class DeliveredIds {
  private final int capacity;
  private final LinkedHashSet<String> entries = new LinkedHashSet<>();

  /** Remembers at most {@code capacity} pairs, forgetting the oldest first. */
  public DeliveredIds(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  /** The entry of {@code id} on {@code channel}. */
  public static String entry(String channel, String id) {
    return channel + " " + id;
  }

  /** Whether {@code id} was delivered on {@code channel}. */
  public boolean contains(String channel, String id) {
    return entries.contains(entry(channel, id));
  }

  /** Records a delivery; true if it is new. */
  public boolean add(String entry) {
    boolean added = entries.add(entry);
    while (entries.size() > capacity) {
      Iterator<String> oldest = entries.iterator();
      oldest.next();
      oldest.remove();
    }
    return added;
  }

  /** How many pairs it holds. */
  public int size() {
    return entries.size();
  }

  /** The pairs, oldest first. */
  public Iterable<String> entries() {
    return entries;
  }
}
