package dev.strike.ingest.spot.core;

import dev.strike.common.id.Asset;
import dev.strike.common.id.SourceId;
import java.util.List;
import java.util.Locale;

/**
 * The spot exchanges this build reads, each with its wire format. Every asset is quoted against USD. The lower-case
 * name is the exchange's {@link SourceId} on {@code md.spot}, its configuration key, its metric tag and its health
 * component suffix.
 */
public enum Exchange {
  /** Coinbase Exchange, {@code wss://ws-feed.exchange.coinbase.com}, {@code matches} channel. */
  COINBASE,
  /** Kraken spot WebSocket v2, {@code wss://ws.kraken.com/v2}, {@code trade} channel. */
  KRAKEN,
  /** Bitstamp WebSocket v2, {@code wss://ws.bitstamp.net}, {@code live_trades_<pair>} channels. */
  BITSTAMP;

  /** The lower-case name: {@code coinbase}, {@code kraken}, {@code bitstamp}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The source id its ticks carry. */
  public SourceId source() {
    return SourceId.of(id());
  }

  /**
   * The wire format of this exchange for {@code assets} (each against USD).
   *
   * @param assets at least one, no repeats
   */
  public SpotProtocol protocol(List<Asset> assets) {
    return switch (this) {
      case COINBASE -> new CoinbaseProtocol(assets);
      case KRAKEN -> new KrakenProtocol(assets);
      case BITSTAMP -> new BitstampProtocol(assets);
    };
  }
}
