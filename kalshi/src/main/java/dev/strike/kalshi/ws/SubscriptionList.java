package dev.strike.kalshi.ws;

import java.util.List;

/**
 * The answer to {@code list_subscriptions}.
 *
 * @param commandId the command's id on its connection
 * @param subscriptions the server's subscriptions on this connection
 */
public record SubscriptionList(long commandId, List<ActiveSubscription> subscriptions) implements ListOutcome {
  /** Copies the list. */
  public SubscriptionList {
    subscriptions = List.copyOf(subscriptions);
  }
}
