package dev.strike.ingest.market.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.Side;
import dev.strike.common.event.TopOfBook;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookKeeperTest {
  private static final MarketTicker M = MarketTicker.of("KXBTC15M-26AUG171330-30");
  private final BookKeeper keeper = new BookKeeper();

  private static BookLevel level(String price, String qty) {
    return new BookLevel(Price.parse(price), Qty.parse(qty));
  }

  private static BookSnapshot snapshot(long seq) {
    return new BookSnapshot(M, 1, seq, List.of(level("0.45", "310")), List.of(level("0.53", "150")), 10, 11);
  }

  private static BookDelta delta(long seq, Side side, String price, long hundredths) {
    return new BookDelta(M, 1, seq, side, Price.parse(price), hundredths, null, 20 + seq, 21 + seq);
  }

  @Test
  void shouldPublishSnapshotsAndDeltasWithTheTopOfBookAfterThem() {
    assertThat(keeper.on(snapshot(1)).publish()).containsExactly(snapshot(1));
    BookKeeper.Outcome outcome = keeper.on(delta(2, Side.YES, "0.46", 5_000));
    BookDelta published = (BookDelta) outcome.publish().get(0);
    assertThat(published.top()).isEqualTo(new TopOfBook(Price.parse("0.46"), Qty.parse("50"), Price.parse("0.47"),
        Qty.parse("150")));
    assertThat(published.seq()).isEqualTo(2);
    assertThat(outcome.resync()).isEmpty();
  }

  @Test
  void shouldNotPublishDeltasOfAMarketWithoutASnapshot() {
    assertThat(keeper.on(delta(2, Side.YES, "0.46", 5_000)).publish()).isEmpty();
    assertThat(keeper.deltasDropped()).isEqualTo(1);
  }

  @Test
  void shouldHoldDeltasBackAfterAGapUntilTheNextSnapshot() {
    keeper.on(snapshot(1));
    BookGap gap = new BookGap(M, 1, 3, 5, "seq gap", 30, 31);
    assertThat(keeper.on(gap).publish()).containsExactly(gap);
    assertThat(keeper.on(delta(6, Side.NO, "0.53", 100)).publish()).isEmpty();
    assertThat(keeper.book(M)).isEmpty();
    keeper.on(snapshot(7));
    assertThat(keeper.on(delta(8, Side.NO, "0.53", 100)).publish()).hasSize(1);
  }

  @Test
  void shouldTurnANegativeSizeIntoAGapAndAResync() {
    keeper.on(snapshot(1));
    BookKeeper.Outcome outcome = keeper.on(delta(2, Side.NO, "0.53", -20_000));
    assertThat(outcome.publish()).singleElement().isInstanceOfSatisfying(BookGap.class,
        gap -> assertThat(gap.reason()).contains("negative size").contains("seq 2"));
    assertThat(outcome.resync()).containsExactly(M);
    assertThat(keeper.on(delta(3, Side.YES, "0.45", 100)).publish()).isEmpty();
  }

  @Test
  void shouldKeepTheSameBookAsTheExchangeAfterSnapshotAndDeltas() {
    keeper.on(snapshot(1));
    keeper.on(delta(2, Side.YES, "0.45", -10_000));
    keeper.on(delta(3, Side.YES, "0.44", 2_500));
    keeper.on(delta(4, Side.NO, "0.54", 700));
    assertThat(keeper.book(M).orElseThrow().bids(Side.YES))
        .containsExactly(level("0.44", "25"), level("0.45", "210"));
    assertThat(keeper.book(M).orElseThrow().top().yesAsk()).isEqualTo(Price.parse("0.46"));
  }
}
