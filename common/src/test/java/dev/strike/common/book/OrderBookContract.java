package dev.strike.common.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.book.OrderBook.DeltaResult;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.Side;
import dev.strike.common.event.TopOfBook;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link OrderBook} implementation shares; one subclass per implementation. */
abstract class OrderBookContract {
  static final MarketTicker TICKER = MarketTicker.of("KXBTC15M-26AUG171330-30");

  abstract OrderBook newBook();

  static BookLevel level(String price, String qty) {
    return new BookLevel(Price.parse(price), Qty.parse(qty));
  }

  static long micros(String price) {
    return Price.parse(price).micros();
  }

  @Test
  void shouldBeEmptyWhenNew() {
    OrderBook book = newBook();
    assertThat(book.bestBidMicros(Side.YES)).isEqualTo(-1);
    assertThat(book.bestBidQty(Side.NO)).isZero();
    assertThat(book.levelCount(Side.YES)).isZero();
    assertThat(book.top()).isEqualTo(TopOfBook.EMPTY);
    assertThat(book.bids(Side.NO)).isEmpty();
  }

  @Test
  void shouldSortASnapshotAndDeriveTheYesAskFromTheBestNoBid() {
    OrderBook book = newBook();
    book.applySnapshot(List.of(level("0.45", "310"), level("0.43", "120"), level("0.44", "85")),
        List.of(level("0.53", "150"), level("0.50", "40")));
    assertThat(book.bids(Side.YES)).containsExactly(level("0.43", "120"), level("0.44", "85"),
        level("0.45", "310"));
    assertThat(book.bestBidMicros(Side.YES)).isEqualTo(450_000);
    assertThat(book.top()).isEqualTo(new TopOfBook(Price.parse("0.45"), Qty.parse("310"), Price.parse("0.47"),
        Qty.parse("150")));
  }

  @Test
  void shouldAddChangeAndRemoveLevelsWithDeltas() {
    OrderBook book = newBook();
    assertThat(book.applyDelta(Side.YES, micros("0.40"), 1_000)).isEqualTo(DeltaResult.LEVEL_ADDED);
    assertThat(book.applyDelta(Side.YES, micros("0.40"), 550)).isEqualTo(DeltaResult.LEVEL_CHANGED);
    assertThat(book.qtyAt(Side.YES, micros("0.40"))).isEqualTo(1_550);
    assertThat(book.applyDelta(Side.YES, micros("0.40"), -1_550)).isEqualTo(DeltaResult.LEVEL_REMOVED);
    assertThat(book.levelCount(Side.YES)).isZero();
  }

  @Test
  void shouldReportAndDropALevelThatWouldGoNegative() {
    OrderBook book = newBook();
    book.applyDelta(Side.NO, micros("0.55"), 100);
    assertThat(book.applyDelta(Side.NO, micros("0.55"), -101)).isEqualTo(DeltaResult.NEGATIVE_SIZE);
    assertThat(book.qtyAt(Side.NO, micros("0.55"))).isZero();
    assertThat(book.applyDelta(Side.NO, micros("0.60"), -1)).isEqualTo(DeltaResult.NEGATIVE_SIZE);
    assertThat(book.levelCount(Side.NO)).isZero();
  }

  @Test
  void shouldReplaceEverythingWithANewSnapshot() {
    OrderBook book = newBook();
    book.applyDelta(Side.YES, micros("0.10"), 500);
    book.applySnapshot(List.of(level("0.20", "1")), List.of());
    assertThat(book.bids(Side.YES)).containsExactly(level("0.20", "1"));
    assertThat(book.top().yesAsk()).isNull();
  }

  @Test
  void shouldRefuseTwoLevelsAtOnePriceInASnapshot() {
    assertThatThrownBy(() -> newBook().applySnapshot(List.of(level("0.20", "1"), level("0.20", "2")), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRefuseAZeroDelta() {
    assertThatThrownBy(() -> newBook().applyDelta(Side.YES, micros("0.20"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldKeepSubCentPricesOfTaperedGrids() {
    OrderBook book = newBook();
    book.applyDelta(Side.YES, micros("0.0543"), 200);
    book.applyDelta(Side.YES, micros("0.054"), 100);
    assertThat(book.bids(Side.YES)).containsExactly(level("0.0540", "1"), level("0.0543", "2"));
  }

  @Test
  void shouldWriteItselfAsASnapshotEvent() {
    OrderBook book = newBook();
    book.applySnapshot(List.of(level("0.45", "310")), List.of(level("0.53", "150")));
    BookSnapshot snapshot = book.toSnapshot(7, 42, 1_000, 2_000);
    assertThat(snapshot.yesBids()).containsExactly(level("0.45", "310"));
    assertThat(snapshot.top()).isEqualTo(book.top());
    assertThat(snapshot.sid()).isEqualTo(7);
    assertThat(snapshot.seq()).isEqualTo(42);
  }

  @Test
  void shouldEmptyBothLaddersWhenCleared() {
    OrderBook book = newBook();
    book.applySnapshot(List.of(level("0.45", "310")), List.of(level("0.53", "150")));
    book.clear();
    assertThat(book.top()).isEqualTo(TopOfBook.EMPTY);
  }

  @Test
  void shouldGrowPastItsInitialCapacity() {
    OrderBook book = newBook();
    for (int cents = 1; cents < 100; cents++) {
      book.applyDelta(Side.NO, cents * 10_000L, cents);
    }
    assertThat(book.levelCount(Side.NO)).isEqualTo(99);
    assertThat(book.bestBidMicros(Side.NO)).isEqualTo(990_000);
    assertThat(book.bids(Side.NO).get(0)).isEqualTo(new BookLevel(Price.ofCents(1), Qty.ofHundredths(1)));
  }
}
