package dev.strike.common.ops;

import java.util.Map;
import java.util.TreeMap;
import java.util.Collections;

/**
 * The health of one component: a status and details for operators (e.g. {@code lastEventAgeMs}).
 *
 * @param details in key order, unmodifiable; values are strings, numbers or booleans
 */
public record Health(HealthStatus status, Map<String, Object> details) {
  /** Copies the details into key order. */
  public Health {
    if (status == null) {
      throw new IllegalArgumentException("status is required");
    }
    details = Collections.unmodifiableSortedMap(new TreeMap<String, Object>(details));
  }

  /** Healthy, with no details. */
  public static Health up() {
    return new Health(HealthStatus.UP, new TreeMap<>());
  }

  /** Healthy, with details. */
  public static Health up(Map<String, ?> details) {
    return new Health(HealthStatus.UP, new TreeMap<String, Object>(details));
  }

  /** Working but impaired (a stale feed, a paused partition), with details. */
  public static Health degraded(Map<String, ?> details) {
    return new Health(HealthStatus.DEGRADED, new TreeMap<String, Object>(details));
  }

  /** Not working, with details. */
  public static Health down(Map<String, ?> details) {
    return new Health(HealthStatus.DOWN, new TreeMap<String, Object>(details));
  }
}
