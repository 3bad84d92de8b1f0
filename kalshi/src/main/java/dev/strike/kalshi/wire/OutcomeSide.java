package dev.strike.kalshi.wire;

/** The outcome a contract pays on, Kalshi's canonical {@code outcome_side}. JSON: {@code "yes"} / {@code "no"}. */
public enum OutcomeSide {
  YES,
  NO
}
