package dev.strike.common.ops;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health checks of one process, by component name. The process is as healthy as its worst component. A check
 * that throws counts as down, with the error as detail. Thread-safe.
 */
public final class HealthRegistry {
  private static final Logger log = LoggerFactory.getLogger(HealthRegistry.class);
  private final ConcurrentSkipListMap<String, Supplier<Health>> checks = new ConcurrentSkipListMap<>();

  /** Registers (or replaces) the check of {@code component}. */
  public void register(String component, Supplier<Health> check) {
    checks.put(component, check);
  }

  /** Removes the check of {@code component}. */
  public void unregister(String component) {
    checks.remove(component);
  }

  /** The result of every check, and the overall status. */
  public Report check() {
    SortedMap<String, Health> results = new TreeMap<>();
    HealthStatus overall = HealthStatus.UP;
    for (Map.Entry<String, Supplier<Health>> check : checks.entrySet()) {
      Health health;
      try {
        health = check.getValue().get();
      } catch (RuntimeException e) {
        log.warn("health check {} failed: {}", check.getKey(), e.toString());
        health = Health.down(Map.of("error", e.toString()));
      }
      results.put(check.getKey(), health);
      overall = overall.worst(health.status());
    }
    return new Report(overall, results);
  }

  /** What {@link #check()} found: the overall status and each component's health. */
  public record Report(HealthStatus status, SortedMap<String, Health> components) {}
}
