package dev.strike.kalshi.rest;

/**
 * The {@code status} filter of {@code GET /markets} and {@code GET /events} (kalshi-api.md §4.3): {@code unopened}
 * = initialized, {@code open} = active, {@code paused} = inactive (markets only), {@code closed} = past close and
 * not finalized, {@code settled} = finalized.
 */
public enum MarketStatusFilter {
  UNOPENED,
  OPEN,
  PAUSED,
  CLOSED,
  SETTLED;

  String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
