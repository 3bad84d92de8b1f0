package dev.strike.common.kafka;

import dev.strike.common.event.StrikeEvent;
import dev.strike.common.topic.Topic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Mono;

/**
 * A {@link RecordProcessor} that decodes each record with its topic's codec and hands it to that topic's
 * {@link EventHandler}. A record that does not decode fails with a {@code DecodeException}, which the receiver
 * dead-letters. Immutable and thread-safe.
 */
public final class TopicRouter implements RecordProcessor {
  private final Map<String, Route<?>> routes;
  private final boolean serial;

  private TopicRouter(Map<String, Route<?>> routes, boolean serial) {
    this.routes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(routes));
    this.serial = serial;
  }

  /**
   * Whether the handlers run one step at a time whatever the partition (one engine in a {@link SerialSection}), so
   * that processing partitions on parallel workers gains nothing: the receiver then processes every partition on its
   * poll thread ({@link ReceiverOptions#lanesOnPollThread()}).
   */
  public boolean serial() {
    return serial;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The full names of the routed topics (what the receiver should subscribe to). */
  public List<String> topics() {
    return List.copyOf(routes.keySet());
  }

  @Override
  public Mono<Void> process(ConsumerRecord<byte[], byte[]> record) {
    Route<?> route = routes.get(record.topic());
    if (route == null) {
      return Mono.error(new IllegalStateException("no handler for topic " + record.topic()));
    }
    return route.handle(record);
  }

  private record Route<V extends StrikeEvent>(Topic<V> topic, EventHandler<? super V> handler) {
    Mono<Void> handle(ConsumerRecord<byte[], byte[]> record) {
      V event = topic.codec().decode(record.value());
      return handler.onEvent(event, record);
    }
  }

  /** Collects one handler per topic. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Route<?>> routes = new LinkedHashMap<>();
    private boolean serial;

    private Builder() {}

    /** Declares the handlers serial (see {@link TopicRouter#serial()}). */
    public Builder serial() {
      serial = true;
      return this;
    }

    /** Routes {@code topic} to {@code handler}; a topic may have one handler. */
    public <V extends StrikeEvent> Builder on(Topic<V> topic, EventHandler<? super V> handler) {
      if (routes.putIfAbsent(topic.name(), new Route<>(topic, handler)) != null) {
        throw new IllegalArgumentException("topic " + topic.name() + " already has a handler");
      }
      return this;
    }

    /** The router. */
    public TopicRouter build() {
      if (routes.isEmpty()) {
        throw new IllegalStateException("a router needs at least one topic");
      }
      return new TopicRouter(routes, serial);
    }
  }
}
