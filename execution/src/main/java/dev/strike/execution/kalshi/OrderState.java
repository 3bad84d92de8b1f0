package dev.strike.execution.kalshi;

/** Where one of our Kalshi orders stands, as far as this venue knows. */
public enum OrderState {
  /** The create request is in flight. */
  SENDING,
  /** The create may or may not have taken effect; its market is blocked until it is found or known absent. */
  UNKNOWN,
  /** On the exchange and possibly resting. */
  LIVE,
  /** Filled, canceled or expired: nothing rests any more. */
  DONE,
  /** The exchange refused it. */
  REJECTED,
  /** After an unknown outcome, confirmed lookups did not find it: reported rejected. */
  ABSENT
}
