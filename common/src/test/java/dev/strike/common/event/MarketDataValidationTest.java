package dev.strike.common.event;

import static dev.strike.common.event.EventSamples.TICKER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.id.Asset;
import dev.strike.common.id.SourceId;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketDataValidationTest {
  private static final long TS = EventSamples.FILL_NS;

  private static BookLevel level(String price, String qty) {
    return new BookLevel(Price.parse(price), Qty.parse(qty));
  }

  @Test
  void shouldRejectBookLevelWhenSizeIsZero() {
    assertThatThrownBy(() -> level("0.4500", "0.00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a book level must have a positive size, got 0 at $0.4500");
  }

  @Test
  void shouldRejectSnapshotWhenLevelsAreDescending() {
    List<BookLevel> descending = List.of(level("0.4500", "1.00"), level("0.4400", "1.00"));

    assertThatThrownBy(() -> new BookSnapshot(TICKER, 1, 1, descending, List.of(), TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("yesBids must be strictly ascending by price: $0.4500 then $0.4400");
  }

  @Test
  void shouldRejectSnapshotWhenTwoLevelsShareAPrice() {
    List<BookLevel> duplicate = List.of(level("0.5300", "1.00"), level("0.5300", "2.00"));

    assertThatThrownBy(() -> new BookSnapshot(TICKER, 1, 1, List.of(), duplicate, TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("noBids must be strictly ascending by price");
  }

  @Test
  void shouldRejectSnapshotWhenALevelIsNull() {
    List<BookLevel> withNull = new ArrayList<>();
    withNull.add(null);

    assertThatThrownBy(() -> new BookSnapshot(TICKER, 1, 1, withNull, List.of(), TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("yesBids element is required");
  }

  @Test
  void shouldKeepSnapshotLevelsWhenTheCallerChangesItsList() {
    List<BookLevel> levels = new ArrayList<>(List.of(level("0.4300", "120.00")));
    BookSnapshot snapshot = new BookSnapshot(TICKER, 1, 1, levels, List.of(), TS, TS);

    levels.add(level("0.4400", "85.00"));

    assertThat(snapshot.yesBids()).containsExactly(level("0.4300", "120.00"));
  }

  @Test
  void shouldAcceptEmptySnapshotWhenTheBookIsEmpty() {
    assertThat(new BookSnapshot(TICKER, 0, 0, List.of(), List.of(), TS, TS).yesBids()).isEmpty();
  }

  @Test
  void shouldRejectDeltaWhenItChangesNothing() {
    assertThatThrownBy(() -> new BookDelta(TICKER, 1, 2, Side.YES, Price.ofCents(46), 0, null, TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("deltaHundredths must not be 0");
  }

  @Test
  void shouldRejectDeltaWhenSidIsNegative() {
    assertThatThrownBy(() -> new BookDelta(TICKER, -1, 2, Side.YES, Price.ofCents(46), 2_500, null, TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sid must not be negative, got -1");
  }

  @Test
  void shouldRejectDeltaWhenTsEventIsNegative() {
    assertThatThrownBy(() -> new BookDelta(TICKER, 1, 2, Side.YES, Price.ofCents(46), 2_500, null, -1, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tsEvent must be epoch nanoseconds (>= 0), got -1");
  }

  @Test
  void shouldRejectDeltaWhenTickerIsMissing() {
    assertThatThrownBy(() -> new BookDelta(null, 1, 2, Side.YES, Price.ofCents(46), 2_500, null, TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ticker is required");
  }

  @Test
  void shouldRejectGapWhenReasonIsBlank() {
    assertThatThrownBy(() -> new BookGap(TICKER, 1, 4, 6, " ", TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reason must not be blank");
  }

  @Test
  void shouldRejectTradeWhenSizeIsZero() {
    MarketTrade trade = EventSamples.marketTrade();

    assertThatThrownBy(() -> new MarketTrade(trade.tradeId(), TICKER, trade.yesPrice(), Qty.ZERO, Side.YES, false,
        TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a trade must have a positive size");
  }

  @Test
  void shouldPriceTheNoSideAsTheComplementWhenATradePrints() {
    assertThat(EventSamples.marketTrade().noPrice()).isEqualTo(Price.parse("0.5300"));
  }

  @Test
  void shouldRejectSpotTickWhenPriceIsZero() {
    assertThatThrownBy(() -> new SpotTick(Asset.of("BTC"), SourceId.of("coinbase"), BigDecimal.ZERO, BigDecimal.ONE,
        TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spot price must be positive, got 0");
  }

  @Test
  void shouldRejectSpotTickWhenSizeIsNegative() {
    assertThatThrownBy(() -> new SpotTick(Asset.of("BTC"), SourceId.of("coinbase"), new BigDecimal("63501.37"),
        new BigDecimal("-0.1"), TS, TS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spot size must not be negative, got -0.1");
  }
}
