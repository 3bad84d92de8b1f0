package dev.strike.common.ops;

/** A component's health, ordered from best to worst. JSON: {@code "up"}, {@code "degraded"}, {@code "down"}. */
public enum HealthStatus {
  UP,
  DEGRADED,
  DOWN;

  /** The worse of this and {@code other}. */
  public HealthStatus worst(HealthStatus other) {
    return ordinal() >= other.ordinal() ? this : other;
  }
}
