package dev.strike.kalshi.testing;

import dev.strike.kalshi.rest.KalshiRestClient;
import dev.strike.kalshi.rest.KalshiRestConfig;
import dev.strike.kalshi.rest.RetryPolicy;
import java.net.URI;
import java.time.Duration;

/** Client settings for tests against {@link KalshiRestFake}: short timeouts, quick deterministic retries. */
public final class KalshiTestClients {
  /** The response timeout of {@link #fastConfig}: what a hanging request costs a test. */
  public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(1);

  private KalshiTestClients() {}

  /**
   * Defaults for {@code restRoot} with a 1 s connect and a {@link #RESPONSE_TIMEOUT} response timeout (generous
   * for a loaded machine, since a spurious timeout on a write is an unknown outcome), and reads tried 4 times in
   * all, retried after 20, 40, 80 ms (no jitter).
   */
  public static KalshiRestConfig fastConfig(URI restRoot) {
    return KalshiRestConfig.defaults(restRoot)
        .withTimeouts(Duration.ofSeconds(1), RESPONSE_TIMEOUT)
        .withReadRetry(new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(200), 0.0));
  }

  /** A signed client for {@code fake} with {@link #fastConfig}. */
  public static KalshiRestClient signedClient(KalshiRestFake fake) {
    return KalshiRestClient.builder(fastConfig(fake.restRoot())).signer(KalshiRestFake.testSigner()).build();
  }
}
