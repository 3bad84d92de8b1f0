package dev.strike.kalshi.mapping;

import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.json.DecodeException;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.kalshi.wire.Orderbook;
import dev.strike.kalshi.wire.PriceLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A Kalshi book ({@code orderbook_fp}) to a {@link BookSnapshot}. Levels are parsed exactly with
 * {@link Price#parse} and {@link Qty#parse} and sorted ascending here (Kalshi's array order is not trusted); a level
 * of size zero is no level and is dropped; the same price twice on one side, or a value that does not parse, is a
 * {@link DecodeException} naming the market, the field and the index.
 */
public final class OrderbookMapper {
  private OrderbookMapper() {}

  /**
   * The REST snapshot of {@code ticker}: {@code sid} and {@code seq} 0, and {@code tsEvent = tsInit} because the
   * REST book carries no venue time.
   *
   * @param tsInitNs when we received it, epoch ns
   */
  public static BookSnapshot toBookSnapshot(MarketTicker ticker, Orderbook book, long tsInitNs) {
    String record = "orderbook of " + ticker;
    return new BookSnapshot(ticker, 0, 0, toLevels(record, book.yesDollars(), "orderbook_fp.yes_dollars"),
        toLevels(record, book.noDollars(), "orderbook_fp.no_dollars"), tsInitNs, tsInitNs);
  }

  /**
   * One side's levels, parsed and sorted ascending by price (best bid last), zero sizes dropped.
   *
   * @param record what the levels belong to, for errors (e.g. {@code "orderbook of KXBTC…"})
   * @param field the JSON field, for errors (e.g. {@code "yes_dollars_fp"})
   * @throws DecodeException if a level does not parse or a price repeats
   */
  public static List<BookLevel> toLevels(String record, List<PriceLevel> levels, String field) {
    WireValues values = new WireValues(record);
    List<BookLevel> parsed = new ArrayList<>(levels.size());
    for (int i = 0; i < levels.size(); i++) {
      PriceLevel level = levels.get(i);
      Price price = values.price(level.priceDollars(), field + "[" + i + "] price");
      Qty qty = values.qty(level.countFp(), field + "[" + i + "] count");
      if (!qty.isZero()) {
        parsed.add(new BookLevel(price, qty));
      }
    }
    parsed.sort(Comparator.comparing(BookLevel::price));
    for (int i = 1; i < parsed.size(); i++) {
      if (parsed.get(i).price().equals(parsed.get(i - 1).price())) {
        throw values.error(field, "has price " + parsed.get(i).price().toDollarString() + " twice");
      }
    }
    return List.copyOf(parsed);
  }
}
