package dev.strike.kalshi.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.common.time.ManualClock;
import dev.strike.kalshi.testing.KalshiRestFake;
import dev.strike.kalshi.testing.KalshiTestClients;
import dev.strike.kalshi.wire.BatchCancelOrdersRequest;
import dev.strike.kalshi.wire.BatchCreateOrdersRequest;
import dev.strike.kalshi.wire.BookSide;
import dev.strike.kalshi.wire.CancelOrderRequest;
import dev.strike.kalshi.wire.CreateOrderRequest;
import dev.strike.kalshi.wire.OrderTimeInForce;
import dev.strike.kalshi.wire.SelfTradePrevention;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each call takes the documented tokens from the right bucket (the clock stands still, so nothing refills). */
class EndpointCostTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String TICKER = "KXBTC15M-26AUG171330-30";

  private KalshiRestFake fake;
  private KalshiRestClient client;

  @BeforeEach
  void start() {
    fake = KalshiRestFake.start().loadDocumentedFixtures();
    client = KalshiRestClient.builder(KalshiTestClients.fastConfig(fake.restRoot()))
        .signer(KalshiRestFake.testSigner()).clock(new ManualClock(0)).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private static CreateOrderRequest order(String clientOrderId) {
    return CreateOrderRequest.limit(MarketTicker.of(TICKER), ClientOrderId.of(clientOrderId), BookSide.BID,
        Qty.ofContracts(1), Price.parse("0.40"), OrderTimeInForce.GOOD_TILL_CANCELED, SelfTradePrevention.MAKER);
  }

  private long read() {
    return client.rateLimiter().availableTokens(Bucket.READ);
  }

  private long write() {
    return client.rateLimiter().availableTokens(Bucket.WRITE);
  }

  @Test
  void shouldTakeTwoReadTokensForOneOrderAndTenForOtherReads() {
    client.portfolio().order(VenueOrderId.of("e5d84c1a-7b2f-4e96-a0c3-9d1b6f2e8a74")).block(WAIT);
    assertThat(read()).isEqualTo(398);

    client.marketData().market(MarketTicker.of(TICKER)).block(WAIT);
    assertThat(read()).isEqualTo(388);
    assertThat(write()).isEqualTo(100);
  }

  @Test
  void shouldTakeWriteTokensPerOrderWhenWriting() {
    String orderId = client.orders().create(order("c-1")).block(WAIT).accepted().orElseThrow().orderId();
    assertThat(write()).isEqualTo(90);

    client.orders().cancel(CancelOrderRequest.of(orderId, TICKER)).block(WAIT);
    assertThat(write()).isEqualTo(88);

    client.orders().batchCreate(new BatchCreateOrdersRequest(List.of(order("c-2"), order("c-3")))).block(WAIT);
    assertThat(write()).isEqualTo(68);

    client.orders().batchCancel(new BatchCancelOrdersRequest(List.of(BatchCancelOrdersRequest.Item.of("a", TICKER),
        BatchCancelOrdersRequest.Item.of("b", TICKER), BatchCancelOrdersRequest.Item.of("c", TICKER)))).block(WAIT);
    assertThat(write()).isEqualTo(62);
    assertThat(read()).isEqualTo(400);
  }

  @Test
  void shouldTakeTokensForEveryAttemptWhenAReadIsRetried() {
    fake.rateLimitNext("GET", "/exchange/status", 2);

    client.marketData().exchangeStatus().block(WAIT);

    assertThat(read()).isEqualTo(370);
  }
}
