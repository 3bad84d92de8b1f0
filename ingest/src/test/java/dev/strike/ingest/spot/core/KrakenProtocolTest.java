package dev.strike.ingest.spot.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.id.Asset;
import dev.strike.common.json.StrikeJson;
import dev.strike.ingest.spot.core.FeedMessage.ExchangeError;
import dev.strike.ingest.spot.core.FeedMessage.Heartbeat;
import dev.strike.ingest.spot.core.FeedMessage.Ignored;
import dev.strike.ingest.spot.core.FeedMessage.Malformed;
import dev.strike.ingest.spot.core.FeedMessage.Notice;
import dev.strike.ingest.spot.core.FeedMessage.Subscribed;
import dev.strike.ingest.spot.core.FeedMessage.SubscriptionRejected;
import dev.strike.ingest.spot.core.FeedMessage.Trades;
import dev.strike.ingest.spot.core.FeedMessage.Unknown;
import dev.strike.ingest.spot.testing.ExchangeSamples;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class KrakenProtocolTest {
  private static final Asset BTC = Asset.of("BTC");
  private static final Asset ETH = Asset.of("ETH");
  private static final Asset SOL = Asset.of("SOL");
  private final KrakenProtocol protocol = new KrakenProtocol(List.of(BTC, ETH, SOL));

  @Test
  void shouldSubscribeToTradesWithASnapshotForEverySymbolWhenConnected() throws Exception {
    List<String> messages = protocol.subscribeMessages();

    assertThat(messages).hasSize(1);
    JsonNode subscribe = StrikeJson.mapper().readTree(messages.get(0));
    assertThat(subscribe.get("method").textValue()).isEqualTo("subscribe");
    assertThat(subscribe.at("/params/channel").textValue()).isEqualTo("trade");
    assertThat(subscribe.at("/params/symbol").toString()).isEqualTo("[\"BTC/USD\",\"ETH/USD\",\"SOL/USD\"]");
    assertThat(subscribe.at("/params/snapshot").booleanValue()).isTrue();
    assertThat(subscribe.get("req_id").intValue()).isEqualTo(1);
  }

  @Test
  void shouldPingWithTheSequenceAsRequestId() {
    assertThat(protocol.keepAlive(7)).contains("{\"method\":\"ping\",\"req_id\":7}");
  }

  @Test
  void shouldReadATradeExactlyWhenPricesAreJsonNumbers() {
    FeedMessage message = protocol.parse(ExchangeSamples.KRAKEN_TRADE);

    Trades trades = (Trades) message;
    assertThat(trades.prints()).containsExactly(new TradePrint(BTC, new BigDecimal("68580.0"),
        new BigDecimal("0.14225864"), 1_722_114_960_512_060_000L, OptionalLong.of(72166031L)));
    assertThat(trades.prints().get(0).price().toPlainString()).isEqualTo("68580.0");
  }

  @Test
  void shouldReadEveryTradeOfASnapshotWithExponentsAndIntegersExactly() {
    Trades trades = (Trades) protocol.parse(ExchangeSamples.KRAKEN_SNAPSHOT);

    assertThat(trades.prints()).extracting(p -> p.asset().symbol(), p -> p.price().toPlainString(),
        p -> p.size().toPlainString(), p -> p.tradeId().getAsLong()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("ETH", "3201.10", "0.2", 9002L),
            org.assertj.core.groups.Tuple.tuple("ETH", "3200.5", "0.0015", 9001L),
            org.assertj.core.groups.Tuple.tuple("SOL", "181.37", "12", 501L));
    assertThat(trades.prints().get(1).tsEventNs()).isEqualTo(1_722_114_958_000_000_000L);
    assertThat(trades.prints().get(2).tsEventNs()).isEqualTo(1_722_114_957_500_000_000L);
  }

  @Test
  void shouldReadAnEmptySnapshotAsNoTrades() {
    assertThat(protocol.parse("{\"channel\":\"trade\",\"type\":\"snapshot\",\"data\":[]}"))
        .isEqualTo(new Trades(List.of()));
  }

  @Test
  void shouldReportTheSymbolWhenItsSubscriptionIsAcked() {
    assertThat(protocol.parse(ExchangeSamples.krakenAck("ETH/USD"))).isEqualTo(new Subscribed(List.of(ETH)));
  }

  @Test
  void shouldNameTheRefusedAssetWhenASymbolIsNotSupported() {
    assertThat(protocol.parse(ExchangeSamples.krakenRefusal("SOL/USD")))
        .isEqualTo(new SubscriptionRejected(SOL, "Currency pair not supported SOL/USD"));
  }

  @Test
  void shouldReadHeartbeatsAndPongsAsProofOfLife() {
    assertThat(protocol.parse(ExchangeSamples.KRAKEN_HEARTBEAT)).isInstanceOf(Heartbeat.class);
    assertThat(protocol.parse(ExchangeSamples.krakenPong(3))).isInstanceOf(Heartbeat.class);
  }

  @Test
  void shouldReportTheSystemStatusAsANotice() {
    assertThat(protocol.parse(ExchangeSamples.KRAKEN_STATUS))
        .isEqualTo(new Notice("status: system online, version 2.0.7"));
  }

  @Test
  void shouldCallAnUnsubscribedChannelUnknown() {
    assertThat(protocol.parse(ExchangeSamples.KRAKEN_TICKER)).isEqualTo(new Unknown("channel:ticker"));
    assertThat(protocol.parse("{\"method\":\"add_order\",\"success\":true}"))
        .isEqualTo(new Unknown("method:add_order"));
  }

  @Test
  void shouldReportAnErrorWithoutMethodAsAnExchangeError() {
    assertThat(protocol.parse("{\"error\":\"Subscription name invalid\",\"success\":false}"))
        .isEqualTo(new ExchangeError("Subscription name invalid"));
  }

  @Test
  void shouldIgnoreTradesOfSymbolsItDidNotAskFor() {
    assertThat(protocol.parse(ExchangeSamples.krakenTrade("DOGE/USD", 1, "0.1", "1", "2024-01-01T00:00:00Z")))
        .isEqualTo(new Ignored("trade for DOGE/USD"));
  }

  @Test
  void shouldCallATradeMalformedWhenQtyIsMissing() {
    assertThat(protocol.parse("{\"channel\":\"trade\",\"type\":\"update\",\"data\":[{\"symbol\":\"BTC/USD\","
        + "\"price\":1.5,\"timestamp\":\"2024-01-01T00:00:00Z\"}]}")).isEqualTo(new Malformed("qty is missing"));
  }

  @Test
  void shouldCallATradeMalformedWhenDataIsNotAList() {
    assertThat(protocol.parse("{\"channel\":\"trade\",\"type\":\"update\",\"data\":{}}"))
        .isEqualTo(new Malformed("data must be an array, got object"));
  }

  @Test
  void shouldCallAFrameMalformedWhenItIsNotAnObject() {
    assertThat(protocol.parse("[1,2]")).isEqualTo(new Malformed("expected a JSON object, got ARRAY"));
  }
}
