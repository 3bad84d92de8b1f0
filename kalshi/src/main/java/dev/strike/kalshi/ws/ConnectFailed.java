package dev.strike.kalshi.ws;

import java.time.Duration;

/**
 * An attempt to connect failed before the upgrade completed (refused, e.g. {@code 401} for a bad signature or key;
 * unreachable; timed out). The client tries again after {@code retryIn}.
 *
 * @param attempt the consecutive failed attempt, from 1
 * @param reason why, for operators (includes the HTTP status of a refused upgrade)
 * @param retryIn the delay before the next attempt
 */
public record ConnectFailed(int attempt, String reason, Duration retryIn, long tsInit) implements ConnectionEvent {
  /** Validates presence. */
  public ConnectFailed {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempts count from 1, got " + attempt);
    }
    Checks.text(reason, "reason");
    Checks.present(retryIn, "retryIn");
    Checks.notNegative(tsInit, "tsInit");
  }
}
