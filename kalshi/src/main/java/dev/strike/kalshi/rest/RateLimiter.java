package dev.strike.kalshi.rest;

import dev.strike.common.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Kalshi's read and write token buckets on the client side (kalshi-api.md §6), so the client slows itself down
 * instead of collecting 429s. {@link #acquire} completes when the request may go: at once if the bucket holds the
 * tokens, else after a delay on the injected {@link Scheduler} (the tokens are reserved on subscription, so callers
 * go in arrival order; a caller that cancels while waiting gets its tokens refunded). Time comes from the injected
 * {@link Clock}; with a virtual-time scheduler and a clock that reads it, the limiter runs in virtual time.
 *
 * <p>Thread-safe: any thread may acquire.
 */
public final class RateLimiter {
  private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

  private final RateLimits limits;
  private final Scheduler scheduler;
  private final Map<Bucket, TokenBucket> buckets = new EnumMap<>(Bucket.class);

  /** A limiter with full buckets. */
  public RateLimiter(RateLimits limits, Clock clock, Scheduler scheduler) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    buckets.put(Bucket.READ, new TokenBucket(limits.read(), clock));
    buckets.put(Bucket.WRITE, new TokenBucket(limits.write(), clock));
  }

  /** The limits this limiter enforces. */
  public RateLimits limits() {
    return limits;
  }

  /**
   * Completes when {@code tokens} of {@code bucket} are available for the caller; subscribe once per request.
   * Errors with {@link RequestCostExceedsCapacityException} at once when {@code tokens} exceeds the capacity.
   */
  public Mono<Void> acquire(Bucket bucket, long tokens) {
    TokenBucket tokenBucket = buckets.get(Objects.requireNonNull(bucket, "bucket"));
    return Mono.defer(() -> {
      long waitNs = tokenBucket.reserve(tokens);
      if (waitNs == 0) {
        return Mono.empty();
      }
      if (log.isDebugEnabled()) {
        log.debug("{} bucket: waiting {} ms for {} tokens", bucket, waitNs / 1_000_000, tokens);
      }
      return Mono.delay(Duration.ofNanos(waitNs), scheduler)
          .doOnCancel(() -> tokenBucket.refund(tokens))
          .then();
    });
  }

  /** The acquire cost of one call of {@code endpoint} with {@code items} orders. */
  public Mono<Void> acquire(KalshiEndpoint endpoint, int items) {
    return acquire(endpoint.bucket(), limits.costs().costOf(endpoint, items));
  }

  /** Whole tokens available in {@code bucket} now; negative while callers wait. */
  public long availableTokens(Bucket bucket) {
    return buckets.get(bucket).available();
  }
}
