package dev.strike.common.event;

/** Why an order (or its remainder) was canceled. */
public enum CancelReason {
  /** We asked for it (a replace, an exit, an operator). */
  REQUESTED,
  /** The kill switch ({@code halt}) canceled every resting order. */
  HALT,
  /** Graceful shutdown canceled resting orders. */
  SHUTDOWN,
  /** The unfilled remainder of an immediate-or-cancel order. */
  IOC_REMAINDER,
  /** A fill-or-kill order that could not fill completely. */
  FOK_UNFILLED,
  /** A post-only order that would have crossed. */
  POST_ONLY_CROSS,
  /** Self-trade prevention. */
  SELF_TRADE,
  /** The market closed or the exchange paused trading. */
  MARKET_CLOSED,
  /** The exchange canceled it for a reason of its own. */
  EXCHANGE
}
