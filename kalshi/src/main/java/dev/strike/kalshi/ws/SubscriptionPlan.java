package dev.strike.kalshi.ws;

import dev.strike.common.id.MarketTicker;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The subscriptions the caller asked for and the server acknowledged, per channel: what the client subscribes again
 * on every new connection. Kalshi keeps one subscription per channel per connection (a second {@code subscribe} of
 * the channel adds markets to it), so the plan merges per channel. Not thread-safe: used by the session only.
 */
final class SubscriptionPlan {
  private final Map<Channel, Entry> entries = new EnumMap<>(Channel.class);

  private static final class Entry {
    boolean allMarkets;
    final TreeSet<MarketTicker> markets = new TreeSet<>();
    boolean sendInitialSnapshot;
  }

  /** {@code channel} was subscribed for {@code markets} (empty = all markets). */
  void subscribed(Channel channel, List<MarketTicker> markets, boolean sendInitialSnapshot) {
    Entry entry = entries.computeIfAbsent(channel, c -> new Entry());
    if (markets.isEmpty()) {
      entry.allMarkets = true;
      entry.markets.clear();
    } else if (!entry.allMarkets) {
      entry.markets.addAll(markets);
    }
    entry.sendInitialSnapshot |= sendInitialSnapshot;
  }

  /** {@code add_markets} was acknowledged. */
  void marketsAdded(Channel channel, Collection<MarketTicker> markets) {
    Entry entry = entries.get(channel);
    if (entry != null && !entry.allMarkets) {
      entry.markets.addAll(markets);
    }
  }

  /** {@code delete_markets} was acknowledged (or the server no longer knows the markets). */
  void marketsDeleted(Channel channel, Collection<MarketTicker> markets) {
    Entry entry = entries.get(channel);
    if (entry == null || entry.allMarkets) {
      return;
    }
    entry.markets.removeAll(markets);
    if (entry.markets.isEmpty()) {
      entries.remove(channel); // "all markets" was never asked for; nothing is left to subscribe
    }
  }

  /** The channel was unsubscribed. */
  void unsubscribed(Channel channel) {
    entries.remove(channel);
  }

  /** Whether {@code channel} is kept. */
  boolean contains(Channel channel) {
    return entries.containsKey(channel);
  }

  /** The kept channels. */
  Set<Channel> channels() {
    return Set.copyOf(entries.keySet());
  }

  /** What {@code channel} is kept as, or null. */
  SubscribeRequest request(Channel channel) {
    Entry entry = entries.get(channel);
    if (entry == null) {
      return null;
    }
    return new SubscribeRequest(Set.of(channel), List.copyOf(entry.markets), entry.sendInitialSnapshot);
  }

  /** One subscribe per kept channel, in channel order: what a new connection sends. */
  List<SubscribeRequest> requests() {
    List<SubscribeRequest> requests = new ArrayList<>(entries.size());
    for (Channel channel : entries.keySet()) {
      requests.add(request(channel));
    }
    return requests;
  }
}
