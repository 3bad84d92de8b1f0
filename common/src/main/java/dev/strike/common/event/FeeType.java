package dev.strike.common.event;

/** A series' fee schedule (Kalshi {@code fee_type}); see the fee rules in kalshi-api.md §7. */
public enum FeeType {
  /** Taker pays {@code 0.07 × m × C × P × (1 − P)} rounded up; makers pay nothing. */
  QUADRATIC,
  /** As {@link #QUADRATIC}, and makers pay a quarter of the taker rate. */
  QUADRATIC_WITH_MAKER_FEES,
  /** As {@link #QUADRATIC}, and makers pay half the taker rate. */
  QUADRATIC_WITH_COMBO_MAKER_FEES,
  /** A fixed per-contract table from the fee schedule. */
  FLAT
}
