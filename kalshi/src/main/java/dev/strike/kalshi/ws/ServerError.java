package dev.strike.kalshi.ws;

/**
 * An {@code error} the caller has no {@code Mono} for: one the server sent on its own (id 0 or none, e.g. code 25,
 * subscription buffer overflow) or the answer to a command the client sent itself (a resubscription after a
 * reconnect, a {@code get_snapshot} after a gap).
 *
 * @param rejected the error, with the id of the command it answered (0 when none)
 * @param context what the client was doing, for operators
 */
public record ServerError(CommandRejected rejected, String context, long tsInit) implements KalshiWsEvent {
  /** Validates presence. */
  public ServerError {
    Checks.present(rejected, "rejected");
    Checks.text(context, "context");
    Checks.notNegative(tsInit, "tsInit");
  }
}
