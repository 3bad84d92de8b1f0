package dev.strike.common.kafka;

import dev.strike.common.error.ErrorKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;

/**
 * The receiver's meters, all tagged {@code group}: records received and processed and processing time per topic,
 * paused partitions, commit failures, errors by kind ({@code strike.errors{kind,source}}), and the lag of every
 * assigned partition ({@code strike.kafka.consumer.lag{group,topic,partition}}). Thread-safe.
 */
final class ReceiverMetrics {
  private final MeterRegistry meters;
  private final String group;
  private final AtomicInteger pausedPartitions;
  private final Counter commitFailures;
  private final ConcurrentMap<String, Counter> received = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Timer> processed = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Counter> errors = new ConcurrentHashMap<>();
  private final ConcurrentMap<TopicPartition, Lag> lags = new ConcurrentHashMap<>();

  /** The lag gauge of one assigned partition: {@link Long#MIN_VALUE} while unknown (exposed as NaN). */
  private record Lag(AtomicLong records, Gauge gauge) {}

  ReceiverMetrics(MeterRegistry meters, String group) {
    this.meters = meters;
    this.group = group;
    this.pausedPartitions = new AtomicInteger();
    Gauge.builder("strike.kafka.partitions.paused", pausedPartitions, AtomicInteger::get)
        .description("Partitions paused because their lane has too many records in progress")
        .tag("group", group)
        .register(meters);
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

  /** Starts exposing the lag of a newly assigned partition (unknown until the first fetch). */
  void track(TopicPartition tp) {
    lags.computeIfAbsent(tp, p -> {
      AtomicLong records = new AtomicLong(Long.MIN_VALUE);
      Gauge gauge = Gauge.builder("strike.kafka.consumer.lag", records,
              r -> r.get() == Long.MIN_VALUE ? Double.NaN : r.get())
          .description("Records on the partition this consumer group has not processed yet: log end offset minus "
              + "position, plus records polled and still in progress")
          .baseUnit("records")
          .tag("group", group).tag("topic", p.topic()).tag("partition", Integer.toString(p.partition()))
          .register(meters);
      return new Lag(records, gauge);
    });
  }

  /** Updates the lag of an assigned partition. */
  void lag(TopicPartition tp, long records) {
    Lag lag = lags.get(tp);
    if (lag != null) {
      lag.records().set(records);
    }
  }

  /** Stops exposing the lag of a partition no longer assigned here (its new owner exposes it). */
  void untrack(TopicPartition tp) {
    Lag lag = lags.remove(tp);
    if (lag != null) {
      meters.remove(lag.gauge());
    }
  }
}
