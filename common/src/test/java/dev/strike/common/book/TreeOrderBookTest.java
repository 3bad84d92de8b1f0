package dev.strike.common.book;

class TreeOrderBookTest extends OrderBookContract {
  @Override
  OrderBook newBook() {
    return new TreeOrderBook(TICKER);
  }
}
