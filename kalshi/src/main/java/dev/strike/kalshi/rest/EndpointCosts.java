package dev.strike.kalshi.rest;

/**
 * Tokens per request (kalshi-api.md §6; the account's own list is {@code GET /account/endpoint_costs}).
 *
 * @param defaultCost every request not listed below (10)
 * @param cancelOrder one V2 cancel (2)
 * @param batchCancelPerItem each order of a batch cancel (2)
 * @param batchCreatePerItem each order of a batch create (10)
 * @param getOrder one {@code GET /portfolio/orders/{id}} (2)
 */
public record EndpointCosts(long defaultCost, long cancelOrder, long batchCancelPerItem, long batchCreatePerItem,
    long getOrder) {

  /** Validates that every cost is positive. */
  public EndpointCosts {
    positive(defaultCost, "defaultCost");
    positive(cancelOrder, "cancelOrder");
    positive(batchCancelPerItem, "batchCancelPerItem");
    positive(batchCreatePerItem, "batchCreatePerItem");
    positive(getOrder, "getOrder");
  }

  /**
   * The documented costs: 10 per request; V2 cancel 2; batch cancel 2 per item; batch create 10 per item; get one
   * order 2.
   */
  public static EndpointCosts defaults() {
    return new EndpointCosts(10, 2, 2, 10, 2);
  }

  /**
   * The tokens a call of {@code endpoint} with {@code items} orders costs ({@code items} counts only for the batch
   * endpoints).
   */
  public long costOf(KalshiEndpoint endpoint, int items) {
    if (items < 1) {
      throw new IllegalArgumentException("a request has at least one item, got " + items);
    }
    return switch (endpoint) {
      case CANCEL_ORDER -> cancelOrder;
      case GET_ORDER -> getOrder;
      case BATCH_CANCEL_ORDERS -> Math.multiplyExact(batchCancelPerItem, items);
      case BATCH_CREATE_ORDERS -> Math.multiplyExact(batchCreatePerItem, items);
      default -> defaultCost;
    };
  }

  private static void positive(long cost, String name) {
    if (cost <= 0) {
      throw new IllegalArgumentException(name + " must be a positive number of tokens, got " + cost);
    }
  }
}
