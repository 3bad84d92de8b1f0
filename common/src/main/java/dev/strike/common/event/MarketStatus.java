package dev.strike.common.event;

/** A Kalshi market's status ({@code Market.status}), in lifecycle order. */
public enum MarketStatus {
  INITIALIZED,
  INACTIVE,
  ACTIVE,
  CLOSED,
  DETERMINED,
  DISPUTED,
  AMENDED,
  FINALIZED;

  /** Whether orders may be placed (the market is open). */
  public boolean isTradable() {
    return this == ACTIVE;
  }

  /** Whether the outcome is known (determined, possibly amended or disputed, or finalized). */
  public boolean hasOutcome() {
    return this == DETERMINED || this == DISPUTED || this == AMENDED || this == FINALIZED;
  }
}
