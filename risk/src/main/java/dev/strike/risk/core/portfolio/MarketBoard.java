package dev.strike.risk.core.portfolio;

import dev.strike.common.book.ArrayOrderBook;
import dev.strike.common.book.OrderBook;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.TopOfBook;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The market data the risk core needs: the latest {@link MarketInfo} of every market and the order book of every
 * market that still trades, kept from {@code md.markets} and {@code md.book} the way Kalshi publishes them (a book
 * is usable from a snapshot until a gap, then again from the next snapshot). Finalized markets are dropped. Not
 * thread-safe: owned by the risk thread.
 */
public final class MarketBoard {
  private final Map<MarketTicker, MarketInfo> infos = new HashMap<>();
  private final Map<MarketTicker, OrderBook> books = new HashMap<>();
  private final Set<MarketTicker> usable = new HashSet<>();
  private long unknownMarketEvents;
  private long bookResyncs;

  /** Applies market metadata; a finalized market is forgotten with its book. */
  public void onMarket(MarketInfo info) {
    if (info.status() == MarketStatus.FINALIZED) {
      infos.remove(info.ticker());
      books.remove(info.ticker());
      usable.remove(info.ticker());
      return;
    }
    infos.put(info.ticker(), info);
  }

  /**
   * Applies a book event of a known market.
   *
   * @return whether the book changed (a delta before the snapshot changes nothing); a market without metadata yet
   *     keeps its book too
   */
  public boolean onBook(BookEvent event) {
    MarketTicker ticker = event.ticker();
    if (!infos.containsKey(ticker)) {
      // md.markets and md.book are read side by side: after a (re)start a market's snapshot can come before its
      // metadata. Dropping it left the book unusable until Kalshi's next snapshot (only on a resubscribe), so it is
      // kept and the book is usable as soon as the metadata arrives.
      unknownMarketEvents++;
    }
    if (event instanceof BookSnapshot snapshot) {
      books.computeIfAbsent(ticker, ArrayOrderBook::new).applySnapshot(snapshot.yesBids(), snapshot.noBids());
      usable.add(ticker);
      return true;
    }
    if (event instanceof BookGap) {
      return usable.remove(ticker);
    }
    BookDelta delta = (BookDelta) event;
    if (!usable.contains(ticker)) {
      return false;
    }
    OrderBook book = books.get(ticker);
    if (book.applyDelta(delta.side(), delta.price().micros(), delta.deltaHundredths())
        == OrderBook.DeltaResult.NEGATIVE_SIZE) {
      bookResyncs++;
      usable.remove(ticker);
    }
    return true;
  }

  /** The latest metadata of {@code ticker}, or null. */
  public @Nullable MarketInfo info(MarketTicker ticker) {
    return infos.get(ticker);
  }

  /** The top of the book of {@code ticker}, or null when there is no usable book or no metadata yet. */
  public @Nullable TopOfBook top(MarketTicker ticker) {
    return usable.contains(ticker) && infos.containsKey(ticker) ? books.get(ticker).top() : null;
  }

  /** The best bid of {@code side} in {@code ticker}: what one held contract fetches now; null without one. */
  public @Nullable Price bestBid(MarketTicker ticker, Side side) {
    if (!usable.contains(ticker) || !infos.containsKey(ticker)) {
      return null;
    }
    long bid = books.get(ticker).bestBidMicros(side);
    return bid < 0 ? null : Price.ofMicros(bid);
  }

  /** Book events of markets without metadata when they came (kept: usable once the metadata arrives). */
  public long unknownMarketEvents() {
    return unknownMarketEvents;
  }

  /** Deltas that left a negative size (the book waits for a new snapshot). */
  public long bookResyncs() {
    return bookResyncs;
  }

  /** Every market held, sorted by ticker. */
  public List<MarketInfo> markets() {
    return new ArrayList<>(new TreeMap<>(infos).values());
  }

  /** Every usable book as a snapshot, sorted by ticker (event time {@code nowNs}). */
  public List<BookSnapshot> books(long nowNs) {
    List<BookSnapshot> out = new ArrayList<>();
    for (MarketTicker ticker : new TreeMap<>(books).keySet()) {
      if (usable.contains(ticker)) {
        out.add(books.get(ticker).toSnapshot(0, 0, nowNs, nowNs));
      }
    }
    return out;
  }

  /** Restores markets and books saved by {@link #markets()} and {@link #books(long)}. */
  public void restore(List<MarketInfo> markets, List<BookSnapshot> savedBooks) {
    infos.clear();
    books.clear();
    usable.clear();
    markets.forEach(this::onMarket);
    savedBooks.forEach(this::onBook);
  }
}
