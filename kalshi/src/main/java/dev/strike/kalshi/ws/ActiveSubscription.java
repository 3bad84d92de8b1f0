package dev.strike.kalshi.ws;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a {@code list_subscriptions} answer.
 *
 * @param channelName the channel as the server names it (possibly one this client does not decode)
 * @param sid the subscription id
 */
public record ActiveSubscription(String channelName, long sid) {
  /** Validates presence. */
  public ActiveSubscription {
    if (channelName == null || channelName.isBlank()) {
      throw new IllegalArgumentException("channelName is required");
    }
  }

  /** The channel, or null when this client does not know it. */
  public @Nullable Channel channel() {
    return Channel.fromWire(channelName);
  }
}
