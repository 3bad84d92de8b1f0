package dev.strike.kalshi.rest;

/**
 * Kalshi's API usage tiers (kalshi-api.md §6): tokens per second of the read and write buckets. Capacity is two
 * seconds of budget for the Basic and Advanced read buckets and for every write bucket above Basic, one second
 * otherwise. {@code GET /account/limits} tells which tier an account has.
 */
public enum UsageTier {
  BASIC(200, 100),
  ADVANCED(300, 300),
  EXPERT(600, 600),
  PREMIER(1_000, 1_000),
  PARAGON(2_000, 2_000),
  PRIME(4_000, 4_000),
  PRESTIGE(10_000, 8_000);

  private final long readPerSecond;
  private final long writePerSecond;

  UsageTier(long readPerSecond, long writePerSecond) {
    this.readPerSecond = readPerSecond;
    this.writePerSecond = writePerSecond;
  }

  /** The read bucket of this tier. */
  public BucketLimits read() {
    long seconds = this == BASIC || this == ADVANCED ? 2 : 1;
    return new BucketLimits(readPerSecond, readPerSecond * seconds);
  }

  /** The write bucket of this tier. */
  public BucketLimits write() {
    long seconds = this == BASIC ? 1 : 2;
    return new BucketLimits(writePerSecond, writePerSecond * seconds);
  }
}
