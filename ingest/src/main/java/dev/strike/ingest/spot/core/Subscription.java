package dev.strike.ingest.spot.core;

/** The state of one asset's trade subscription on the current connection. */
public enum Subscription {
  /** Requested (or not yet, when disconnected), not yet confirmed. */
  PENDING,
  /** Confirmed by the exchange. */
  ACTIVE,
  /** Refused by the exchange; it will be asked again on the next connection. */
  REJECTED
}
