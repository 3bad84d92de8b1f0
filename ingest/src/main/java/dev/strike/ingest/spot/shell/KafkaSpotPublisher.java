package dev.strike.ingest.spot.shell;

import dev.strike.common.error.ErrorKind;
import dev.strike.common.event.SpotTick;
import dev.strike.common.id.SourceId;
import dev.strike.common.json.DecodeException;
import dev.strike.common.kafka.DeadLetters;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.topic.Topic;
import java.util.Objects;
import reactor.core.publisher.Mono;

/**
 * Publishes ticks to {@code md.spot} (keyed by asset, so each asset's ticks stay in order on one partition) with
 * the shared low-latency sender, and unreadable frames to {@code dlq} as {@code decode} dead letters whose source
 * is the feed. Thread-safe.
 */
public final class KafkaSpotPublisher implements SpotPublisher {
  private final KafkaSender sender;
  private final Topic<SpotTick> mdSpot;
  private final DeadLetters deadLetters;

  /** A publisher sending with {@code sender} to {@code mdSpot}, dead letters through {@code deadLetters}. */
  public KafkaSpotPublisher(KafkaSender sender, Topic<SpotTick> mdSpot, DeadLetters deadLetters) {
    this.sender = Objects.requireNonNull(sender, "sender");
    this.mdSpot = Objects.requireNonNull(mdSpot, "mdSpot");
    this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
  }

  @Override
  public Mono<Void> publish(SpotTick tick) {
    return sender.send(mdSpot, tick).then();
  }

  @Override
  public Mono<Void> deadLetter(SourceId source, byte[] raw, String reason, long receivedNs) {
    return deadLetters.publish(source.value(), raw, ErrorKind.DECODE, new DecodeException(reason, null), receivedNs);
  }
}
