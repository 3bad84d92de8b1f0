package dev.strike.kalshi.ws;

/** Kalshi's {@code book_side}: whether an order or fill buys ({@code bid}) or sells ({@code ask}) its outcome. */
public enum BookSide {
  BID,
  ASK
}
