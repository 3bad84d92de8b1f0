package dev.strike.common.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Mono;

/**
 * Handles one decoded event of a topic (see {@link TopicRouter}). The Mono completes when the handler's outputs
 * are acknowledged; the same rules as {@link RecordProcessor} apply.
 *
 * @param <V> the topic's value family
 */
@FunctionalInterface
public interface EventHandler<V> {
  /** Handles {@code event}, decoded from {@code record}. */
  Mono<Void> onEvent(V event, ConsumerRecord<byte[], byte[]> record);
}
