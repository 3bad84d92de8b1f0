package dev.strike.kalshi.rest;

import java.time.Duration;

/**
 * Hooks for metrics and tests: called on the thread that completes the request (a Netty event loop or the
 * scheduler); implementations must be fast, non-blocking and thread-safe. Paths are from the root, without query;
 * nothing secret is passed. Every method does nothing by default.
 */
public interface KalshiRestObserver {
  /** An observer that ignores everything. */
  KalshiRestObserver NONE = new KalshiRestObserver() {};

  /** A response arrived: its status and the time since the request was started, ns. */
  default void onResponse(KalshiEndpoint endpoint, String method, String path, int status, long elapsedNs) {}

  /** A request got no response (connection failure, timeout, drop). */
  default void onTransportFailure(KalshiEndpoint endpoint, String method, String path, Throwable failure,
      long elapsedNs) {}

  /**
   * A read failed with a retryable error and is retried after {@code delay}.
   *
   * @param failedAttempt the attempt that failed, 1-based
   */
  default void onRetry(KalshiEndpoint endpoint, String path, int failedAttempt, Duration delay, Throwable failure) {}
}
