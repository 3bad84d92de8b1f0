package dev.strike.kalshi.wire;

/**
 * The V2 order {@code self_trade_prevention_type}: {@link #TAKER_AT_CROSS} cancels the incoming order where it would
 * cross one of ours (fills so far stand); {@link #MAKER} cancels our resting order and keeps matching. JSON:
 * {@code "taker_at_cross"} / {@code "maker"}.
 */
public enum SelfTradePrevention {
  TAKER_AT_CROSS,
  MAKER
}
