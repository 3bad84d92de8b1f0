package dev.strike.kalshi.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.time.ManualClock;
import dev.strike.common.time.SystemClock;
import dev.strike.kalshi.auth.AuthHeaders;
import dev.strike.kalshi.auth.KalshiCredentials;
import dev.strike.kalshi.auth.KalshiSigner;
import dev.strike.kalshi.testing.KalshiRestFake;
import dev.strike.kalshi.testing.KalshiTestClients;
import dev.strike.kalshi.testing.RecordedRequest;
import dev.strike.kalshi.testing.SignatureVerifier;
import dev.strike.kalshi.testing.TestKeys;
import dev.strike.kalshi.wire.Balance;
import dev.strike.kalshi.wire.EventPosition;
import dev.strike.kalshi.wire.Fill;
import dev.strike.kalshi.wire.KalshiError;
import dev.strike.kalshi.wire.MarketPosition;
import dev.strike.kalshi.wire.Order;
import dev.strike.kalshi.wire.Positions;
import dev.strike.kalshi.wire.Settlement;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class PortfolioAuthTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private KalshiRestFake fake;
  private KalshiRestClient client;

  @BeforeEach
  void start() {
    fake = KalshiRestFake.start().loadDocumentedFixtures();
    client = KalshiTestClients.signedClient(fake);
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private KalshiRestClient clientSigningWith(KalshiSigner signer) {
    return KalshiRestClient.builder(KalshiTestClients.fastConfig(fake.restRoot())).signer(signer).build();
  }

  @Test
  void shouldSignTheFullPathWithoutQueryWhenReadingThePortfolio() {
    List<Order> orders = client.portfolio().orders(OrdersQuery.all().withStatus("resting")).collectList()
        .block(WAIT);

    assertThat(orders).extracting(Order::orderId).containsExactly("e5d84c1a-7b2f-4e96-a0c3-9d1b6f2e8a74");
    RecordedRequest request = fake.requests("GET", "/portfolio/orders").get(0);
    assertThat(request.queryParam("status")).isEqualTo("resting");
    assertThat(request.header(AuthHeaders.KEY)).isEqualTo(TestKeys.KEY_ID);
    long timestamp = Long.parseLong(request.header(AuthHeaders.TIMESTAMP));
    // the fake accepted it; check independently that the signed text is the root path without the query
    assertThat(SignatureVerifier.forTestRsaKey().reject(request.header(AuthHeaders.KEY),
        request.header(AuthHeaders.TIMESTAMP), request.header(AuthHeaders.SIGNATURE), "GET",
        "/trade-api/v2/portfolio/orders", timestamp)).isEmpty();
    assertThat(SignatureVerifier.forTestRsaKey().reject(request.header(AuthHeaders.KEY),
        request.header(AuthHeaders.TIMESTAMP), request.header(AuthHeaders.SIGNATURE), "GET",
        "/portfolio/orders", timestamp)).isPresent();
  }

  @Test
  void shouldNotSendCredentialsWhenReadingPublicMarketData() {
    client.marketData().market(MarketTicker.of("KXBTC15M-26AUG171330-30")).block(WAIT);

    RecordedRequest request = fake.requests("GET", "/markets/*").get(0);
    assertThat(request.header(AuthHeaders.KEY)).isNull();
    assertThat(request.header(AuthHeaders.SIGNATURE)).isNull();
  }

  @Test
  void shouldFailWithATyped401WhenTheKeyIsWrong() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair other = generator.generateKeyPair();
    try (KalshiRestClient wrong = clientSigningWith(new KalshiSigner(
        new KalshiCredentials(TestKeys.KEY_ID, other.getPrivate()), SystemClock.INSTANCE))) {

      StepVerifier.create(wrong.portfolio().balance())
          .expectErrorSatisfies(error -> {
            assertThat(error).isInstanceOf(KalshiAuthenticationException.class);
            KalshiAuthenticationException auth = (KalshiAuthenticationException) error;
            assertThat(auth.status()).isEqualTo(401);
            assertThat(auth.error().code()).isEqualTo(KalshiError.AUTHENTICATION_ERROR);
            assertThat(auth.error().details()).isEqualTo("INCORRECT_API_KEY_SIGNATURE");
            assertThat(auth.isTransient()).isFalse();
            assertThat(auth.isClockSkew()).isFalse();
            assertThat(auth.getMessage()).contains("GET /trade-api/v2/portfolio/balance").doesNotContain("Signature");
          })
          .verify(WAIT);
    }
    assertThat(fake.count("GET", "/portfolio/balance")).as("a 401 is not retried").isEqualTo(1);
  }

  @Test
  void shouldSayTheClockIsOffWhenTheTimestampIsStale() {
    ManualClock stale = new ManualClock(SystemClock.INSTANCE.nowNs() - Duration.ofMinutes(2).toNanos());
    try (KalshiRestClient skewed = clientSigningWith(new KalshiSigner(
        new KalshiCredentials(TestKeys.KEY_ID, TestKeys.rsa().getPrivate()), stale))) {

      StepVerifier.create(skewed.portfolio().balance())
          .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(
              KalshiAuthenticationException.class, auth -> assertThat(auth.isClockSkew()).isTrue()))
          .verify(WAIT);
    }
  }

  @Test
  void shouldRefuseToSendWhenTheClientHasNoSigner() {
    try (KalshiRestClient unsigned = KalshiRestClient.builder(KalshiTestClients.fastConfig(fake.restRoot()))
        .build()) {

      StepVerifier.create(unsigned.portfolio().balance())
          .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(IllegalStateException.class)
              .hasMessageContaining("KalshiSigner"))
          .verify(WAIT);
    }
    assertThat(fake.count("GET", "/portfolio/balance")).isZero();
  }

  @Test
  void shouldReadBalanceOrderPositionsFillsAndSettlementsWhenSigned() {
    fake.balance(new Balance(12_345L, "123.4567", 20_000L, 1_786_987_000L, List.of(new Balance.ShardBalance(0,
        "123.4567"))));
    fake.putMarketPosition(new MarketPosition("KXBTC15M-26AUG171330-30", 0, "-4.00", "2.1200", "4.0000",
        "0.0000", "0.0700", "2026-08-17T17:21:09Z"));
    fake.putEventPosition(new EventPosition("KXBTC15M-26AUG171330", "2.1200", "4.00", "2.1200", "0.0000",
        "0.0700"));
    fake.addSettlement(new Settlement("KXBTC15M-26AUG171315-15", "KXBTC15M-26AUG171315", 0, "yes", "10.00",
        "4.5000", "0.00", "0.0000", 1_000L, 100L, "0.0000", "2026-08-17T17:15:02Z"));

    Balance balance = client.portfolio().balance().block(WAIT);
    Order order = client.portfolio().order(VenueOrderId.of("e5d84c1a-7b2f-4e96-a0c3-9d1b6f2e8a74")).block(WAIT);
    Positions positions = client.portfolio().positions(PortfolioQuery.all()).block(WAIT);
    List<Fill> fills = client.portfolio().fills(PortfolioQuery.all()).collectList().block(WAIT);
    List<Settlement> settlements = client.portfolio().settlements(PortfolioQuery.all()).collectList().block(WAIT);

    assertThat(balance.balanceDollars()).isEqualTo("123.4567");
    assertThat(order.remainingCountFp()).isEqualTo("6.00");
    assertThat(positions.marketPositions()).extracting(MarketPosition::positionFp).containsExactly("-4.00");
    assertThat(positions.eventPositions()).hasSize(1);
    assertThat(fills).extracting(Fill::id).containsExactly("d91bc706-ee49-470d-82d8-11418bda6fed");
    assertThat(settlements).extracting(Settlement::revenue).containsExactly(1_000L);
    assertThat(fake.requests()).filteredOn(r -> r.apiPath().startsWith("/portfolio"))
        .allSatisfy(r -> assertThat(r.header(AuthHeaders.SIGNATURE)).isNotBlank());
  }

  @Test
  void shouldFindAnOrderByClientOrderIdWhenItWasPlaced() {
    Optional<Order> found = client.portfolio().findByClientOrderId(MarketTicker.of("KXBTC15M-26AUG171330-30"),
        ClientOrderId.of("6b1f0c9e-2d47-4a3b-9f5e-81c2d7e4a0b3")).block(WAIT);
    Optional<Order> missing = client.portfolio().findByClientOrderId(MarketTicker.of("KXBTC15M-26AUG171330-30"),
        ClientOrderId.of("00000000-0000-0000-0000-000000000000")).block(WAIT);

    assertThat(found).map(Order::orderId).contains("e5d84c1a-7b2f-4e96-a0c3-9d1b6f2e8a74");
    assertThat(missing).isEmpty();
    assertThat(fake.requests("GET", "/portfolio/orders").get(0).queryParam("ticker"))
        .isEqualTo("KXBTC15M-26AUG171330-30");
  }

  @Test
  void shouldReportNotFoundWhenAnOrderIdIsUnknown() {
    StepVerifier.create(client.portfolio().order(VenueOrderId.of("nope")))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(KalshiApiException.class, api -> {
          assertThat(api.isNotFound()).isTrue();
          assertThat(api.error().hasCode(KalshiError.NOT_FOUND)).isTrue();
        }))
        .verify(WAIT);
  }
}
