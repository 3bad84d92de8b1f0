package dev.strike.common.event;

import dev.strike.common.id.MarketTicker;
import java.util.List;

/**
 * The whole book of one market. Levels are sorted by ascending price, best bid last (as Kalshi sends them), one level
 * per price.
 *
 * @param ticker the market
 * @param sid the WebSocket subscription the snapshot came on; 0 for a REST snapshot
 * @param seq its sequence number within {@code sid}; 0 for a REST snapshot
 * @param yesBids bids to buy YES, in YES prices, ascending
 * @param noBids bids to buy NO, in NO prices, ascending
 * @param top the best bid and ask these ladders give (computed when not given)
 */
public record BookSnapshot(
    MarketTicker ticker, long sid, long seq, List<BookLevel> yesBids, List<BookLevel> noBids, TopOfBook top,
    long tsEvent, long tsInit)
    implements BookEvent {

  /** Validates presence and strictly ascending levels; computes {@code top} when null and checks it otherwise. */
  public BookSnapshot {
    Require.present(ticker, "ticker");
    Require.notNegative(sid, "sid");
    Require.notNegative(seq, "seq");
    yesBids = ascending(Require.list(yesBids, "yesBids"), "yesBids");
    noBids = ascending(Require.list(noBids, "noBids"), "noBids");
    TopOfBook derived = TopOfBook.of(yesBids, noBids);
    if (top != null && !top.equals(derived)) {
      throw new IllegalArgumentException("top " + top + " does not match the ladders' " + derived);
    }
    top = derived;
    Require.times(tsEvent, tsInit);
  }

  /** A snapshot whose top of book is computed from the ladders. */
  public BookSnapshot(MarketTicker ticker, long sid, long seq, List<BookLevel> yesBids, List<BookLevel> noBids,
      long tsEvent, long tsInit) {
    this(ticker, sid, seq, yesBids, noBids, null, tsEvent, tsInit);
  }

  /** Version 2 added {@code top}. */
  @Override
  public int schemaVersion() {
    return 2;
  }

  private static List<BookLevel> ascending(List<BookLevel> levels, String field) {
    for (int i = 1; i < levels.size(); i++) {
      if (levels.get(i).price().micros() <= levels.get(i - 1).price().micros()) {
        throw new IllegalArgumentException(field + " must be strictly ascending by price: "
            + levels.get(i - 1).price() + " then " + levels.get(i).price());
      }
    }
    return levels;
  }
}
