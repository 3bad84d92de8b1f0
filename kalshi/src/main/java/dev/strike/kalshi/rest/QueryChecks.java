package dev.strike.kalshi.rest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Client-side checks of query filters: Kalshi silently ignores bad ones (§6), so they are refused here. */
final class QueryChecks {
  private QueryChecks() {}

  static @Nullable Integer limit(@Nullable Integer limit, int max) {
    if (limit != null && (limit < 1 || limit > max)) {
      throw new IllegalArgumentException("limit must be 1 to " + max + ", got " + limit);
    }
    return limit;
  }

  static @Nullable Long unixSeconds(@Nullable Long value, String name) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException(name + " must be Unix seconds (>= 0), got " + value);
    }
    return value;
  }

  static <T> List<T> list(@Nullable List<T> values, String name, int max) {
    List<T> copy = values == null ? List.of() : List.copyOf(values);
    if (copy.size() > max) {
      throw new IllegalArgumentException(name + " takes at most " + max + " values, got " + copy.size());
    }
    return copy;
  }

  static void range(@Nullable Long min, @Nullable Long max, String minName, String maxName) {
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException(minName + " " + min + " is after " + maxName + " " + max);
    }
  }

  static void subaccount(@Nullable Integer value) {
    if (value != null && (value < 0 || value > 63)) {
      throw new IllegalArgumentException("subaccount must be 0 to 63, got " + value);
    }
  }
}
