package dev.strike.kalshi.ws;

/**
 * The signed upgrade was accepted; command ids restart at 1 on this connection.
 *
 * @param connection the connection's number, from 1
 */
public record Connected(int connection, long tsInit) implements ConnectionEvent {
  /** Validates the number. */
  public Connected {
    if (connection < 1) {
      throw new IllegalArgumentException("connection numbers start at 1, got " + connection);
    }
    Checks.notNegative(tsInit, "tsInit");
  }
}
