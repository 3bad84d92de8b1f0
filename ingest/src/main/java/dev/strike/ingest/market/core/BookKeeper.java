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
  private final Map<MarketTicker, Market> markets = new HashMap<>();
  private long deltasDropped;

  /** One market's book and whether it matches the exchange (one map lookup per event on the hot path). */
  private static final class Market {
    final OrderBook book;
    boolean synced;

    Market(MarketTicker ticker) {
      this.book = new ArrayOrderBook(ticker);
    }
  }

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
      Market market = markets.computeIfAbsent(snapshot.ticker(), Market::new);
      market.book.applySnapshot(snapshot.yesBids(), snapshot.noBids());
      market.synced = true;
      return Outcome.publish(snapshot);
    }
    if (event instanceof BookGap gap) {
      Market market = markets.computeIfAbsent(gap.ticker(), Market::new);
      market.book.clear();
      market.synced = false;
      return Outcome.publish(gap);
    }
    BookDelta delta = (BookDelta) event;
    Market market = markets.get(delta.ticker());
    if (market == null || !market.synced) {
      deltasDropped++;
      return Outcome.NOTHING;
    }
    OrderBook book = market.book;
    OrderBook.DeltaResult result = book.applyDelta(delta.side(), delta.price().micros(), delta.deltaHundredths());
    if (result == OrderBook.DeltaResult.NEGATIVE_SIZE) {
      book.clear();
      market.synced = false;
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
    markets.remove(ticker);
  }

  /** The current book of {@code ticker}, if it is synchronised. */
  public java.util.Optional<OrderBook> book(MarketTicker ticker) {
    Market market = markets.get(ticker);
    return market != null && market.synced ? java.util.Optional.of(market.book) : java.util.Optional.empty();
  }

  /** Markets with a synchronised book. */
  public int syncedMarkets() {
    return (int) markets.values().stream().filter(m -> m.synced).count();
  }

  /** Deltas dropped because their market had no current snapshot. */
  public long deltasDropped() {
    return deltasDropped;
  }
}
