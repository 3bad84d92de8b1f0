package dev.strike.ingest.spot.shell;

import dev.strike.common.event.SpotTick;
import dev.strike.common.id.SourceId;
import reactor.core.publisher.Mono;

/**
 * Where a spot feed's outputs go: ticks to {@code md.spot}, frames it could not read to {@code dlq}. Each Mono
 * completes when the output is acknowledged and fails with the transport's error; nothing happens until it is
 * subscribed, and calls are made in the order the outputs must keep. Implementations are thread-safe.
 */
public interface SpotPublisher {
  /** Publishes one tick, keyed by its asset. */
  Mono<Void> publish(SpotTick tick);

  /**
   * Dead-letters a frame the feed could not read.
   *
   * @param source the feed
   * @param raw the frame as received
   * @param reason what was wrong with it
   * @param receivedNs when it arrived, epoch ns
   */
  Mono<Void> deadLetter(SourceId source, byte[] raw, String reason, long receivedNs);
}
