package dev.strike.kalshi.wire;

/**
 * The V2 order {@code time_in_force}. {@link #GOOD_TILL_CANCELED} with an {@code expiration_time} is good-till-time.
 * JSON: {@code "good_till_canceled"}, {@code "immediate_or_cancel"}, {@code "fill_or_kill"}.
 */
public enum OrderTimeInForce {
  GOOD_TILL_CANCELED,
  IMMEDIATE_OR_CANCEL,
  FILL_OR_KILL
}
