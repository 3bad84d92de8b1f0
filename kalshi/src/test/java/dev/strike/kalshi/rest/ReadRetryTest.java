package dev.strike.kalshi.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.id.MarketTicker;
import dev.strike.common.json.DecodeException;
import dev.strike.kalshi.testing.KalshiRestFake;
import dev.strike.kalshi.testing.KalshiTestClients;
import dev.strike.kalshi.testing.RecordedRequest;
import dev.strike.kalshi.testing.RecordingObserver;
import dev.strike.kalshi.wire.KalshiError;
import dev.strike.kalshi.wire.Market;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class ReadRetryTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final MarketTicker TICKER = MarketTicker.of("KXBTC15M-26AUG171330-30");
  private static final String MARKET_PATH = "/markets/KXBTC15M-26AUG171330-30";

  private KalshiRestFake fake;
  private RecordingObserver observer;
  private KalshiRestClient client;

  @BeforeEach
  void start() {
    fake = KalshiRestFake.start().loadDocumentedFixtures();
    observer = new RecordingObserver();
    client = KalshiRestClient.builder(KalshiTestClients.fastConfig(fake.restRoot())
        .withReadRetry(new RetryPolicy(4, Duration.ofMillis(50), Duration.ofSeconds(1), 0.0)))
        .observer(observer).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void shouldBackOffLongerEachTimeWhenRateLimitedThenSucceed() {
    fake.rateLimitNext("GET", MARKET_PATH, 2);

    Market market = client.marketData().market(TICKER).block(WAIT);

    assertThat(market.ticker()).isEqualTo(TICKER.value());
    List<RecordedRequest> attempts = fake.requests("GET", MARKET_PATH);
    assertThat(attempts).hasSize(3);
    assertThat(observer.retries()).extracting(RecordingObserver.Retry::delay)
        .containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(observer.retries()).allSatisfy(retry -> assertThat(retry.failure())
        .isInstanceOfSatisfying(KalshiApiException.class, api -> {
          assertThat(api.isRateLimited()).isTrue();
          assertThat(api.error().hasCode(KalshiError.TOO_MANY_REQUESTS)).isTrue();
        }));
    // the server saw the waits: each gap is at least its (growing) backoff
    long firstGapMs = (attempts.get(1).receivedAtNanos() - attempts.get(0).receivedAtNanos()) / 1_000_000;
    long secondGapMs = (attempts.get(2).receivedAtNanos() - attempts.get(1).receivedAtNanos()) / 1_000_000;
    assertThat(firstGapMs).isGreaterThanOrEqualTo(50);
    assertThat(secondGapMs).isGreaterThanOrEqualTo(100);
  }

  @Test
  void shouldRetryWhenTheExchangeAnswers5xx() {
    fake.unavailableNext("GET", MARKET_PATH, 1).failNext("GET", MARKET_PATH, 1, 500, "oops");

    assertThat(client.marketData().market(TICKER).block(WAIT)).isNotNull();

    assertThat(fake.count("GET", MARKET_PATH)).isEqualTo(3);
  }

  @Test
  void shouldRetryWhenTheConnectionDropsOrTheResponseNeverComes() {
    fake.closeNext("GET", MARKET_PATH, 1).hangNext("GET", MARKET_PATH, 1);

    assertThat(client.marketData().market(TICKER).block(WAIT)).isNotNull();

    assertThat(fake.count("GET", MARKET_PATH)).isEqualTo(3);
    assertThat(observer.retries()).extracting(RecordingObserver.Retry::failure)
        .allSatisfy(failure -> assertThat(failure).isInstanceOf(KalshiTransportException.class));
  }

  @Test
  void shouldFailWithTheLastErrorWhenEveryAttemptFails() {
    fake.unavailableNext("GET", MARKET_PATH, 10);

    StepVerifier.create(client.marketData().market(TICKER))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(KalshiApiException.class, api -> {
          assertThat(api.status()).isEqualTo(503);
          assertThat(api.error().code()).isEqualTo(KalshiError.SERVICE_UNAVAILABLE);
          assertThat(api.isTransient()).isTrue();
        }))
        .verify(WAIT);
    assertThat(fake.count("GET", MARKET_PATH)).isEqualTo(4);
    assertThat(observer.retries()).extracting(RecordingObserver.Retry::delay)
        .containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void shouldNotRetryWhenTheAnswerIsADefiniteNo() {
    StepVerifier.create(client.marketData().market(MarketTicker.of("KXNOPE-1")))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOfSatisfying(KalshiApiException.class,
            api -> assertThat(api.error().code()).isEqualTo(KalshiError.MARKET_NOT_FOUND)))
        .verify(WAIT);
    assertThat(fake.count("GET", "/markets/KXNOPE-1")).isEqualTo(1);
    assertThat(observer.retries()).isEmpty();
  }

  @Test
  void shouldNotRetryWhenTheBodyCannotBeRead() {
    fake.failNext("GET", MARKET_PATH, 1, 200, "{\"market\":{\"ticker\":\"KX\"}}");

    StepVerifier.create(client.marketData().market(TICKER))
        .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(DecodeException.class)
            .hasMessageContaining("GET /trade-api/v2" + MARKET_PATH).hasMessageContaining("event_ticker"))
        .verify(WAIT);
    assertThat(fake.count("GET", MARKET_PATH)).isEqualTo(1);
  }

  @Test
  void shouldSignEveryAttemptAfreshWhenRetryingAPortfolioRead() {
    try (KalshiRestClient signed = KalshiRestClient.builder(KalshiTestClients.fastConfig(fake.restRoot()))
        .signer(KalshiRestFake.testSigner()).build()) {
      fake.rateLimitNext("GET", "/portfolio/balance", 1);

      assertThat(signed.portfolio().balance().block(WAIT)).isNotNull();
    }
    List<RecordedRequest> attempts = fake.requests("GET", "/portfolio/balance");
    assertThat(attempts).hasSize(2);
    // the retry waited 20 ms (fastConfig), so a fresh signature carries a later timestamp
    assertThat(Long.parseLong(attempts.get(1).header("KALSHI-ACCESS-TIMESTAMP")))
        .isGreaterThanOrEqualTo(Long.parseLong(attempts.get(0).header("KALSHI-ACCESS-TIMESTAMP")) + 20);
  }
}
