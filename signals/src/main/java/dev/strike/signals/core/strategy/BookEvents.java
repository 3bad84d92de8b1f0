package dev.strike.signals.core.strategy;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.MarketTicker;
import org.jspecify.annotations.Nullable;

/** The book events the strategies react to: a snapshot or a delta of one market's book. */
final class BookEvents {
  private BookEvents() {}

  /** The market whose book {@code event} changed, or null when it is not a {@code BookSnapshot} or {@code BookDelta}. */
  static @Nullable MarketTicker tickerOf(StrikeEvent event) {
    if (event instanceof BookDelta delta) {
      return delta.ticker();
    } else if (event instanceof BookSnapshot snapshot) {
      return snapshot.ticker();
    }
    return null;
  }
}
