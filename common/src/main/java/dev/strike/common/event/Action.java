package dev.strike.common.event;

/** Whether an order buys or sells contracts of its side. JSON: {@code "buy"} / {@code "sell"}. */
public enum Action {
  BUY,
  SELL
}
