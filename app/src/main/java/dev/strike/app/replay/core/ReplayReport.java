package dev.strike.app.replay.core;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a replay republished.
 *
 * @param events records published (and acknowledged)
 * @param byTopic records per topic (every topic present, 0 when none)
 * @param elapsedNanos wall time from the first send to the last acknowledgement, ns
 * @param firstEventNs the smallest {@code tsEvent} replayed, epoch ns, or null when nothing was
 * @param lastEventNs the largest {@code tsEvent} replayed, epoch ns, or null when nothing was
 * @param withoutEventTime records ordered by their record timestamp because the value has no {@code tsEvent}
 *     (tombstones, bytes that do not decode); replayed all the same
 */
public record ReplayReport(long events, Map<ReplayTopic, Long> byTopic, long elapsedNanos,
    @Nullable Long firstEventNs, @Nullable Long lastEventNs, long withoutEventTime) {
  /** Copies the map, filling absent topics with 0. */
  public ReplayReport {
    Objects.requireNonNull(byTopic, "byTopic");
    EnumMap<ReplayTopic, Long> all = new EnumMap<>(ReplayTopic.class);
    for (ReplayTopic topic : ReplayTopic.values()) {
      all.put(topic, byTopic.getOrDefault(topic, 0L));
    }
    byTopic = java.util.Collections.unmodifiableMap(all);
    if (events < 0 || elapsedNanos < 0 || withoutEventTime < 0) {
      throw new IllegalArgumentException("counts and time must not be negative");
    }
  }

  /** Events per wall second, 0 when no time passed. */
  public double eventsPerSecond() {
    return elapsedNanos == 0 ? 0 : events * 1e9 / elapsedNanos;
  }

  /** {@code replayed N events in S s (E events/s)}. */
  public String summary() {
    return String.format(Locale.ROOT, "replayed %d events in %.2f s (%.0f events/s)", events, elapsedNanos / 1e9,
        eventsPerSecond());
  }
}
