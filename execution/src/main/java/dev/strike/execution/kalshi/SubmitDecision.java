package dev.strike.execution.kalshi;

/** What the {@link OrderTracker} decides about a submit, before anything is sent. */
public sealed interface SubmitDecision {
  /** Send the create request (the order is now tracked as {@link OrderState#SENDING}). */
  record Send() implements SubmitDecision {}

  /** We know this client order id already: send nothing, report what it is. */
  record Known(TrackedOrder order) implements SubmitDecision {}

  /**
   * The exchange has an order with this client order id that this run had not attributed (placed before a restart):
   * it is now adopted and tracked; send nothing.
   */
  record Adopted(TrackedOrder order) implements SubmitDecision {}

  /**
   * Refused locally, nothing sent: {@link KalshiVenue#MARKET_BLOCKED}, {@link KalshiVenue#EXCHANGE_PAUSED} or an
   * order Kalshi cannot take (e.g. a price finer than $0.0001).
   */
  record Refused(String code, String message) implements SubmitDecision {}
}
