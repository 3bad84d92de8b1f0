package dev.strike.kalshi.rest;

/**
 * One token bucket's limits.
 *
 * @param refillPerSecond tokens added per second, positive
 * @param capacity the most tokens the bucket holds (the burst), positive; a request costing more can never run
 */
public record BucketLimits(long refillPerSecond, long capacity) {
  /** Validates both are positive and small enough to compute with exactly. */
  public BucketLimits {
    if (refillPerSecond <= 0 || refillPerSecond > 1_000_000) {
      throw new IllegalArgumentException("refillPerSecond must be 1 to 1,000,000 tokens, got " + refillPerSecond);
    }
    if (capacity <= 0 || capacity > 1_000_000) {
      throw new IllegalArgumentException("capacity must be 1 to 1,000,000 tokens, got " + capacity);
    }
  }
}
