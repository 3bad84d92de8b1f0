package dev.strike.kalshi.ws;

import java.time.Duration;
import reactor.core.publisher.Sinks;

/** What drives the {@link KalshiWsSession}: connection events, frames, and the caller's commands (a wake-up). */
sealed interface SessionInput {
  /** The caller submitted commands (or the feed just started): drain the submission queue. */
  SessionInput WAKE = new Wake();

  /** See {@link #WAKE}. */
  record Wake() implements SessionInput {}

  /** The upgrade was accepted; {@code out} writes to this connection. */
  record Opened(int connection, Sinks.Many<Outgoing> out, long tsInit) implements SessionInput {}

  /** A text (or binary) frame's bytes. */
  record Frame(byte[] bytes, long tsInit) implements SessionInput {}

  /** A Ping frame from the server; answered with a Pong carrying the same payload. */
  record PingReceived(byte[] payload) implements SessionInput {}

  /** The live connection ended; the next attempt follows after {@code reconnectIn}. */
  record Lost(int connection, String reason, Duration reconnectIn, long tsInit) implements SessionInput {}

  /** An attempt failed before the upgrade completed. */
  record AttemptFailed(int attempt, String reason, Duration retryIn, long tsInit) implements SessionInput {}

  /** The caller closed the client: the last input. */
  record CloseRequested(long tsInit) implements SessionInput {}
}
