package dev.strike.kalshi.rest;

import java.util.Objects;

/**
 * The client's rate limits: both buckets and the per-endpoint costs.
 *
 * @param read the read bucket (GETs)
 * @param write the write bucket (order mutations)
 * @param costs tokens per request
 */
public record RateLimits(BucketLimits read, BucketLimits write, EndpointCosts costs) {
  /** Requires all three. */
  public RateLimits {
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(write, "write");
    Objects.requireNonNull(costs, "costs");
  }

  /** The limits of {@code tier} with the documented costs. */
  public static RateLimits forTier(UsageTier tier) {
    return new RateLimits(tier.read(), tier.write(), EndpointCosts.defaults());
  }

  /** The Basic tier: read 200 tokens/s (capacity 400), write 100 tokens/s (capacity 100), documented costs. */
  public static RateLimits basic() {
    return forTier(UsageTier.BASIC);
  }

  /** The limits of {@code bucket}. */
  public BucketLimits of(Bucket bucket) {
    return bucket == Bucket.READ ? read : write;
  }
}
