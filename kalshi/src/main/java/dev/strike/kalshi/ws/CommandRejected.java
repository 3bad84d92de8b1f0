package dev.strike.kalshi.ws;

import dev.strike.common.id.MarketTicker;
import org.jspecify.annotations.Nullable;

/**
 * The venue answered a command with {@code error} (kalshi-api.md §8.2), or the client refused it before sending
 * (then {@code commandId} is 0, e.g. unsubscribing a channel that is not subscribed). An expected outcome, not an
 * exception.
 *
 * @param commandId the command's id on its connection; 0 when it was never sent
 * @param code the typed code ({@link WsErrorCode#UNKNOWN} for undocumented ones)
 * @param rawCode the number the server sent
 * @param message the server's (or the client's) text
 * @param market the market the error is about, when the server named one (e.g. code 16, market not found)
 */
public record CommandRejected(long commandId, WsErrorCode code, int rawCode, String message,
    @Nullable MarketTicker market) implements SubscribeOutcome, UnsubscribeOutcome, UpdateOutcome, ListOutcome {
  /** Validates presence. */
  public CommandRejected {
    if (code == null) {
      throw new IllegalArgumentException("code is required");
    }
    if (commandId < 0) {
      throw new IllegalArgumentException("commandId must not be negative, got " + commandId);
    }
    message = message == null ? "" : message;
  }
}
