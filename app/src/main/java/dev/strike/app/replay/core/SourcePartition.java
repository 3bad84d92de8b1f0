package dev.strike.app.replay.core;

import java.util.Comparator;
import java.util.Objects;

/**
 * One partition of a recorded topic: the unit whose records a replay keeps in offset order.
 *
 * @param topic the topic
 * @param partition the partition number, not negative
 */
public record SourcePartition(ReplayTopic topic, int partition) implements Comparable<SourcePartition> {
  private static final Comparator<SourcePartition> ORDER = Comparator.comparing(SourcePartition::topic)
      .thenComparingInt(SourcePartition::partition);

  /** Validates presence and the partition number. */
  public SourcePartition {
    Objects.requireNonNull(topic, "topic");
    if (partition < 0) {
      throw new IllegalArgumentException("partition must not be negative, got " + partition);
    }
  }

  @Override
  public int compareTo(SourcePartition other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return topic.baseName() + "-" + partition;
  }
}
