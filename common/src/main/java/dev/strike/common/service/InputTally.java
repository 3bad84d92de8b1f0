package dev.strike.common.service;

import dev.strike.common.event.StrikeEvent;
import dev.strike.common.kafka.EventHandler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Mono;

/**
 * Counts the events a service consumed, by type ({@code strike.service.events{service,type}}). The handler of the
 * inputs a service validates and counts but does not act on yet; services that act on an input count it the same
 * way. Thread-safe.
 */
public final class InputTally implements EventHandler<StrikeEvent> {
  private final String service;
  private final MeterRegistry meters;
  private final ConcurrentMap<Class<?>, Counter> counters = new ConcurrentHashMap<>();

  /** A tally for {@code service}. */
  public InputTally(String service, MeterRegistry meters) {
    this.service = service;
    this.meters = meters;
  }

  @Override
  public Mono<Void> onEvent(StrikeEvent event, ConsumerRecord<byte[], byte[]> record) {
    count(event);
    return Mono.empty();
  }

  /** Counts one event. */
  public void count(StrikeEvent event) {
    counters.computeIfAbsent(event.getClass(), type -> Counter.builder("strike.service.events")
        .description("Events consumed by a service, by type")
        .tag("service", service)
        .tag("type", type.getSimpleName())
        .register(meters)).increment();
  }
}
