package dev.strike.kalshi.ws;

import dev.strike.kalshi.KalshiEnvironment;
import dev.strike.kalshi.ws.core.ReconnectBackoff;
import java.net.URI;
import java.time.Duration;

/**
 * Settings of a {@link KalshiWsClient}. Immutable; {@code withXxx} returns a changed copy.
 *
 * @param url the WebSocket URL, {@code ws://} or {@code wss://}, path {@code /trade-api/ws/v2} (the path is signed)
 * @param pingInterval how often the client sends its own Ping frame
 * @param idleTimeout a connection that delivers no frame at all (data, ping or pong) for this long is dead and is
 *     replaced; longer than {@code pingInterval}
 * @param initialBackoff delay before the first reconnect after a loss
 * @param maxBackoff cap of the exponential reconnect delay
 * @param jitter fraction (0–1) of each delay that is randomly taken off
 * @param stableAfter a connection that lived this long resets the backoff to {@code initialBackoff}
 * @param commandTimeout how long a command's {@code Mono} waits (queued while disconnected, then for its answer)
 * @param connectTimeout TCP connect timeout
 * @param maxFramePayloadBytes the largest (aggregated) frame accepted
 */
public record KalshiWsConfig(URI url, Duration pingInterval, Duration idleTimeout, Duration initialBackoff,
    Duration maxBackoff, double jitter, Duration stableAfter, Duration commandTimeout, Duration connectTimeout,
    int maxFramePayloadBytes) {

  /** Validates every setting. */
  public KalshiWsConfig {
    if (url == null || url.getScheme() == null
        || !(url.getScheme().equals("ws") || url.getScheme().equals("wss"))) {
      throw new IllegalArgumentException("the WebSocket url must be ws:// or wss://, got " + url);
    }
    if (url.getRawPath() == null || !url.getRawPath().startsWith("/")) {
      throw new IllegalArgumentException("the WebSocket url needs a path (e.g. /trade-api/ws/v2), got " + url);
    }
    positive(pingInterval, "pingInterval");
    positive(idleTimeout, "idleTimeout");
    if (idleTimeout.compareTo(pingInterval) <= 0) {
      throw new IllegalArgumentException("idleTimeout " + idleTimeout + " must be longer than pingInterval "
          + pingInterval);
    }
    new ReconnectBackoff(initialBackoff, maxBackoff, jitter); // validates the three
    positive(stableAfter, "stableAfter");
    positive(commandTimeout, "commandTimeout");
    positive(connectTimeout, "connectTimeout");
    if (maxFramePayloadBytes < 1024) {
      throw new IllegalArgumentException("maxFramePayloadBytes must be at least 1024, got " + maxFramePayloadBytes);
    }
  }

  /**
   * Production-minded defaults for {@code url}: ping every 10 s, dead after 30 s without a frame, backoff 0.5 s to
   * 30 s with 20% jitter, reset after 60 s up, commands wait 10 s, connect 10 s, frames up to 4 MiB.
   */
  public static KalshiWsConfig defaults(URI url) {
    return new KalshiWsConfig(url, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMillis(500),
        Duration.ofSeconds(30), 0.2, Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(10),
        4 << 20);
  }

  /** {@link #defaults(URI)} for an environment's WebSocket URL. */
  public static KalshiWsConfig defaults(KalshiEnvironment environment) {
    return defaults(environment.webSocketUrl());
  }

  /** The reconnect backoff these settings describe. */
  public ReconnectBackoff backoff() {
    return new ReconnectBackoff(initialBackoff, maxBackoff, jitter);
  }

  /** A copy with other ping interval and idle timeout. */
  public KalshiWsConfig withLiveness(Duration pingInterval, Duration idleTimeout) {
    return new KalshiWsConfig(url, pingInterval, idleTimeout, initialBackoff, maxBackoff, jitter, stableAfter,
        commandTimeout, connectTimeout, maxFramePayloadBytes);
  }

  /** A copy with other backoff settings. */
  public KalshiWsConfig withBackoff(Duration initialBackoff, Duration maxBackoff, double jitter,
      Duration stableAfter) {
    return new KalshiWsConfig(url, pingInterval, idleTimeout, initialBackoff, maxBackoff, jitter, stableAfter,
        commandTimeout, connectTimeout, maxFramePayloadBytes);
  }

  /** A copy with another command timeout. */
  public KalshiWsConfig withCommandTimeout(Duration commandTimeout) {
    return new KalshiWsConfig(url, pingInterval, idleTimeout, initialBackoff, maxBackoff, jitter, stableAfter,
        commandTimeout, connectTimeout, maxFramePayloadBytes);
  }

  private static void positive(Duration value, String name) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
