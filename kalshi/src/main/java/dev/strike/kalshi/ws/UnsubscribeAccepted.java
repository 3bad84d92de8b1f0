package dev.strike.kalshi.ws;

import java.util.List;

/**
 * Every sid of an {@code unsubscribe} was acknowledged ({@code unsubscribed}); the channels are no longer kept for
 * reconnects.
 *
 * @param commandId the command's id on its connection
 * @param ended the channels and the sids that ended
 */
public record UnsubscribeAccepted(long commandId, List<ChannelSid> ended) implements UnsubscribeOutcome {
  /** Copies the list. */
  public UnsubscribeAccepted {
    ended = List.copyOf(ended);
  }
}
