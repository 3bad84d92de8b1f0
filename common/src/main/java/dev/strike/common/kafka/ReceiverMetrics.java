package dev.strike.common.kafka;

import dev.strike.common.error.ErrorKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The receiver's meters, all tagged {@code group}: records received and processed and processing time per topic,
 * paused partitions, commit failures, and errors by kind ({@code strike.errors{kind,source}}). Thread-safe.
 */
final class ReceiverMetrics {
  private final MeterRegistry meters;
  private final String group;
  private final AtomicInteger pausedPartitions;
  private final Counter commitFailures;
  private final ConcurrentMap<String, Counter> received = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Timer> processed = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Counter> errors = new ConcurrentHashMap<>();

  ReceiverMetrics(MeterRegistry meters, String group) {
    this.meters = meters;
    this.group = group;
    this.pausedPartitions = meters.gauge("strike.kafka.partitions.paused",
        io.micrometer.core.instrument.Tags.of("group", group), new AtomicInteger());
    this.commitFailures = Counter.builder("strike.kafka.commit.failures")
        .description("Offset commits that failed (retried)")
        .tag("group", group)
        .register(meters);
  }

  void received(String topic, int count) {
    received.computeIfAbsent(topic, t -> Counter.builder("strike.kafka.records.received")
        .description("Records polled from Kafka")
        .tag("group", group).tag("topic", t)
        .register(meters)).increment(count);
  }

  void processed(String topic, long nanos) {
    processed.computeIfAbsent(topic, t -> Timer.builder("strike.kafka.records.processed")
        .description("Records processed (outputs acknowledged), with the time it took")
        .tag("group", group).tag("topic", t)
        .register(meters)).record(nanos, TimeUnit.NANOSECONDS);
  }

  void error(ErrorKind kind, String source) {
    errors.computeIfAbsent(kind.label() + '|' + source, k -> Counter.builder("strike.errors")
        .description("Errors by kind and source")
        .tag("kind", kind.label()).tag("source", source)
        .register(meters)).increment();
  }

  void paused(int delta) {
    pausedPartitions.addAndGet(delta);
  }

  void commitFailed() {
    commitFailures.increment();
  }
}
