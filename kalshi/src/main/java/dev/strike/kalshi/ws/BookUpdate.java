package dev.strike.kalshi.ws;

import dev.strike.common.event.BookEvent;

/**
 * An order-book event for {@code md.book}: a {@code BookSnapshot} (sid, seq, YES bids in YES prices and NO bids in
 * NO prices, ascending), a {@code BookDelta} (sid, seq, side, price, signed {@code deltaHundredths}, our
 * {@code clientOrderId} when the change was ours), or a {@code BookGap} (the book is stale until the next snapshot).
 * Only what the sequencer let through: no delta of a stale book, ever.
 *
 * @param event the domain event
 */
public record BookUpdate(BookEvent event) implements KalshiWsEvent {
  /** Validates presence. */
  public BookUpdate {
    if (event == null) {
      throw new IllegalArgumentException("event is required");
    }
  }

  @Override
  public long tsInit() {
    return event.tsInit();
  }
}
