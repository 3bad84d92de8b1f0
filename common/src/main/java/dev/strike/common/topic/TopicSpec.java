package dev.strike.common.topic;

import java.time.Duration;

/**
 * How one topic is provisioned.
 *
 * @param partitions partition count (keyed ordering holds within a partition)
 * @param cleanup the cleanup policy
 * @param retention how long records are kept; {@code null}-free: use {@link #FOREVER} for no time limit
 */
public record TopicSpec(int partitions, CleanupPolicy cleanup, Duration retention) {
  /** No time-based deletion ({@code retention.ms = -1}). */
  public static final Duration FOREVER = Duration.ofMillis(-1);

  /** Validates the values. */
  public TopicSpec {
    if (partitions < 1) {
      throw new IllegalArgumentException("a topic needs at least one partition, got " + partitions);
    }
    if (cleanup == null || retention == null) {
      throw new IllegalArgumentException("cleanup and retention are required");
    }
    if (retention.isNegative() && !retention.equals(FOREVER)) {
      throw new IllegalArgumentException("retention must be positive or FOREVER, got " + retention);
    }
  }

  /** Kafka's {@code retention.ms} value. */
  public long retentionMs() {
    return retention.toMillis();
  }

  /** The same spec with another partition count. */
  public TopicSpec withPartitions(int count) {
    return new TopicSpec(count, cleanup, retention);
  }
}
