package dev.strike.common.book;

import dev.strike.common.event.BookLevel;
import dev.strike.common.event.Side;
import dev.strike.common.event.TopOfBook;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The plain reference {@link OrderBook}: one {@code TreeMap} per ladder. Obviously correct and slower; the shared
 * test suite and the differential property test hold {@link ArrayOrderBook} to it. Not thread-safe.
 */
public final class TreeOrderBook implements OrderBook {
  private final MarketTicker ticker;
  private final TreeMap<Long, Long> yes = new TreeMap<>();
  private final TreeMap<Long, Long> no = new TreeMap<>();

  /** An empty book of {@code ticker}. */
  public TreeOrderBook(MarketTicker ticker) {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
  }

  private TreeMap<Long, Long> ladder(Side side) {
    return side == Side.YES ? yes : no;
  }

  @Override
  public MarketTicker ticker() {
    return ticker;
  }

  @Override
  public void applySnapshot(List<BookLevel> yesBids, List<BookLevel> noBids) {
    load(yes, yesBids);
    load(no, noBids);
  }

  private static void load(TreeMap<Long, Long> ladder, List<BookLevel> levels) {
    ladder.clear();
    for (BookLevel level : levels) {
      if (ladder.put(level.price().micros(), level.qty().hundredths()) != null) {
        throw new IllegalArgumentException("two levels at " + level.price() + " in one snapshot side");
      }
    }
  }

  @Override
  public DeltaResult applyDelta(Side side, long priceMicros, long deltaHundredths) {
    if (deltaHundredths == 0) {
      throw new IllegalArgumentException("a book delta changes the size, got 0 at " + priceMicros);
    }
    TreeMap<Long, Long> ladder = ladder(side);
    Long current = ladder.get(priceMicros);
    long qty = (current == null ? 0 : current) + deltaHundredths;
    if (qty > 0) {
      ladder.put(priceMicros, qty);
      return current == null ? DeltaResult.LEVEL_ADDED : DeltaResult.LEVEL_CHANGED;
    }
    ladder.remove(priceMicros);
    return qty == 0 && current != null ? DeltaResult.LEVEL_REMOVED : DeltaResult.NEGATIVE_SIZE;
  }

  @Override
  public void clear() {
    yes.clear();
    no.clear();
  }

  @Override
  public long bestBidMicros(Side side) {
    TreeMap<Long, Long> ladder = ladder(side);
    return ladder.isEmpty() ? -1 : ladder.lastKey();
  }

  @Override
  public long bestBidQty(Side side) {
    TreeMap<Long, Long> ladder = ladder(side);
    return ladder.isEmpty() ? 0 : ladder.lastEntry().getValue();
  }

  @Override
  public long qtyAt(Side side, long priceMicros) {
    return ladder(side).getOrDefault(priceMicros, 0L);
  }

  @Override
  public int levelCount(Side side) {
    return ladder(side).size();
  }

  @Override
  public List<BookLevel> bids(Side side) {
    List<BookLevel> out = new ArrayList<>();
    for (Map.Entry<Long, Long> e : ladder(side).entrySet()) {
      out.add(new BookLevel(Price.ofMicros(e.getKey()), Qty.ofHundredths(e.getValue())));
    }
    return out;
  }

  @Override
  public TopOfBook top() {
    return TopOfBook.of(bids(Side.YES), bids(Side.NO));
  }
}
