package dev.strike.ingest.spot.core;

import dev.strike.common.event.SpotTick;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of trade prints arriving at a feed: its next state and the ticks to publish.
 *
 * @param state the feed's state after the prints
 * @param ticks the ticks to publish, in order (prints already published are left out)
 * @param duplicates how many prints were left out because their trade id was already published
 */
public record FeedStep(FeedState state, List<SpotTick> ticks, int duplicates) {
  /** Checks presence and copies the list. */
  public FeedStep {
    Objects.requireNonNull(state, "state");
    ticks = List.copyOf(ticks);
    if (duplicates < 0) {
      throw new IllegalArgumentException("duplicates must not be negative, got " + duplicates);
    }
  }
}
