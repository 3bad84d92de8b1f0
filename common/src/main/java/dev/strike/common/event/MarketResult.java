package dev.strike.common.event;

/** How a market resolved: YES, NO, or a scalar payout per YES contract. */
public enum MarketResult {
  YES,
  NO,
  SCALAR
}
