package dev.strike.kalshi.ws;

import dev.strike.common.id.MarketTicker;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What to subscribe to: one or more channels for the same markets. The client keeps every acknowledged subscription
 * and subscribes it again after a reconnect.
 *
 * <p>An {@link Channel#ORDERBOOK_DELTA} subscription is always sent with {@code use_yes_price: false}: NO levels
 * come in NO prices, as the domain {@code BookSnapshot}/{@code BookDelta} hold them (the Kalshi default today, which
 * Kalshi has said it will flip, so it is sent explicitly).
 *
 * @param channels the channels, at least one
 * @param markets the markets, sorted and without duplicates; empty means "all markets" (not allowed for
 *     {@code orderbook_delta}); {@code market_lifecycle_v2} ignores it
 * @param sendInitialSnapshot for {@link Channel#TICKER}: send each market's current ticker first
 */
public record SubscribeRequest(Set<Channel> channels, List<MarketTicker> markets, boolean sendInitialSnapshot) {
  /** Validates and copies: channels present, markets where a channel needs them. */
  public SubscribeRequest {
    if (channels == null || channels.isEmpty()) {
      throw new IllegalArgumentException("a subscription needs at least one channel");
    }
    if (markets == null) {
      throw new IllegalArgumentException("markets must not be null (empty means all markets)");
    }
    channels = Set.copyOf(EnumSet.copyOf(channels));
    markets = List.copyOf(new TreeSet<>(markets));
    for (Channel channel : channels) {
      if (channel.requiresMarkets() && markets.isEmpty()) {
        throw new IllegalArgumentException(channel.wireName() + " needs at least one market ticker");
      }
    }
  }

  /** The order book of {@code markets}. */
  public static SubscribeRequest orderbook(MarketTicker... markets) {
    return new SubscribeRequest(Set.of(Channel.ORDERBOOK_DELTA), List.of(markets), false);
  }

  /** One channel for {@code markets} (none = all markets). */
  public static SubscribeRequest of(Channel channel, MarketTicker... markets) {
    return new SubscribeRequest(Set.of(channel), List.of(markets), false);
  }

  /** This request with the initial ticker snapshot asked for. */
  public SubscribeRequest withInitialSnapshot() {
    return new SubscribeRequest(channels, markets, true);
  }
}
