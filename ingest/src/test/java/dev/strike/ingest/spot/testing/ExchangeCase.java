package dev.strike.ingest.spot.testing;

import dev.strike.common.id.Asset;
import dev.strike.ingest.spot.core.Exchange;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/** Each exchange with its fake server script and a builder of trades in its own format, for shared tests. */
public enum ExchangeCase {
  COINBASE(Exchange.COINBASE, "/") {
    @Override
    public FakeExchange.Script script() {
      return FakeExchange.coinbase();
    }

    @Override
    public String trade(Asset asset, long id, String price, String size, Instant time) {
      return ExchangeSamples.coinbaseMatch(asset + "-USD", id, price, size, time.toString());
    }
  },
  KRAKEN(Exchange.KRAKEN, "/v2") {
    @Override
    public FakeExchange.Script script() {
      return FakeExchange.kraken(Set.of());
    }

    @Override
    public String trade(Asset asset, long id, String price, String size, Instant time) {
      return ExchangeSamples.krakenTrade(asset + "/USD", id, price, size, time.toString());
    }
  },
  BITSTAMP(Exchange.BITSTAMP, "/") {
    @Override
    public FakeExchange.Script script() {
      return FakeExchange.bitstamp();
    }

    @Override
    public String trade(Asset asset, long id, String price, String size, Instant time) {
      long micros = time.getEpochSecond() * 1_000_000L + time.getNano() / 1_000L;
      return ExchangeSamples.bitstampTrade(asset.symbol().toLowerCase(Locale.ROOT) + "usd", id, price, size, micros);
    }
  };

  private final Exchange exchange;
  private final String path;

  ExchangeCase(Exchange exchange, String path) {
    this.exchange = exchange;
    this.path = path;
  }

  /** The exchange. */
  public Exchange exchange() {
    return exchange;
  }

  /** A fake server speaking this exchange's protocol. */
  public FakeExchange start() {
    return FakeExchange.start(script(), path);
  }

  /** How the fake server answers. */
  public abstract FakeExchange.Script script();

  /** One trade print in this exchange's format (time at microsecond precision). */
  public abstract String trade(Asset asset, long id, String price, String size, Instant time);
}
