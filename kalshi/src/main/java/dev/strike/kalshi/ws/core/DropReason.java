package dev.strike.kalshi.ws.core;

/** Why the {@link BookSequencer} did not pass a delta on. Every drop is counted by the shell. */
public enum DropReason {
  /** The market's book is stale and waits for a snapshot (quarantine). */
  AWAITING_SNAPSHOT,
  /** The delta's {@code seq} was not the next one of its subscription (a gap or a step backwards). */
  OUT_OF_SEQUENCE,
  /** The market is no longer on the subscription. */
  MARKET_REMOVED,
  /** The subscription was ended. */
  SUBSCRIPTION_CLOSED
}
