package dev.strike.common.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import reactor.core.publisher.Mono;

/**
 * Processes one consumed record. The returned {@link Mono} must complete only when every output of the record is
 * acknowledged (e.g. the {@link KafkaSender} Monos of the records it produced), because the bridge commits the
 * record's offset right after. Called in order within a partition, never concurrently for one partition.
 *
 * <p>Failures follow {@link ErrorClassifier}: decode and processing errors dead-letter the record and the stream
 * goes on; infrastructure errors are retried with backoff; broken invariants stop the receiver.
 */
@FunctionalInterface
public interface RecordProcessor {
  /** Processes {@code record}; may throw instead of returning an error Mono. */
  Mono<Void> process(ConsumerRecord<byte[], byte[]> record);
}
