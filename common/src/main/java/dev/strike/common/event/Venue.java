package dev.strike.common.event;

/** Where orders go: the paper venue (default), Kalshi's demo exchange, or Kalshi's live exchange. */
public enum Venue {
  PAPER,
  DEMO,
  LIVE
}
