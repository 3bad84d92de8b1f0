package dev.strike.common.book;

import dev.strike.common.event.BookLevel;
import dev.strike.common.event.Side;
import dev.strike.common.event.TopOfBook;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@link OrderBook} on sorted primitive arrays: each ladder is a pair of {@code long[]} (prices ascending, sizes),
 * so a delta is a binary search and, when a level appears or disappears, a shift of the few levels above it. The best
 * bid is the last element. Kalshi books hold tens of levels, for which this beats trees and maps and allocates
 * nothing per delta. Not thread-safe.
 */
public final class ArrayOrderBook implements OrderBook {
  private final MarketTicker ticker;
  private final Ladder yes = new Ladder();
  private final Ladder no = new Ladder();

  /** An empty book of {@code ticker}. */
  public ArrayOrderBook(MarketTicker ticker) {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
  }

  @Override
  public MarketTicker ticker() {
    return ticker;
  }

  private Ladder ladder(Side side) {
    return side == Side.YES ? yes : no;
  }

  @Override
  public void applySnapshot(List<BookLevel> yesBids, List<BookLevel> noBids) {
    yes.load(yesBids);
    no.load(noBids);
  }

  @Override
  public DeltaResult applyDelta(Side side, long priceMicros, long deltaHundredths) {
    if (deltaHundredths == 0) {
      throw new IllegalArgumentException("a book delta changes the size, got 0 at " + priceMicros);
    }
    return ladder(side).apply(priceMicros, deltaHundredths);
  }

  @Override
  public void clear() {
    yes.size = 0;
    no.size = 0;
  }

  @Override
  public long bestBidMicros(Side side) {
    Ladder l = ladder(side);
    return l.size == 0 ? -1 : l.prices[l.size - 1];
  }

  @Override
  public long bestBidQty(Side side) {
    Ladder l = ladder(side);
    return l.size == 0 ? 0 : l.qtys[l.size - 1];
  }

  @Override
  public long qtyAt(Side side, long priceMicros) {
    Ladder l = ladder(side);
    int i = Arrays.binarySearch(l.prices, 0, l.size, priceMicros);
    return i >= 0 ? l.qtys[i] : 0;
  }

  @Override
  public int levelCount(Side side) {
    return ladder(side).size;
  }

  @Override
  public List<BookLevel> bids(Side side) {
    Ladder l = ladder(side);
    List<BookLevel> out = new ArrayList<>(l.size);
    for (int i = 0; i < l.size; i++) {
      out.add(new BookLevel(Price.ofMicros(l.prices[i]), Qty.ofHundredths(l.qtys[i])));
    }
    return out;
  }

  @Override
  public TopOfBook top() {
    long bid = bestBidMicros(Side.YES);
    long noBid = bestBidMicros(Side.NO);
    return new TopOfBook(bid < 0 ? null : Price.ofMicros(bid), Qty.ofHundredths(bestBidQty(Side.YES)),
        noBid < 0 ? null : Price.ofMicros(Price.MICROS_PER_DOLLAR - noBid), Qty.ofHundredths(bestBidQty(Side.NO)));
  }

  @Override
  public String toString() {
    return "ArrayOrderBook[" + ticker + ": yes " + bids(Side.YES) + ", no " + bids(Side.NO) + "]";
  }

  /** One ladder: {@code prices[0..size)} ascending, {@code qtys} aligned, every size positive. */
  private static final class Ladder {
    long[] prices = new long[16];
    long[] qtys = new long[16];
    int size;

    void load(List<BookLevel> levels) {
      size = 0;
      ensure(levels.size());
      for (BookLevel level : levels) {
        long price = level.price().micros();
        int i = Arrays.binarySearch(prices, 0, size, price);
        if (i >= 0) {
          throw new IllegalArgumentException("two levels at " + level.price() + " in one snapshot side");
        }
        insertAt(-i - 1, price, level.qty().hundredths());
      }
    }

    DeltaResult apply(long price, long delta) {
      int i = Arrays.binarySearch(prices, 0, size, price);
      if (i >= 0) {
        long qty = qtys[i] + delta;
        if (qty > 0) {
          qtys[i] = qty;
          return DeltaResult.LEVEL_CHANGED;
        }
        removeAt(i);
        return qty == 0 ? DeltaResult.LEVEL_REMOVED : DeltaResult.NEGATIVE_SIZE;
      }
      if (delta < 0) {
        return DeltaResult.NEGATIVE_SIZE;
      }
      ensure(size + 1);
      insertAt(-i - 1, price, delta);
      return DeltaResult.LEVEL_ADDED;
    }

    private void ensure(int capacity) {
      if (capacity > prices.length) {
        int grown = Math.max(capacity, prices.length * 2);
        prices = Arrays.copyOf(prices, grown);
        qtys = Arrays.copyOf(qtys, grown);
      }
    }

    private void insertAt(int index, long price, long qty) {
      System.arraycopy(prices, index, prices, index + 1, size - index);
      System.arraycopy(qtys, index, qtys, index + 1, size - index);
      prices[index] = price;
      qtys[index] = qty;
      size++;
    }

    private void removeAt(int index) {
      System.arraycopy(prices, index + 1, prices, index, size - index - 1);
      System.arraycopy(qtys, index + 1, qtys, index, size - index - 1);
      size--;
    }
  }
}
