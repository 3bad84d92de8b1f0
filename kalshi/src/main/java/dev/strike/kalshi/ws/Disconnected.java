package dev.strike.kalshi.ws;

import java.time.Duration;

/**
 * A live connection ended. Commands waiting for an answer on it failed; every live book got a {@code BookGap}.
 *
 * @param connection the connection's number
 * @param reason why, for operators (server closed, no frame for the idle timeout, client closed, …)
 * @param reconnectIn the delay before the next attempt; zero when the client was closed and will not reconnect
 */
public record Disconnected(int connection, String reason, Duration reconnectIn, long tsInit)
    implements ConnectionEvent {
  /** Validates presence. */
  public Disconnected {
    Checks.text(reason, "reason");
    Checks.present(reconnectIn, "reconnectIn");
    Checks.notNegative(tsInit, "tsInit");
  }
}
