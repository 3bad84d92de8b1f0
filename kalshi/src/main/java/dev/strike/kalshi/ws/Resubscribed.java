package dev.strike.kalshi.ws;

import java.util.List;

/**
 * After a (re)connect, every subscription the client keeps was sent again and answered: these are the new sids.
 * Order books come back through their snapshots. A subscription the server refused is reported separately
 * ({@link ServerError}, {@link MarketDropped}) and is not in the list.
 *
 * @param connection the connection's number
 * @param subscriptions the live subscriptions with their sids on this connection
 */
public record Resubscribed(int connection, List<ChannelSid> subscriptions, long tsInit) implements ConnectionEvent {
  /** Copies the list. */
  public Resubscribed {
    subscriptions = List.copyOf(subscriptions);
    Checks.notNegative(tsInit, "tsInit");
  }
}
