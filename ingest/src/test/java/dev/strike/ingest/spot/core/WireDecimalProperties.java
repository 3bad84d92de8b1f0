package dev.strike.ingest.spot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.SpotTick;
import dev.strike.common.id.Asset;
import dev.strike.common.json.StrikeJson;
import dev.strike.ingest.spot.core.FeedMessage.Trades;
import dev.strike.ingest.spot.testing.ExchangeSamples;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever decimal an exchange writes arrives in the SpotTick, and on md.spot, exactly as written. */
class WireDecimalProperties {
  private static final List<Asset> ASSETS = List.of(Asset.of("BTC"));
  private static final String TIME = "2024-07-27T21:16:00.512060Z";

  @Provide
  Arbitrary<BigDecimal> positiveDecimals() {
    return Combinators.combine(Arbitraries.longs().between(1, Long.MAX_VALUE), Arbitraries.integers().between(0, 18))
        .as(BigDecimal::valueOf);
  }

  @Provide
  Arbitrary<Long> epochMicros() {
    return Arbitraries.longs().between(0, 9_000_000_000_000_000L); // to year 2255, inside epoch-ns range
  }

  @Property
  void coinbaseStringDecimalsRoundTripExactly(@ForAll("positiveDecimals") BigDecimal price,
      @ForAll("positiveDecimals") BigDecimal size) {
    TradePrint print = only(new CoinbaseProtocol(ASSETS)
        .parse(ExchangeSamples.coinbaseMatch("BTC-USD", 1, price.toPlainString(), size.toPlainString(), TIME)));

    assertThat(print.price()).isEqualTo(price); // BigDecimal.equals: same value and same scale
    assertThat(print.size()).isEqualTo(size);
  }

  @Property
  void krakenNumberDecimalsRoundTripExactlyInPlainAndExponentForm(@ForAll("positiveDecimals") BigDecimal price,
      @ForAll("positiveDecimals") BigDecimal size) {
    TradePrint plain = only(new KrakenProtocol(ASSETS)
        .parse(ExchangeSamples.krakenTrade("BTC/USD", 1, price.toPlainString(), size.toPlainString(), TIME)));
    TradePrint exponent = only(new KrakenProtocol(ASSETS)
        .parse(ExchangeSamples.krakenTrade("BTC/USD", 1, price.toString(), size.toString(), TIME)));

    assertThat(plain.price()).isEqualTo(price);
    assertThat(plain.size()).isEqualTo(size);
    assertThat(exponent.price()).isEqualByComparingTo(price);
    assertThat(exponent.size()).isEqualByComparingTo(size);
  }

  @Property
  void bitstampStringDecimalsRoundTripExactly(@ForAll("positiveDecimals") BigDecimal price,
      @ForAll("positiveDecimals") BigDecimal size) {
    TradePrint print = only(new BitstampProtocol(ASSETS).parse(ExchangeSamples.bitstampTrade("btcusd", 1,
        price.toPlainString(), size.toPlainString(), 1_700_000_000_000_000L)));

    assertThat(print.price()).isEqualTo(price);
    assertThat(print.size()).isEqualTo(size);
  }

  @Property
  void aParsedPriceSurvivesTheMdSpotCodecExactly(@ForAll("positiveDecimals") BigDecimal price) throws Exception {
    TradePrint print = only(new CoinbaseProtocol(ASSETS)
        .parse(ExchangeSamples.coinbaseMatch("BTC-USD", 1, price.toPlainString(), "1.00", TIME)));
    SpotTick tick = FeedState.start(Exchange.COINBASE.source(), ASSETS, 0).onTrades(List.of(print), 5).ticks().get(0);

    SpotTick back = StrikeJson.mapper().readValue(StrikeJson.mapper().writeValueAsBytes(tick), SpotTick.class);

    assertThat(back.price()).isEqualTo(price);
    assertThat(back.size().toPlainString()).isEqualTo("1.00");
  }

  @Property
  void isoTimesWithMicrosecondsBecomeEpochNanos(@ForAll("epochMicros") long micros) {
    String time = Instant.EPOCH.plusNanos(micros * 1_000L).toString();

    TradePrint coinbase = only(new CoinbaseProtocol(ASSETS)
        .parse(ExchangeSamples.coinbaseMatch("BTC-USD", 1, "1", "1", time)));
    TradePrint kraken = only(new KrakenProtocol(ASSETS)
        .parse(ExchangeSamples.krakenTrade("BTC/USD", 1, "1", "1", time)));
    TradePrint bitstamp = only(new BitstampProtocol(ASSETS)
        .parse(ExchangeSamples.bitstampTrade("btcusd", 1, "1", "1", micros)));

    assertThat(coinbase.tsEventNs()).isEqualTo(micros * 1_000L);
    assertThat(kraken.tsEventNs()).isEqualTo(micros * 1_000L);
    assertThat(bitstamp.tsEventNs()).isEqualTo(micros * 1_000L);
  }

  private static TradePrint only(FeedMessage message) {
    assertThat(message).isInstanceOf(Trades.class);
    List<TradePrint> prints = ((Trades) message).prints();
    assertThat(prints).hasSize(1);
    return prints.get(0);
  }
}
