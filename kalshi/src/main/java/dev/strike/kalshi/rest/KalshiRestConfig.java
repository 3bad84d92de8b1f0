package dev.strike.kalshi.rest;

import dev.strike.kalshi.KalshiEnvironment;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a {@link KalshiRestClient}.
 *
 * @param restRoot the REST root ending in {@code /trade-api/v2}, e.g.
 *     {@code https://external-api.kalshi.com/trade-api/v2}; its path is part of every signed path
 * @param connectTimeout how long a TCP (and TLS) connect may take
 * @param responseTimeout how long a response may take to arrive, measured as the longest silence while it is
 *     awaited and read; after it, a read is retried and a write is {@link WriteResult.OutcomeUnknown}
 * @param poolAcquireTimeout how long a request may wait for a pooled connection
 * @param maxIdleTime pooled connections idle longer are closed by us, before the server does it under a write
 * @param maxConnections the pool size
 * @param readRetry how reads are retried
 * @param rateLimits the buckets and costs
 * @param userAgent sent as {@code User-Agent}
 */
public record KalshiRestConfig(
    URI restRoot,
    Duration connectTimeout,
    Duration responseTimeout,
    Duration poolAcquireTimeout,
    Duration maxIdleTime,
    int maxConnections,
    RetryPolicy readRetry,
    RateLimits rateLimits,
    String userAgent) {

  /** Validates presence, an absolute http(s) root and positive durations. */
  public KalshiRestConfig {
    Objects.requireNonNull(restRoot, "restRoot");
    if (restRoot.getScheme() == null || !(restRoot.getScheme().equals("http")
        || restRoot.getScheme().equals("https")) || restRoot.getHost() == null) {
      throw new IllegalArgumentException("restRoot must be an absolute http(s) URI, got " + restRoot);
    }
    if (restRoot.getRawQuery() != null || restRoot.getRawFragment() != null) {
      throw new IllegalArgumentException("restRoot must not have a query or fragment, got " + restRoot);
    }
    positive(connectTimeout, "connectTimeout");
    positive(responseTimeout, "responseTimeout");
    positive(poolAcquireTimeout, "poolAcquireTimeout");
    positive(maxIdleTime, "maxIdleTime");
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be positive, got " + maxConnections);
    }
    Objects.requireNonNull(readRetry, "readRetry");
    Objects.requireNonNull(rateLimits, "rateLimits");
    Objects.requireNonNull(userAgent, "userAgent");
  }

  /**
   * Defaults for {@code restRoot}: connect 5 s, response 10 s, pool acquire 5 s, idle 20 s, 16 connections,
   * {@link RetryPolicy#defaults()}, {@link RateLimits#basic()}.
   */
  public static KalshiRestConfig defaults(URI restRoot) {
    return new KalshiRestConfig(restRoot, Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(5),
        Duration.ofSeconds(20), 16, RetryPolicy.defaults(), RateLimits.basic(), "strike-kalshi");
  }

  /** Defaults for a Kalshi environment other than {@link KalshiEnvironment#CUSTOM}. */
  public static KalshiRestConfig forEnvironment(KalshiEnvironment environment) {
    if (environment == KalshiEnvironment.CUSTOM) {
      throw new IllegalArgumentException("a custom environment needs its REST root: use defaults(URI)");
    }
    return defaults(environment.restRoot());
  }

  /** The root's path without a trailing slash, e.g. {@code /trade-api/v2}: the prefix of every signed path. */
  public String rootPath() {
    String path = restRoot.getRawPath() == null ? "" : restRoot.getRawPath();
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** With other timeouts. */
  public KalshiRestConfig withTimeouts(Duration connect, Duration response) {
    return new KalshiRestConfig(restRoot, connect, response, poolAcquireTimeout, maxIdleTime, maxConnections,
        readRetry, rateLimits, userAgent);
  }

  /** With another read retry policy. */
  public KalshiRestConfig withReadRetry(RetryPolicy policy) {
    return new KalshiRestConfig(restRoot, connectTimeout, responseTimeout, poolAcquireTimeout, maxIdleTime,
        maxConnections, policy, rateLimits, userAgent);
  }

  /** With other rate limits. */
  public KalshiRestConfig withRateLimits(RateLimits limits) {
    return new KalshiRestConfig(restRoot, connectTimeout, responseTimeout, poolAcquireTimeout, maxIdleTime,
        maxConnections, readRetry, limits, userAgent);
  }

  private static void positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + duration);
    }
  }
}
