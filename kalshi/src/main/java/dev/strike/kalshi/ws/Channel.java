package dev.strike.kalshi.ws;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The Kalshi WebSocket channels this client subscribes to and decodes (kalshi-api.md §8.3). Wire names are the
 * lower-case constant names ({@code orderbook_delta}, {@code market_lifecycle_v2}).
 */
public enum Channel {
  /** Order book snapshots and deltas, per market; market tickers are required. */
  ORDERBOOK_DELTA(true, true),
  /** Top of book, last trade and totals, per market; all markets when none are given. */
  TICKER(false, false),
  /** Public trade prints; all markets when none are given. */
  TRADE(false, true),
  /** Market and event lifecycle of all markets; takes no market filter. */
  MARKET_LIFECYCLE_V2(false, true),
  /** Our fills (private). */
  FILL(false, false),
  /** Our orders' changes (private). */
  USER_ORDERS(false, false),
  /** Our positions (private). */
  MARKET_POSITIONS(false, false);

  private final boolean requiresMarkets;
  private final boolean sequenced;
  private final String wireName;

  Channel(boolean requiresMarkets, boolean sequenced) {
    this.requiresMarkets = requiresMarkets;
    this.sequenced = sequenced;
    this.wireName = name().toLowerCase(Locale.ROOT);
  }

  /** The name Kalshi uses in commands and responses. */
  public String wireName() {
    return wireName;
  }

  /** Whether a subscription must name its markets. */
  public boolean requiresMarkets() {
    return requiresMarkets;
  }

  /** Whether the channel's messages carry a per-subscription {@code seq}. */
  public boolean sequenced() {
    return sequenced;
  }

  /** The channel named {@code wireName}, or null for a channel this client does not know. */
  public static @Nullable Channel fromWire(@Nullable String wireName) {
    if (wireName == null) {
      return null;
    }
    for (Channel channel : values()) {
      if (channel.wireName.equals(wireName)) {
        return channel;
      }
    }
    return null;
  }
}
