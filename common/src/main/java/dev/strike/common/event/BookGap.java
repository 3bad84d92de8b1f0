package dev.strike.common.event;

import dev.strike.common.id.MarketTicker;

/**
 * The book of {@code ticker} is stale: a sequence gap (or a disconnect) was detected on {@code sid}. Consumers must
 * not trade on this market's book until the next {@link BookSnapshot}.
 *
 * @param expectedSeq the sequence number that should have come next; 0 when not a sequence gap
 * @param receivedSeq the sequence number that came instead; 0 when not a sequence gap
 * @param reason why the book is stale, for operators
 */
public record BookGap(MarketTicker ticker, long sid, long expectedSeq, long receivedSeq, String reason, long tsEvent,
    long tsInit) implements BookEvent {

  /** Validates presence. */
  public BookGap {
    Require.present(ticker, "ticker");
    Require.notNegative(sid, "sid");
    Require.notNegative(expectedSeq, "expectedSeq");
    Require.notNegative(receivedSeq, "receivedSeq");
    Require.text(reason, "reason");
    Require.times(tsEvent, tsInit);
  }
}
