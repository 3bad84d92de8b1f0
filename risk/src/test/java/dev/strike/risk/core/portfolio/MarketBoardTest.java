package dev.strike.risk.core.portfolio;

import static dev.strike.risk.core.RiskFixtures.OPEN_NS;
import static dev.strike.risk.core.RiskFixtures.book;
import static dev.strike.risk.core.RiskFixtures.market;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.money.Price;
import org.junit.jupiter.api.Test;

class MarketBoardTest {
  private final MarketInfo info = market("30");
  private final MarketBoard board = new MarketBoard();

  @Test
  void shouldUseTheBookThatCameBeforeTheMarketInfoOnceTheMetadataArrives() {
    board.onBook(book(info.ticker(), "0.45", "0.53", OPEN_NS + 1));
    board.onBook(new BookDelta(info.ticker(), 1, 2, Side.YES, Price.parse("0.46"), 1_000, null, OPEN_NS + 2,
        OPEN_NS + 2));
    assertThat(board.top(info.ticker())).isNull(); // no metadata yet
    assertThat(board.unknownMarketEvents()).isEqualTo(2);

    board.onMarket(info);

    assertThat(board.bestBid(info.ticker(), Side.YES)).isEqualTo(Price.parse("0.46"));
    assertThat(board.bestBid(info.ticker(), Side.NO)).isEqualTo(Price.parse("0.53"));
  }

  @Test
  void shouldWaitForTheNextSnapshotWhenAGapCameBeforeTheMarketInfo() {
    board.onBook(book(info.ticker(), "0.45", "0.53", OPEN_NS + 1));
    board.onBook(new BookGap(info.ticker(), 1, 3, 7, "seq gap", OPEN_NS + 2, OPEN_NS + 2));

    board.onMarket(info);

    assertThat(board.top(info.ticker())).isNull();
    board.onBook(book(info.ticker(), "0.40", "0.55", OPEN_NS + 3));
    assertThat(board.bestBid(info.ticker(), Side.YES)).isEqualTo(Price.parse("0.40"));
  }
}
