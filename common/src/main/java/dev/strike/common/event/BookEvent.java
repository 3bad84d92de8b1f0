package dev.strike.common.event;

import dev.strike.common.id.MarketTicker;

/**
 * An order-book event of one market ({@code md.book}, keyed by ticker): a full snapshot, a delta, or a gap marker
 * that tells consumers the book is stale until the next snapshot. Kalshi books hold bids only: YES bids in YES
 * prices and NO bids in NO prices; the YES ask is $1 minus the best NO bid.
 */
public sealed interface BookEvent extends StrikeEvent permits BookSnapshot, BookDelta, BookGap {
  /** The market this event belongs to. */
  MarketTicker ticker();
}
