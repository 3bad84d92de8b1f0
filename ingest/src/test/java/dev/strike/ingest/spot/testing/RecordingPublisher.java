package dev.strike.ingest.spot.testing;

import dev.strike.common.event.SpotTick;
import dev.strike.common.id.SourceId;
import dev.strike.ingest.spot.shell.SpotPublisher;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;

/** Keeps what a feed publishes, in order, for tests that do not need Kafka. Thread-safe. */
public final class RecordingPublisher implements SpotPublisher {
  /** One dead letter. */
  public record Letter(SourceId source, String raw, String reason, long receivedNs) {}

  private final List<SpotTick> ticks = new CopyOnWriteArrayList<>();
  private final List<Letter> letters = new CopyOnWriteArrayList<>();

  @Override
  public Mono<Void> publish(SpotTick tick) {
    return Mono.fromRunnable(() -> ticks.add(tick));
  }

  @Override
  public Mono<Void> deadLetter(SourceId source, byte[] raw, String reason, long receivedNs) {
    return Mono.fromRunnable(() -> letters.add(new Letter(source, new String(raw, StandardCharsets.UTF_8), reason,
        receivedNs)));
  }

  /** The ticks published so far. */
  public List<SpotTick> ticks() {
    return List.copyOf(ticks);
  }

  /** The dead letters so far. */
  public List<Letter> letters() {
    return List.copyOf(letters);
  }
}
