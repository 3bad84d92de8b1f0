package dev.strike.kalshi.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.id.MarketTicker;
import dev.strike.kalshi.KalshiEnvironment;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KalshiWsConfigTest {
  @Test
  void shouldPointAtTheEnvironmentsWebSocketWhenBuiltFromIt() {
    KalshiWsConfig config = KalshiWsConfig.defaults(KalshiEnvironment.DEMO);
    assertThat(config.url()).isEqualTo(URI.create("wss://external-api-ws.demo.kalshi.co/trade-api/ws/v2"));
    assertThat(config.idleTimeout()).isGreaterThan(config.pingInterval());
  }

  @Test
  void shouldRefuseSettingsThatCannotWorkWhenCreated() {
    URI url = URI.create("ws://127.0.0.1:1/trade-api/ws/v2");
    assertThatThrownBy(() -> KalshiWsConfig.defaults(URI.create("https://x/trade-api/ws/v2")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ws://");
    assertThatThrownBy(() -> KalshiWsConfig.defaults(url).withLiveness(Duration.ofSeconds(5), Duration.ofSeconds(5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idleTimeout");
    assertThatThrownBy(() -> KalshiWsConfig.defaults(url).withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1),
        0.2, Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRequireMarketsForTheOrderbookWhenARequestIsMade() {
    assertThatThrownBy(() -> new SubscribeRequest(Set.of(Channel.ORDERBOOK_DELTA), List.of(), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orderbook_delta");
    SubscribeRequest request = SubscribeRequest.orderbook(MarketTicker.of("KX-B"), MarketTicker.of("KX-A"),
        MarketTicker.of("KX-B"));
    assertThat(request.markets()).containsExactly(MarketTicker.of("KX-A"), MarketTicker.of("KX-B"));
  }

  @Test
  void shouldTypeEveryDocumentedErrorCodeWhenReadingOne() {
    for (int code = 1; code <= 25; code++) {
      if (code == 23) {
        assertThat(WsErrorCode.of(code)).isEqualTo(WsErrorCode.UNKNOWN); // unassigned
      } else {
        assertThat(WsErrorCode.of(code).code()).isEqualTo(code);
      }
    }
    assertThat(WsErrorCode.of(16)).isEqualTo(WsErrorCode.MARKET_NOT_FOUND);
    assertThat(WsErrorCode.of(25)).isEqualTo(WsErrorCode.SUBSCRIPTION_BUFFER_OVERFLOW);
    assertThat(WsErrorCode.of(27)).isEqualTo(WsErrorCode.UNKNOWN);
  }
}
