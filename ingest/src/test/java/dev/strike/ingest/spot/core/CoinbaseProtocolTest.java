package dev.strike.ingest.spot.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.id.Asset;
import dev.strike.common.json.StrikeJson;
import dev.strike.ingest.spot.core.FeedMessage.ExchangeError;
import dev.strike.ingest.spot.core.FeedMessage.Heartbeat;
import dev.strike.ingest.spot.core.FeedMessage.Ignored;
import dev.strike.ingest.spot.core.FeedMessage.Malformed;
import dev.strike.ingest.spot.core.FeedMessage.Subscribed;
import dev.strike.ingest.spot.core.FeedMessage.SubscriptionRejected;
import dev.strike.ingest.spot.core.FeedMessage.Trades;
import dev.strike.ingest.spot.core.FeedMessage.Unknown;
import dev.strike.ingest.spot.testing.ExchangeSamples;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CoinbaseProtocolTest {
  private static final Asset BTC = Asset.of("BTC");
  private static final Asset ETH = Asset.of("ETH");
  private static final Asset SOL = Asset.of("SOL");
  private final CoinbaseProtocol protocol = new CoinbaseProtocol(List.of(BTC, ETH, SOL));

  @Test
  void shouldSubscribeToMatchesAndHeartbeatsForEveryProductWhenConnected() throws Exception {
    List<String> messages = protocol.subscribeMessages();

    assertThat(messages).hasSize(1);
    JsonNode subscribe = StrikeJson.mapper().readTree(messages.get(0));
    assertThat(subscribe.get("type").textValue()).isEqualTo("subscribe");
    assertThat(subscribe.get("product_ids").toString()).isEqualTo("[\"BTC-USD\",\"ETH-USD\",\"SOL-USD\"]");
    assertThat(subscribe.get("channels").toString()).isEqualTo("[\"matches\",\"heartbeat\"]");
    assertThat(protocol.keepAlive(1)).isEmpty();
  }

  @Test
  void shouldReadAMatchExactlyWhenPricesAreStrings() {
    FeedMessage message = protocol.parse(ExchangeSamples.COINBASE_MATCH);

    assertThat(message).isEqualTo(new Trades(List.of(new TradePrint(BTC, new BigDecimal("80691.53"),
        new BigDecimal("0.00000001"), 1_787_628_957_198_335_000L, OptionalLong.of(1081862675L)))));
  }

  @Test
  void shouldReadLastMatchAsATradeKeepingTrailingZerosWhenSubscribing() {
    Trades trades = (Trades) protocol.parse(ExchangeSamples.COINBASE_LAST_MATCH);

    TradePrint print = trades.prints().get(0);
    assertThat(print.asset()).isEqualTo(ETH);
    assertThat(print.price().toPlainString()).isEqualTo("1285.00");
    assertThat(print.size().toPlainString()).isEqualTo("0.10000000");
    assertThat(print.tsEventNs()).isEqualTo(1_666_221_600_000_000_000L);
  }

  @Test
  void shouldReportTheSubscribedProductsWhenAcked() {
    assertThat(protocol.parse(ExchangeSamples.COINBASE_SUBSCRIPTIONS))
        .isEqualTo(new Subscribed(List.of(BTC, ETH, SOL)));
  }

  @Test
  void shouldReadAHeartbeatAsProofOfLife() {
    assertThat(protocol.parse(ExchangeSamples.COINBASE_HEARTBEAT)).isInstanceOf(Heartbeat.class);
  }

  @Test
  void shouldNameTheRefusedAssetWhenAProductIsInvalid() {
    assertThat(protocol.parse(ExchangeSamples.COINBASE_BAD_PRODUCT)).isEqualTo(
        new SubscriptionRejected(SOL, "Failed to subscribe: SOL-USD is not a valid product"));
  }

  @Test
  void shouldReportOtherErrorsAsExchangeErrors() {
    assertThat(protocol.parse("{\"type\":\"error\",\"message\":\"rate limited\"}"))
        .isEqualTo(new ExchangeError("rate limited"));
  }

  @Test
  void shouldCallAnUnsubscribedMessageTypeUnknown() {
    assertThat(protocol.parse(ExchangeSamples.COINBASE_TICKER)).isEqualTo(new Unknown("ticker"));
  }

  @Test
  void shouldIgnoreAMatchForAProductItDidNotAskFor() {
    assertThat(protocol.parse(ExchangeSamples.coinbaseMatch("DOGE-USD", 1, "0.1", "5", "2024-01-01T00:00:00Z")))
        .isInstanceOf(Ignored.class);
  }

  @Test
  void shouldCallAFrameMalformedWhenItIsNotJson() {
    assertThat(protocol.parse("{\"type\":\"match\",")).isInstanceOf(Malformed.class);
    assertThat(((Malformed) protocol.parse("hello")).reason()).startsWith("not JSON");
  }

  @Test
  void shouldCallAMatchMalformedWhenTheTypeIsMissing() {
    assertThat(protocol.parse("{\"product_id\":\"BTC-USD\"}")).isEqualTo(new Malformed("type is missing"));
  }

  @Test
  void shouldCallAMatchMalformedWhenThePriceIsNotADecimal() {
    assertThat(protocol.parse(ExchangeSamples.coinbaseMatch("BTC-USD", 1, "abc", "1", "2024-01-01T00:00:00Z")))
        .isEqualTo(new Malformed("price is not a decimal: 'abc'"));
  }

  @Test
  void shouldCallAMatchMalformedWhenThePriceIsNotPositive() {
    assertThat(protocol.parse(ExchangeSamples.coinbaseMatch("BTC-USD", 1, "0", "1", "2024-01-01T00:00:00Z")))
        .isEqualTo(new Malformed("price must be positive, got 0"));
  }

  @Test
  void shouldCallAMatchMalformedWhenTheTimeIsNotIso() {
    assertThat(protocol.parse(ExchangeSamples.coinbaseMatch("BTC-USD", 1, "1", "1", "yesterday")))
        .isEqualTo(new Malformed("time is not an ISO-8601 time: 'yesterday'"));
  }

  @Test
  void shouldCallAMatchMalformedWhenTheSizeIsMissing() {
    assertThat(protocol.parse("{\"type\":\"match\",\"product_id\":\"BTC-USD\",\"price\":\"1\","
        + "\"time\":\"2024-01-01T00:00:00Z\"}")).isEqualTo(new Malformed("size is missing"));
  }
}
