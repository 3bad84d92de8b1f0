package dev.strike.ingest.spot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.id.Asset;
import dev.strike.ingest.spot.core.FeedMessage.ExchangeError;
import dev.strike.ingest.spot.core.FeedMessage.Heartbeat;
import dev.strike.ingest.spot.core.FeedMessage.Ignored;
import dev.strike.ingest.spot.core.FeedMessage.Malformed;
import dev.strike.ingest.spot.core.FeedMessage.ReconnectRequested;
import dev.strike.ingest.spot.core.FeedMessage.Subscribed;
import dev.strike.ingest.spot.core.FeedMessage.Trades;
import dev.strike.ingest.spot.core.FeedMessage.Unknown;
import dev.strike.ingest.spot.testing.ExchangeSamples;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BitstampProtocolTest {
  private static final Asset BTC = Asset.of("BTC");
  private static final Asset ETH = Asset.of("ETH");
  private static final Asset SOL = Asset.of("SOL");
  private final BitstampProtocol protocol = new BitstampProtocol(List.of(BTC, ETH, SOL));

  @Test
  void shouldSubscribeToOneLiveTradesChannelPerAssetWhenConnected() {
    assertThat(protocol.subscribeMessages()).containsExactly(
        "{\"event\":\"bts:subscribe\",\"data\":{\"channel\":\"live_trades_btcusd\"}}",
        "{\"event\":\"bts:subscribe\",\"data\":{\"channel\":\"live_trades_ethusd\"}}",
        "{\"event\":\"bts:subscribe\",\"data\":{\"channel\":\"live_trades_solusd\"}}");
  }

  @Test
  void shouldKeepTheConnectionAliveWithBitstampHeartbeats() {
    assertThat(protocol.keepAlive(1)).contains("{\"event\":\"bts:heartbeat\"}");
  }

  @Test
  void shouldReadATradeFromTheExactStringsAndTheMicrotimestamp() {
    assertThat(protocol.parse(ExchangeSamples.BITSTAMP_TRADE)).isEqualTo(new Trades(List.of(new TradePrint(BTC,
        new BigDecimal("79715.39"), new BigDecimal("0.00062132"), 1_788_551_770_815_000_000L,
        OptionalLong.of(629876235L)))));
  }

  @Test
  void shouldPreferTheStringPriceOverTheNumberWhenBothAreSent() {
    Trades trades = (Trades) protocol.parse("{\"event\":\"trade\",\"channel\":\"live_trades_ethusd\",\"data\":"
        + "{\"id\":1,\"amount\":2,\"amount_str\":\"2.00000000\",\"price\":3000.1,\"price_str\":\"3000.10\","
        + "\"microtimestamp\":\"1700000000000001\"}}");

    assertThat(trades.prints().get(0).price().toPlainString()).isEqualTo("3000.10");
    assertThat(trades.prints().get(0).size().toPlainString()).isEqualTo("2.00000000");
    assertThat(trades.prints().get(0).tsEventNs()).isEqualTo(1_700_000_000_000_001_000L);
  }

  @Test
  void shouldFallBackToNumbersAndWholeSecondsWhenStringsAreMissing() {
    Trades trades = (Trades) protocol.parse("{\"event\":\"trade\",\"channel\":\"live_trades_solusd\",\"data\":"
        + "{\"id\":7,\"amount\":1.25,\"price\":150.5,\"timestamp\":\"1700000000\"}}");

    assertThat(trades.prints()).containsExactly(new TradePrint(SOL, new BigDecimal("150.5"),
        new BigDecimal("1.25"), 1_700_000_000_000_000_000L, OptionalLong.of(7)));
  }

  @Test
  void shouldReportTheAssetWhenItsChannelIsAcked() {
    assertThat(protocol.parse(ExchangeSamples.bitstampAck("live_trades_ethusd")))
        .isEqualTo(new Subscribed(List.of(ETH)));
  }

  @Test
  void shouldReadTheHeartbeatAnswerAsProofOfLife() {
    assertThat(protocol.parse(ExchangeSamples.BITSTAMP_HEARTBEAT)).isInstanceOf(Heartbeat.class);
  }

  @Test
  void shouldAskForAReconnectWhenBitstampRequestsOne() {
    assertThat(protocol.parse(ExchangeSamples.BITSTAMP_RECONNECT)).isInstanceOf(ReconnectRequested.class);
    assertThat(protocol.parse("{\"event\":\"bts:request_reconnect\",\"channel\":\"\",\"data\":\"\"}"))
        .isInstanceOf(ReconnectRequested.class);
  }

  @Test
  void shouldReportBitstampErrorsWithTheirMessage() {
    assertThat(protocol.parse(ExchangeSamples.BITSTAMP_ERROR)).isEqualTo(new ExchangeError("Incorrect JSON format."));
    assertThat(protocol.parse("{\"event\":\"bts:error\",\"channel\":\"\",\"data\":{\"code\":4009,"
        + "\"message\":\"Connection is unauthorized.\"}}"))
        .isEqualTo(new ExchangeError("Connection is unauthorized. (code 4009)"));
  }

  @Test
  void shouldCallOtherEventsUnknown() {
    assertThat(protocol.parse(ExchangeSamples.BITSTAMP_ORDER)).isEqualTo(new Unknown("event:order_deleted"));
  }

  @Test
  void shouldIgnoreTradesOnChannelsItDidNotAskFor() {
    assertThat(protocol.parse(ExchangeSamples.bitstampTrade("xrpusd", 1, "0.5", "10", 1_700_000_000_000_000L)))
        .isEqualTo(new Ignored("trade on live_trades_xrpusd"));
  }

  @Test
  void shouldCallATradeMalformedWhenTheMicrotimestampIsNotANumber() {
    assertThat(protocol.parse("{\"event\":\"trade\",\"channel\":\"live_trades_btcusd\",\"data\":{\"id\":1,"
        + "\"amount_str\":\"1\",\"price_str\":\"1\",\"microtimestamp\":\"soon\"}}"))
        .isEqualTo(new Malformed("microtimestamp is not a whole number: 'soon'"));
  }

  @Test
  void shouldCallATradeMalformedWhenTheSizeIsNegative() {
    assertThat(protocol.parse(ExchangeSamples.bitstampTrade("btcusd", 1, "1", "-1", 1_700_000_000_000_000L)))
        .isEqualTo(new Malformed("size must not be negative, got -1"));
  }

  @Test
  void shouldCallAFrameMalformedWhenTheEventIsMissing() {
    assertThat(protocol.parse("{\"channel\":\"live_trades_btcusd\"}")).isEqualTo(new Malformed("event is missing"));
  }
}
