package dev.strike.common.event;

/**
 * How a market's strike bounds decide YES (Kalshi {@code strike_type}): {@code greater*} use the floor only,
 * {@code less*} the cap only, {@code between} both; the other kinds carry their rule elsewhere.
 */
public enum StrikeType {
  GREATER,
  GREATER_OR_EQUAL,
  LESS,
  LESS_OR_EQUAL,
  BETWEEN,
  FUNCTIONAL,
  CUSTOM,
  STRUCTURED;

  /** Whether the floor strike is required. */
  public boolean needsFloor() {
    return this == GREATER || this == GREATER_OR_EQUAL || this == BETWEEN;
  }

  /** Whether the cap strike is required. */
  public boolean needsCap() {
    return this == LESS || this == LESS_OR_EQUAL || this == BETWEEN;
  }
}
