package dev.strike.kalshi.wire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Compact-constructor checks shared by the wire records; every failure names the JSON field. */
final class WireChecks {
  private WireChecks() {}

  /** A required identifier: present and not blank. */
  static String id(@Nullable String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  /** An unmodifiable copy; absent (null) reads as empty, a null element is refused. */
  static <T> List<T> list(@Nullable List<T> values, String field) {
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    List<T> copy = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      T value = values.get(i);
      if (value == null) {
        throw new IllegalArgumentException(field + "[" + i + "] is null");
      }
      copy.add(value);
    }
    return Collections.unmodifiableList(copy);
  }

  /** Whether a cursor means "more pages": present and not empty. */
  static boolean hasMore(@Nullable String cursor) {
    return cursor != null && !cursor.isEmpty();
  }
}
