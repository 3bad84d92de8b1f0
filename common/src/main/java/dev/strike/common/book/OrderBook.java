package dev.strike.common.book;

import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.Side;
import dev.strike.common.event.TopOfBook;
import dev.strike.common.id.MarketTicker;
import java.util.List;

/**
 * The aggregated (L2) book of one Kalshi market as Kalshi publishes it: two bid ladders, YES bids in YES prices and
 * NO bids in NO prices (kalshi-api.md §4.5). The YES ask is $1 minus the best NO bid. Prices are micro-dollars,
 * sizes hundredths of a contract.
 *
 * <p>Two implementations share one test suite: {@link ArrayOrderBook} (sorted primitive arrays, no allocation per
 * delta) and {@link TreeOrderBook} (a {@code TreeMap}, the plain reference). Not thread-safe: a book is owned by the
 * one lane that processes its market.
 */
public interface OrderBook {
  /** The market. */
  MarketTicker ticker();

  /** Replaces both ladders (levels may come in any order; sizes must be positive, prices distinct per side). */
  void applySnapshot(List<BookLevel> yesBids, List<BookLevel> noBids);

  /**
   * Changes the size at one level by {@code deltaHundredths}; a level that reaches zero is removed.
   *
   * @return what happened; {@link DeltaResult#NEGATIVE_SIZE} means the book no longer matches the exchange (the
   *     level is removed and the caller must resynchronise from a snapshot)
   */
  DeltaResult applyDelta(Side side, long priceMicros, long deltaHundredths);

  /** Empties both ladders. */
  void clear();

  /** The best (highest) bid price of {@code side} in micro-dollars, or -1 when the ladder is empty. */
  long bestBidMicros(Side side);

  /** The size at the best bid of {@code side}, or 0. */
  long bestBidQty(Side side);

  /** The size resting at {@code priceMicros} on {@code side}, or 0. */
  long qtyAt(Side side, long priceMicros);

  /** The number of price levels on {@code side}. */
  int levelCount(Side side);

  /** The bids of {@code side}, ascending by price (best last), as Kalshi sends them. */
  List<BookLevel> bids(Side side);

  /** The best bid and ask in YES terms. */
  TopOfBook top();

  /** The whole book as a snapshot event. */
  default BookSnapshot toSnapshot(long sid, long seq, long tsEvent, long tsInit) {
    return new BookSnapshot(ticker(), sid, seq, bids(Side.YES), bids(Side.NO), tsEvent, tsInit);
  }

  /** What {@link #applyDelta} did. */
  enum DeltaResult {
    /** A new level was added. */
    LEVEL_ADDED,
    /** An existing level changed size. */
    LEVEL_CHANGED,
    /** A level reached zero and was removed. */
    LEVEL_REMOVED,
    /** The delta would leave a negative size: the book is out of sync (the level was removed). */
    NEGATIVE_SIZE
  }
}
