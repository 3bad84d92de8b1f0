package dev.strike.kalshi.rest;

/**
 * The endpoints the client calls, each with its bucket and whether it is signed. Costs come from
 * {@link EndpointCosts}.
 */
public enum KalshiEndpoint {
  GET_SERIES(Bucket.READ, false),
  LIST_SERIES(Bucket.READ, false),
  LIST_EVENTS(Bucket.READ, false),
  GET_EVENT(Bucket.READ, false),
  LIST_MARKETS(Bucket.READ, false),
  GET_MARKET(Bucket.READ, false),
  GET_ORDERBOOK(Bucket.READ, false),
  LIST_TRADES(Bucket.READ, false),
  GET_EXCHANGE_STATUS(Bucket.READ, false),
  GET_EXCHANGE_SCHEDULE(Bucket.READ, false),
  GET_BALANCE(Bucket.READ, true),
  LIST_ORDERS(Bucket.READ, true),
  GET_ORDER(Bucket.READ, true),
  LIST_POSITIONS(Bucket.READ, true),
  LIST_FILLS(Bucket.READ, true),
  LIST_SETTLEMENTS(Bucket.READ, true),
  CREATE_ORDER(Bucket.WRITE, true),
  CANCEL_ORDER(Bucket.WRITE, true),
  AMEND_ORDER(Bucket.WRITE, true),
  DECREASE_ORDER(Bucket.WRITE, true),
  BATCH_CREATE_ORDERS(Bucket.WRITE, true),
  BATCH_CANCEL_ORDERS(Bucket.WRITE, true);

  private final Bucket bucket;
  private final boolean signed;

  KalshiEndpoint(Bucket bucket, boolean signed) {
    this.bucket = bucket;
    this.signed = signed;
  }

  /** The bucket its tokens come from. */
  public Bucket bucket() {
    return bucket;
  }

  /** Whether it needs the three authentication headers. */
  public boolean signed() {
    return signed;
  }
}
