package dev.strike.common.topic;

/** A topic's Kafka {@code cleanup.policy}. */
public enum CleanupPolicy {
  /** Segments are deleted after the retention time. */
  DELETE("delete"),
  /** Only the latest record per key is kept. */
  COMPACT("compact"),
  /** The latest record per key is kept, and even that is deleted after the retention time. */
  COMPACT_DELETE("compact,delete");

  private final String kafkaValue;

  CleanupPolicy(String kafkaValue) {
    this.kafkaValue = kafkaValue;
  }

  /** The value of Kafka's {@code cleanup.policy} topic config. */
  public String kafkaValue() {
    return kafkaValue;
  }
}
