package dev.strike.alerts.core;

/**
 * Delays between delivery attempts: exponential from {@code firstNs}, doubled per retry, capped at {@code maxNs},
 * with ±50% jitter so that channels recovering together are not hit in lockstep. Pure: the caller passes the random
 * draw. A server's own {@code Retry-After} wins when it asks for longer.
 */
public record Backoff(long firstNs, long maxNs) {
  /** Checks the bounds. */
  public Backoff {
    if (firstNs <= 0 || maxNs < firstNs) {
      throw new IllegalArgumentException("need 0 < first <= max, got " + firstNs + ", " + maxNs);
    }
  }

  /**
   * The delay before retry number {@code retry} (1 for the first retry), in ns.
   *
   * @param jitter a uniform draw in [0, 1)
   * @param retryAfterNs what the server asked for, 0 when nothing
   */
  public long delayNs(int retry, double jitter, long retryAfterNs) {
    long base = firstNs;
    for (int i = 1; i < retry && base < maxNs; i++) {
      base = Math.min(maxNs, base * 2);
    }
    long jittered = (long) (base * (0.5 + jitter)); // a ratio, not money
    return Math.max(Math.min(jittered, maxNs), retryAfterNs);
  }
}
