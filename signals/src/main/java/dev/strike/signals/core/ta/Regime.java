package dev.strike.signals.core.ta;

/** What {@link RegimeDetector} makes of recent prices. */
public enum Regime {
  /** Not enough bars yet. */
  UNKNOWN,
  /** Prices go back and forth: extremes tend to be faded. */
  RANGE,
  /** Prices move in one direction: momentum tends to continue. */
  TREND
}
