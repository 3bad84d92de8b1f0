package dev.strike.kalshi.ws;

import dev.strike.common.id.MarketTicker;

/**
 * A market was taken off a kept subscription because the server no longer knows it (error 16 while resubscribing
 * after a reconnect, e.g. a market that closed meanwhile). The rest of the subscription was sent again without it.
 *
 * @param channel the subscription's channel
 * @param market the market that was dropped
 * @param reason the server's text
 */
public record MarketDropped(Channel channel, MarketTicker market, String reason, long tsInit)
    implements KalshiWsEvent {
  /** Validates presence. */
  public MarketDropped {
    Checks.present(channel, "channel");
    Checks.present(market, "market");
    Checks.text(reason, "reason");
    Checks.notNegative(tsInit, "tsInit");
  }
}
