package dev.strike.common.event;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Collections;

/** Constructor checks shared by the event records; every failure names the field. */
final class Require {
  private Require() {}

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /** Epoch nanoseconds: not negative (0 is allowed for "unknown" only where a field says so). */
  static void timestamp(long epochNanos, String field) {
    if (epochNanos < 0) {
      throw new IllegalArgumentException(field + " must be epoch nanoseconds (>= 0), got " + epochNanos);
    }
  }

  static void times(long tsEvent, long tsInit) {
    timestamp(tsEvent, "tsEvent");
    timestamp(tsInit, "tsInit");
  }

  static void notNegative(long value, String field) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, got " + value);
    }
  }

  static double probability(double value, String field) {
    if (!Double.isFinite(value) || value < 0.0 || value > 1.0) {
      throw new IllegalArgumentException(field + " must be a finite number within [0, 1], got " + value);
    }
    return value;
  }

  static <T> List<T> list(List<T> values, String field) {
    present(values, field);
    for (T value : values) {
      present(value, field + " element");
    }
    return List.copyOf(values);
  }

  /** A sorted, unmodifiable copy, so that JSON is written in key order and the same value always encodes alike. */
  static <V> SortedMap<String, V> sortedMap(Map<String, V> values, String field) {
    present(values, field);
    TreeMap<String, V> copy = new TreeMap<>();
    for (Map.Entry<String, V> entry : values.entrySet()) {
      copy.put(text(entry.getKey(), field + " key"), present(entry.getValue(), field + "." + entry.getKey()));
    }
    return Collections.unmodifiableSortedMap(copy);
  }
}
