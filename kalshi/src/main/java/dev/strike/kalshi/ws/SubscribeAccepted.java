package dev.strike.kalshi.ws;

import java.util.List;

/**
 * Every channel of a {@code subscribe} was acknowledged ({@code subscribed}).
 *
 * @param commandId the command's id on its connection
 * @param subscriptions one entry per channel, in the order the acknowledgements came
 */
public record SubscribeAccepted(long commandId, List<ChannelSid> subscriptions) implements SubscribeOutcome {
  /** Copies the list. */
  public SubscribeAccepted {
    subscriptions = List.copyOf(subscriptions);
  }

  /** The sid of {@code channel}, or -1 when the command did not subscribe it. */
  public long sid(Channel channel) {
    for (ChannelSid subscription : subscriptions) {
      if (subscription.channel() == channel) {
        return subscription.sid();
      }
    }
    return -1;
  }
}
