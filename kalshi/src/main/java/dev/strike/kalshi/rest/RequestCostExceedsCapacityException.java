package dev.strike.kalshi.rest;

/**
 * A request costs more tokens than its bucket can ever hold (a batch too large for the tier), so it can never be
 * sent. A programming or configuration error, raised before anything is sent.
 */
public final class RequestCostExceedsCapacityException extends KalshiException {
  private static final long serialVersionUID = 1L;

  private final long cost;
  private final long capacity;

  /** A request of {@code cost} tokens against a bucket of {@code capacity}. */
  public RequestCostExceedsCapacityException(long cost, long capacity) {
    super("the request costs " + cost + " tokens but the bucket holds at most " + capacity
        + "; split it (smaller batches) or configure the account's real tier", null);
    this.cost = cost;
    this.capacity = capacity;
  }

  /** The request's cost in tokens. */
  public long cost() {
    return cost;
  }

  /** The bucket's capacity in tokens. */
  public long capacity() {
    return capacity;
  }

  @Override
  public boolean isTransient() {
    return false;
  }
}
