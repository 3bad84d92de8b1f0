package dev.strike.kalshi.rest;

/** Kalshi's two token buckets (kalshi-api.md §6): reads (GETs) and writes (order mutations). */
public enum Bucket {
  /** Every GET. */
  READ,
  /** Order create, amend, decrease and cancel (single and batched). */
  WRITE
}
