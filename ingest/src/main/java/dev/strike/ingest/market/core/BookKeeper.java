package dev.strike.ingest.market.core;

import dev.strike.common.book.ArrayOrderBook;
import dev.strike.common.book.OrderBook;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.id.MarketTicker;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the L2 book of every followed market from the feed's (already sequenced) book events and decides what goes
 * on {@code md.book}: snapshots and deltas with the top of book after them, and gap markers. It is the second line
 * of defence after the feed's sequence tracking: a delta for a market without a current snapshot is not published,
 * and a delta that would leave a negative size (the book no longer matches the exchange) turns into a
 * {@link BookGap} and a request for a fresh snapshot. Pure and single-threaded (one lane owns it).
 */
public final class BookKeeper {
  private final Map<MarketTicker, OrderBook> books = new HashMap<>();
  private final Map<MarketTicker, Boolean> synced = new HashMap<>();
  private long deltasDropped;

  /** What to do after one feed event. */
  public record Outcome(List<BookEvent> publish, List<MarketTicker> resync) {
    static Outcome publish(BookEvent event) {
      return new Outcome(List.of(event), List.of());
    }

    static final Outcome NOTHING = new Outcome(List.of(), List.of());
  }

  /** Handles one book event from the feed. */
  public Outcome on(BookEvent event) {
    if (event instanceof BookSnapshot snapshot) {
      OrderBook book = books.computeIfAbsent(snapshot.ticker(), ArrayOrderBook::new);
      book.applySnapshot(snapshot.yesBids(), snapshot.noBids());
      synced.put(snapshot.ticker(), true);
      return Outcome.publish(snapshot);
    }
    if (event instanceof BookGap gap) {
      OrderBook book = books.get(gap.ticker());
      if (book != null) {
        book.clear();
      }
      synced.put(gap.ticker(), false);
      return Outcome.publish(gap);
    }
    BookDelta delta = (BookDelta) event;
    OrderBook book = books.get(delta.ticker());
    if (book == null || !synced.getOrDefault(delta.ticker(), false)) {
      deltasDropped++;
      return Outcome.NOTHING;
    }
    OrderBook.DeltaResult result = book.applyDelta(delta.side(), delta.price().micros(), delta.deltaHundredths());
    if (result == OrderBook.DeltaResult.NEGATIVE_SIZE) {
      book.clear();
      synced.put(delta.ticker(), false);
      BookGap gap = new BookGap(delta.ticker(), delta.sid(), 0, 0, "delta " + delta.deltaHundredths() + " at "
          + delta.price() + " (" + delta.side().name().toLowerCase(java.util.Locale.ROOT)
          + ") would leave a negative size: book out of sync at seq " + delta.seq(), delta.tsEvent(), delta.tsInit());
      return new Outcome(List.of(gap), List.of(delta.ticker()));
    }
    return Outcome.publish(new BookDelta(delta.ticker(), delta.sid(), delta.seq(), delta.side(), delta.price(),
        delta.deltaHundredths(), delta.clientOrderId(), book.top(), delta.tsEvent(), delta.tsInit()));
  }

  /** Forgets a market (settled, or no longer followed). */
  public void forget(MarketTicker ticker) {
    books.remove(ticker);
    synced.remove(ticker);
  }

  /** The current book of {@code ticker}, if it is synchronised. */
  public java.util.Optional<OrderBook> book(MarketTicker ticker) {
    return synced.getOrDefault(ticker, false) ? java.util.Optional.ofNullable(books.get(ticker))
        : java.util.Optional.empty();
  }

  /** Markets with a synchronised book. */
  public int syncedMarkets() {
    return (int) synced.values().stream().filter(Boolean::booleanValue).count();
  }

  /** Deltas dropped because their market had no current snapshot. */
  public long deltasDropped() {
    return deltasDropped;
  }
}
