package dev.strike.common.book;

class ArrayOrderBookTest extends OrderBookContract {
  @Override
  OrderBook newBook() {
    return new ArrayOrderBook(TICKER);
  }
}
