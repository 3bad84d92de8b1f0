package dev.strike.kalshi.ws;

import dev.strike.common.id.MarketTicker;
import java.util.List;

/**
 * An {@code update_subscription} was acknowledged ({@code ok}).
 *
 * @param commandId the command's id on its connection
 * @param channel the channel that was changed
 * @param sid its sid
 * @param action what was done
 * @param markets the subscription's full market list as the server reports it (empty if it did not send one)
 */
public record SubscriptionUpdated(long commandId, Channel channel, long sid, UpdateAction action,
    List<MarketTicker> markets) implements UpdateOutcome {
  /** Copies the list. */
  public SubscriptionUpdated {
    markets = List.copyOf(markets);
  }
}
