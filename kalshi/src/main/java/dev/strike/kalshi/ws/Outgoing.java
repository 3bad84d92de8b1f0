package dev.strike.kalshi.ws;

/** What the session writes to the socket; turned into a Netty frame only when it is actually written. */
sealed interface Outgoing {
  /** A command, as JSON text. */
  record Text(String json) implements Outgoing {}

  /** The answer to a server Ping. */
  record Pong(byte[] payload) implements Outgoing {}
}
