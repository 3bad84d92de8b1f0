package dev.strike.kalshi.wire;

/**
 * A side of the single YES book of the V2 order API and of the canonical {@code book_side} fields: {@code bid} buys
 * YES, {@code ask} sells YES (the same resting interest as buying NO at $1 minus the price). JSON: {@code "bid"} /
 * {@code "ask"}.
 */
public enum BookSide {
  BID,
  ASK
}
