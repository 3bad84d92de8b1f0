package dev.strike.kalshi.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.json.DecodeException;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.kalshi.testing.KalshiFixtures;
import dev.strike.kalshi.wire.Orderbook;
import dev.strike.kalshi.wire.OrderbookResponse;
import dev.strike.kalshi.wire.PriceLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderbookMapperTest {
  private static final MarketTicker TICKER = MarketTicker.of("KXBTC15M-26AUG171330-30");
  private static final long TS = 1_786_987_267_299_871_455L;

  private static BookLevel level(String price, String qty) {
    return new BookLevel(Price.parse(price), Qty.parse(qty));
  }

  @Test
  void shouldMapTheFixtureToASnapshotWithExactPricesWhenGivenTheDocumentedBook() {
    Orderbook book = KalshiFixtures.decode("orderbook_rest.json", OrderbookResponse.class).orderbookFp();

    BookSnapshot snapshot = OrderbookMapper.toBookSnapshot(TICKER, book, TS);

    assertThat(snapshot.sid()).isZero();
    assertThat(snapshot.seq()).isZero();
    assertThat(snapshot.yesBids()).containsExactly(level("0.4300", "120.00"), level("0.4400", "85.00"),
        level("0.4500", "310.00"));
    assertThat(snapshot.noBids()).containsExactly(level("0.5000", "40.00"), level("0.5200", "95.50"),
        level("0.5300", "150.00"));
    assertThat(snapshot.noBids().get(1).qty().hundredths()).isEqualTo(9_550);
    assertThat(snapshot.top().yesBid()).isEqualTo(Price.ofMicros(450_000));
    assertThat(snapshot.top().yesAsk()).isEqualTo(Price.ofMicros(470_000));
    assertThat(snapshot.top().yesAskQty()).isEqualTo(Qty.ofContracts(150));
    assertThat(snapshot.tsEvent()).isEqualTo(TS);
    assertThat(snapshot.tsInit()).isEqualTo(TS);
  }

  @Test
  void shouldSortTheLevelsWhenKalshiSendsThemOutOfOrder() {
    Orderbook book = new Orderbook(List.of(new PriceLevel("0.4500", "310.00"), new PriceLevel("0.4300", "120.00"),
        new PriceLevel("0.4400", "85.00")), List.of());

    BookSnapshot snapshot = OrderbookMapper.toBookSnapshot(TICKER, book, TS);

    assertThat(snapshot.yesBids()).extracting(BookLevel::price)
        .containsExactly(Price.parse("0.43"), Price.parse("0.44"), Price.parse("0.45"));
    assertThat(snapshot.top().yesBid()).isEqualTo(Price.parse("0.45"));
    assertThat(snapshot.top().yesAsk()).isNull();
  }

  @Test
  void shouldKeepSubCentPricesExactWhenTheGridIsFine() {
    Orderbook book = new Orderbook(List.of(new PriceLevel("0.0015", "1.55"), new PriceLevel("0.012345", "0.01")),
        List.of());

    BookSnapshot snapshot = OrderbookMapper.toBookSnapshot(TICKER, book, TS);

    assertThat(snapshot.yesBids()).extracting(l -> l.price().micros()).containsExactly(1_500L, 12_345L);
    assertThat(snapshot.yesBids()).extracting(l -> l.qty().hundredths()).containsExactly(155L, 1L);
  }

  @Test
  void shouldDropALevelWhenItsSizeIsZero() {
    Orderbook book = new Orderbook(List.of(new PriceLevel("0.4300", "0.00"), new PriceLevel("0.4400", "1.00")),
        List.of());

    assertThat(OrderbookMapper.toBookSnapshot(TICKER, book, TS).yesBids()).containsExactly(level("0.44", "1"));
  }

  @Test
  void shouldNameTheFieldAndIndexWhenAPriceDoesNotParse() {
    Orderbook book = new Orderbook(List.of(), List.of(new PriceLevel("0.50", "1.00"), new PriceLevel("0,52", "2")));

    assertThatThrownBy(() -> OrderbookMapper.toBookSnapshot(TICKER, book, TS))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining(TICKER.value()).hasMessageContaining("orderbook_fp.no_dollars[1] price")
        .hasMessageContaining("0,52");
  }

  @Test
  void shouldRefuseToRoundWhenASizeIsFinerThanAHundredth() {
    Orderbook book = new Orderbook(List.of(new PriceLevel("0.50", "1.005")), List.of());

    assertThatThrownBy(() -> OrderbookMapper.toBookSnapshot(TICKER, book, TS))
        .isInstanceOf(DecodeException.class).hasMessageContaining("orderbook_fp.yes_dollars[0] count");
  }

  @Test
  void shouldRefuseTheBookWhenAPriceRepeats() {
    Orderbook book = new Orderbook(List.of(new PriceLevel("0.50", "1"), new PriceLevel("0.5000", "2")), List.of());

    assertThatThrownBy(() -> OrderbookMapper.toBookSnapshot(TICKER, book, TS))
        .isInstanceOf(DecodeException.class).hasMessageContaining("twice");
  }
}
