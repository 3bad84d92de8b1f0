package dev.strike.common.event;

import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The best prices of a book in YES terms, as Kalshi derives them: the YES bid is the best YES bid; the YES ask is
 * $1 minus the best NO bid, with that NO level's size. An empty side has a null price and zero size.
 *
 * @param yesBid best price to sell YES at, or null
 * @param yesBidQty size at {@code yesBid}
 * @param yesAsk best price to buy YES at, or null
 * @param yesAskQty size at {@code yesAsk}
 */
public record TopOfBook(@Nullable Price yesBid, Qty yesBidQty, @Nullable Price yesAsk, Qty yesAskQty) {
  /** No bids on either side. */
  public static final TopOfBook EMPTY = new TopOfBook(null, Qty.ZERO, null, Qty.ZERO);

  /** Validates that a price has a positive size and a missing price has none. */
  public TopOfBook {
    Require.present(yesBidQty, "yesBidQty");
    Require.present(yesAskQty, "yesAskQty");
    if ((yesBid == null) != yesBidQty.isZero()) {
      throw new IllegalArgumentException("a YES bid needs a positive size and no bid none, got " + yesBid + " x "
          + yesBidQty);
    }
    if ((yesAsk == null) != yesAskQty.isZero()) {
      throw new IllegalArgumentException("a YES ask needs a positive size and no ask none, got " + yesAsk + " x "
          + yesAskQty);
    }
  }

  /** The top of a book given as ascending YES and NO bid ladders (best last). */
  public static TopOfBook of(List<BookLevel> yesBids, List<BookLevel> noBids) {
    BookLevel bid = yesBids.isEmpty() ? null : yesBids.get(yesBids.size() - 1);
    BookLevel noBid = noBids.isEmpty() ? null : noBids.get(noBids.size() - 1);
    return new TopOfBook(bid == null ? null : bid.price(), bid == null ? Qty.ZERO : bid.qty(),
        noBid == null ? null : noBid.price().complement(), noBid == null ? Qty.ZERO : noBid.qty());
  }

  /** The YES mid in micro-dollars (rounded down), or -1 when a side is empty. */
  public long midMicros() {
    return yesBid == null || yesAsk == null ? -1 : (yesBid.micros() + yesAsk.micros()) / 2;
  }
}
