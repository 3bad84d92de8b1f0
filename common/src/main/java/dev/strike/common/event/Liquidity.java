package dev.strike.common.event;

/** Whether a fill added liquidity (maker, resting order) or took it (taker). */
public enum Liquidity {
  MAKER,
  TAKER
}
