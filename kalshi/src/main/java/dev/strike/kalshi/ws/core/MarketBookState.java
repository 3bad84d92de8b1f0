package dev.strike.kalshi.ws.core;

/** What the {@link BookSequencer} knows about the book of one market on one subscription. */
public enum MarketBookState {
  /** A snapshot arrived and every message of the subscription since then was seen: deltas are applied. */
  LIVE,
  /** The book is stale (a gap, a delta before any snapshot, an unreadable message): deltas are dropped until the
   * next snapshot, which has been requested. */
  AWAITING_SNAPSHOT,
  /** The market was taken off the subscription: its messages are ignored until a snapshot brings it back. */
  REMOVED
}
