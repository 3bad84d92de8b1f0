package dev.strike.execution.core.paper;

import dev.strike.common.book.ArrayOrderBook;
import dev.strike.common.book.OrderBook;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.Side;
import dev.strike.common.fee.KalshiFees;
import dev.strike.common.id.MarketTicker;
import java.util.ArrayList;
import java.util.List;

/**
 * The paper exchange's view of one market: the displayed book, how much of it our taker orders already took, our
 * resting orders with their queue positions, and our net position. Mutable, owned by its {@link PaperExchange}.
 *
 * <p>Rules (all chosen to err against us):
 * <ul>
 *   <li><b>Consumed liquidity.</b> Per ladder and level we keep how much of the displayed size our orders took; a
 *       later order sees only {@code displayed − consumed}. A size increase keeps the consumed amount (new
 *       contracts join behind; what we took is still gone); a decrease caps it at the new size (the decrease may
 *       have been other contracts, so we give back only what can no longer be displayed); a level that disappears
 *       and every snapshot reset it.</li>
 *   <li><b>Queue position.</b> A resting order starts behind the whole displayed size of its level. A public trade
 *       at the level moves the queue by its size, and the trade's size is remembered so that the book decrease
 *       reporting the same trade does not move the queue again. Any other decrease is a cancellation somewhere
 *       in the queue: the queue ahead shrinks pro rata ({@code ahead × decrease / sizeBefore}, rounded down). The
 *       queue ahead never exceeds the displayed size.</li>
 *   <li><b>Maker fills.</b> A public trade hitting our ladder fills our orders priced better than the trade (the
 *       trade went through them) first, then our orders at the trade's price for what the trade left after the
 *       queue ahead, in our arrival order. One trade never fills more of our orders than its own size.</li>
 * </ul>
 */
final class PaperMarket {
  /** Receives the fills a market decides: {@code priceMicros} in the order's side terms. */
  @FunctionalInterface
  interface FillSink {
    void onFill(PaperOrder order, long priceMicros, long qtyHundredths, Liquidity liquidity);
  }

  final MarketTicker ticker;
  final OrderBook book;
  MarketInfo info;
  KalshiFees fees;
  /** Whether {@link #book} matches the exchange: a snapshot came and no gap since. */
  boolean bookLive;
  boolean settled;
  long scheduledCloseNs = -1;
  /** Net YES contracts (hundredths): positive = YES held, negative = NO held. */
  long netYesHundredths;
  /** Resting orders in arrival order. */
  final List<PaperOrder> resting = new ArrayList<>();
  private final LevelAmounts consumedYes = new LevelAmounts();
  private final LevelAmounts consumedNo = new LevelAmounts();
  private final LevelAmounts tradedYes = new LevelAmounts();
  private final LevelAmounts tradedNo = new LevelAmounts();

  PaperMarket(MarketTicker ticker) {
    this.ticker = ticker;
    this.book = new ArrayOrderBook(ticker);
  }

  private LevelAmounts consumed(Side ladder) {
    return ladder == Side.YES ? consumedYes : consumedNo;
  }

  private LevelAmounts traded(Side ladder) {
    return ladder == Side.YES ? tradedYes : tradedNo;
  }

  /** Displayed size at a level minus what our orders already took there. */
  long available(Side ladder, long priceMicros) {
    long displayed = book.qtyAt(ladder, priceMicros);
    return displayed == 0 ? 0 : displayed - consumed(ladder).get(priceMicros);
  }

  /** Whether any displayed level of {@code ladder} is at or above {@code minMicros} (consumed or not). */
  boolean crossesDisplayed(Side ladder, long minMicros) {
    long best = book.bestBidMicros(ladder);
    return best >= 0 && best >= minMicros;
  }

  /** How much of {@code ladder} at or above {@code minMicros} our orders may still take, up to {@code cap}. */
  long crossable(Side ladder, long minMicros, long cap) {
    if (!crossesDisplayed(ladder, minMicros)) {
      return 0;
    }
    long total = 0;
    List<BookLevel> levels = book.bids(ladder);
    for (int i = levels.size() - 1; i >= 0 && total < cap; i--) {
      long price = levels.get(i).price().micros();
      if (price < minMicros) {
        break;
      }
      total += available(ladder, price);
    }
    return Math.min(total, cap);
  }

  /** Takes up to {@code wanted} from the best levels of the order's take ladder; returns what it took. */
  long take(PaperOrder order, long wanted, FillSink sink) {
    Side ladder = order.takeLadder;
    if (wanted == 0 || !crossesDisplayed(ladder, order.minTakeMicros)) {
      return 0;
    }
    long taken = 0;
    List<BookLevel> levels = book.bids(ladder);
    for (int i = levels.size() - 1; i >= 0 && taken < wanted; i--) {
      long price = levels.get(i).price().micros();
      if (price < order.minTakeMicros) {
        break;
      }
      long qty = Math.min(available(ladder, price), wanted - taken);
      if (qty > 0) {
        consumed(ladder).add(price, qty);
        taken += qty;
        sink.onFill(order, order.takerPriceMicros(price), qty, Liquidity.TAKER);
      }
    }
    return taken;
  }

  /** Puts the order's remainder on the book behind the displayed size of its level. */
  void rest(PaperOrder order) {
    order.state = PaperOrder.State.RESTING;
    order.restingHundredths = order.unfilledHundredths();
    order.queueAheadHundredths = book.qtyAt(order.restLadder, order.restMicros);
    resting.add(order);
  }

  void remove(PaperOrder order) {
    resting.remove(order);
  }

  void onSnapshot(BookSnapshot snapshot) {
    book.applySnapshot(snapshot.yesBids(), snapshot.noBids());
    consumedYes.clear();
    consumedNo.clear();
    tradedYes.clear();
    tradedNo.clear();
    bookLive = true;
    for (PaperOrder order : resting) {
      order.queueAheadHundredths =
          Math.min(order.queueAheadHundredths, book.qtyAt(order.restLadder, order.restMicros));
    }
  }

  void onDelta(BookDelta delta) {
    Side ladder = delta.side();
    long price = delta.price().micros();
    long before = book.qtyAt(ladder, price);
    OrderBook.DeltaResult result = book.applyDelta(ladder, price, delta.deltaHundredths());
    if (result == OrderBook.DeltaResult.NEGATIVE_SIZE) {
      bookLive = false; // out of sync with the exchange until the next snapshot
    }
    long after = book.qtyAt(ladder, price);
    LevelAmounts consumed = consumed(ladder);
    if (after == 0) {
      consumed.set(price, 0);
    } else if (after < before) {
      consumed.set(price, Math.min(consumed.get(price), after));
    }
    long decrease = before - after;
    long cancelled = 0;
    if (decrease > 0) {
      LevelAmounts traded = traded(ladder);
      long explained = Math.min(traded.get(price), decrease);
      traded.set(price, after == 0 ? 0 : traded.get(price) - explained);
      cancelled = decrease - explained;
    }
    for (PaperOrder order : resting) {
      if (order.restLadder != ladder || order.restMicros != price) {
        continue;
      }
      long ahead = order.queueAheadHundredths;
      if (cancelled > 0 && ahead > 0) {
        ahead -= Math.multiplyExact(ahead, cancelled) / before; // rounded down: the queue shrinks by less
      }
      order.queueAheadHundredths = Math.min(ahead, after);
    }
  }

  void onGap() {
    bookLive = false;
  }

  /** A public trade: which of our resting orders it fills (see the class rules). */
  void onTrade(MarketTrade trade, FillSink sink) {
    Side hitLadder = trade.takerSide().opposite();
    long hitMicros = hitLadder == Side.YES ? trade.yesPrice().micros() : trade.noPrice().micros();
    long size = trade.qty().hundredths();
    traded(hitLadder).add(hitMicros, size);
    if (resting.isEmpty()) {
      return;
    }
    long budget = size;
    // Through: our better-priced orders would have been hit before the printed price, best price first.
    List<PaperOrder> through = new ArrayList<>();
    for (PaperOrder order : resting) {
      if (order.restLadder == hitLadder && order.restMicros > hitMicros) {
        through.add(order);
      }
    }
    through.sort((a, b) -> a.restMicros != b.restMicros ? Long.compare(b.restMicros, a.restMicros)
        : Long.compare(a.arrivalSeq, b.arrivalSeq));
    for (PaperOrder order : through) {
      order.queueAheadHundredths = 0;
      long qty = Math.min(order.restingHundredths, budget);
      if (qty > 0) {
        budget -= qty;
        sink.onFill(order, order.intent.limitPrice().micros(), qty, Liquidity.MAKER);
      }
    }
    // At the printed price: the trade first eats the queue ahead, our earlier orders come before later ones.
    long ourFillsAtLevel = 0;
    for (PaperOrder order : List.copyOf(resting)) {
      if (order.restLadder != hitLadder || order.restMicros != hitMicros || order.state != PaperOrder.State.RESTING) {
        continue;
      }
      long leftForUs = Math.max(0, size - order.queueAheadHundredths - ourFillsAtLevel);
      order.queueAheadHundredths = Math.max(0, order.queueAheadHundredths - size);
      long qty = Math.min(Math.min(order.restingHundredths, leftForUs), budget);
      if (qty > 0) {
        budget -= qty;
        ourFillsAtLevel += qty;
        sink.onFill(order, order.intent.limitPrice().micros(), qty, Liquidity.MAKER);
      }
    }
  }

  /** Whether new orders may trade at {@code nowNs}: the market is active and not past its close. */
  boolean isOpenAt(long nowNs) {
    return info != null && info.status().isTradable() && (info.closeTimeNs() == 0 || nowNs < info.closeTimeNs());
  }
}
