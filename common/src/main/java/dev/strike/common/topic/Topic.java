package dev.strike.common.topic;

import dev.strike.common.event.StrikeEvent;
import dev.strike.common.json.JsonCodec;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed handle to one topic: its full name (with the run's namespace prefix), how its records are keyed, the
 * family of values it carries and their codec, and how it is provisioned. Obtain handles from {@link Topics}.
 * Immutable and thread-safe.
 *
 * @param <V> the value family (e.g. {@code BookEvent})
 */
public final class Topic<V extends StrikeEvent> {
  private final String baseName;
  private final String name;
  private final String keyDescription;
  private final Function<? super V, String> keyOf;
  private final JsonCodec<V> codec;
  private final TopicSpec spec;

  Topic(String baseName, String name, Class<V> valueType, String keyDescription, Function<? super V, String> keyOf,
      TopicSpec spec) {
    this.baseName = baseName;
    this.name = name;
    this.keyDescription = keyDescription;
    this.keyOf = keyOf;
    this.codec = JsonCodec.of(valueType);
    this.spec = spec;
  }

  /** The name without the namespace prefix, e.g. {@code md.book}. */
  public String baseName() {
    return baseName;
  }

  /** The full Kafka topic name, e.g. {@code bt-7.md.book}. */
  public String name() {
    return name;
  }

  /** The value family this topic carries. */
  public Class<V> valueType() {
    return codec.type();
  }

  /** What the key is, for people (e.g. {@code "market ticker"}). */
  public String keyDescription() {
    return keyDescription;
  }

  /** The record key of {@code value} (UTF-8 on the wire). */
  public String keyOf(V value) {
    return Objects.requireNonNull(keyOf.apply(value), "key");
  }

  /** The codec of the values. */
  public JsonCodec<V> codec() {
    return codec;
  }

  /** How the topic is provisioned. */
  public TopicSpec spec() {
    return spec;
  }

  @Override
  public String toString() {
    return name;
  }
}
