package dev.strike.ingest.spot.core;

/** A feed's health as operators see it; maps one to one onto the process health statuses. */
public enum FeedCondition {
  /** Connected, every asset subscribed and fresh. */
  UP,
  /** Working but impaired: reconnecting, or an asset is stale or its subscription was refused. */
  DEGRADED,
  /** Not delivering: never connected, gave up, or stopped. */
  DOWN
}
