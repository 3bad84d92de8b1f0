package dev.strike.kalshi.rest;

import dev.strike.common.time.Clock;
import java.util.Objects;

/**
 * A token bucket that hands out reservations: {@link #reserve} takes the tokens at once, letting the level go
 * below zero, and answers how long the caller must wait before it may go; so waiting callers are served in arrival
 * order and nobody polls. The bucket starts full. Time comes only from the injected {@link Clock}; a clock that
 * steps backwards adds nothing.
 *
 * <p>Arithmetic is exact: the level is kept in billionths of a token, so a second's refill at any rate is a whole
 * number. Thread-safe (every method is synchronized; each is a few arithmetic operations).
 */
public final class TokenBucket {
  private static final long UNITS_PER_TOKEN = 1_000_000_000L;

  private final BucketLimits limits;
  private final Clock clock;
  private final long capacityUnits;
  private long levelUnits;
  private long lastRefillNs;

  /** A full bucket with {@code limits}, reading time from {@code clock}. */
  public TokenBucket(BucketLimits limits, Clock clock) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.capacityUnits = Math.multiplyExact(limits.capacity(), UNITS_PER_TOKEN);
    this.levelUnits = capacityUnits;
    this.lastRefillNs = clock.nowNs();
  }

  /** This bucket's limits. */
  public BucketLimits limits() {
    return limits;
  }

  /**
   * Takes {@code tokens} now and returns how long to wait before using them: 0 if the bucket held them, else the
   * time the refill needs to pay back what is owed, in nanoseconds (rounded up).
   *
   * @throws RequestCostExceedsCapacityException if {@code tokens} is more than the capacity, so no wait would do
   */
  public synchronized long reserve(long tokens) {
    if (tokens <= 0) {
      throw new IllegalArgumentException("a reservation takes at least one token, got " + tokens);
    }
    if (tokens > limits.capacity()) {
      throw new RequestCostExceedsCapacityException(tokens, limits.capacity());
    }
    refill();
    levelUnits = Math.subtractExact(levelUnits, tokens * UNITS_PER_TOKEN);
    if (levelUnits >= 0) {
      return 0;
    }
    long owed = -levelUnits;
    return (owed + limits.refillPerSecond() - 1) / limits.refillPerSecond();
  }

  /** Gives back {@code tokens} of a reservation that was not used (its caller gave up while waiting). */
  public synchronized void refund(long tokens) {
    refill();
    levelUnits = Math.min(capacityUnits, Math.addExact(levelUnits, Math.multiplyExact(tokens, UNITS_PER_TOKEN)));
  }

  /** The whole tokens available now; negative while callers wait for tokens already reserved. */
  public synchronized long available() {
    refill();
    return Math.floorDiv(levelUnits, UNITS_PER_TOKEN);
  }

  private void refill() {
    long now = clock.nowNs();
    long elapsed = now - lastRefillNs;
    if (elapsed <= 0) {
      return; // same instant, or a clock that stepped back: nothing to add
    }
    lastRefillNs = now;
    long toFull = capacityUnits - levelUnits;
    // a refill longer than it takes to fill up adds exactly what is missing; clamping first keeps the product small
    long fillNs = toFull / limits.refillPerSecond() + 1;
    long added = Math.min(elapsed, fillNs) * limits.refillPerSecond();
    levelUnits = Math.min(capacityUnits, levelUnits + added);
  }
}
