package dev.strike.ingest.spot.core;

/** Where a feed's connection stands. */
public enum FeedPhase {
  /** Started, never connected yet (the first attempts may be failing). */
  NOT_CONNECTED,
  /** Connected; subscriptions sent (see each asset's {@link Subscription}). */
  CONNECTED,
  /** Was connected, lost the connection, waiting to or trying to reconnect. */
  RECONNECTING,
  /** Stopped trying after the configured number of consecutive failures. */
  GAVE_UP,
  /** Stopped on request (the service is closing). */
  STOPPED
}
