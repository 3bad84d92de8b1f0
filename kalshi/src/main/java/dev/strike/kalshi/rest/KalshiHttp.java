package dev.strike.kalshi.rest;

import dev.strike.common.json.DecodeException;
import dev.strike.common.json.JsonCodec;
import dev.strike.common.json.StrikeJson;
import dev.strike.common.time.Clock;
import dev.strike.kalshi.auth.AuthHeaders;
import dev.strike.kalshi.auth.KalshiSigner;
import dev.strike.kalshi.wire.KalshiError;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.timeout.ReadTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.function.DoubleSupplier;
import javax.net.ssl.SSLHandshakeException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.ByteBufFlux;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.PrematureCloseException;
import reactor.netty.resources.ConnectionProvider;
import reactor.util.retry.Retry;

/**
 * The HTTP layer under the client faces: rate limiting, signing, sending, reading, error typing, read retries and
 * write outcomes. Reactor Netty's own retry is disabled so that nothing is ever sent twice behind our back.
 * Thread-safe.
 */
final class KalshiHttp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(KalshiHttp.class);
  private static final byte[] EMPTY = new byte[0];

  private final KalshiRestConfig config;
  private final ConnectionProvider pool;
  private final HttpClient http;
  private final String rootPath;
  private final @Nullable KalshiSigner signer;
  private final RateLimiter limiter;
  private final Clock clock;
  private final Scheduler scheduler;
  private final DoubleSupplier jitter;
  private final KalshiRestObserver observer;

  KalshiHttp(KalshiRestConfig config, @Nullable KalshiSigner signer, RateLimiter limiter, Clock clock,
      Scheduler scheduler, DoubleSupplier jitter, KalshiRestObserver observer) {
    this.config = config;
    this.signer = signer;
    this.limiter = limiter;
    this.clock = clock;
    this.scheduler = scheduler;
    this.jitter = jitter;
    this.observer = observer;
    this.rootPath = config.rootPath();
    URI root = config.restRoot();
    this.pool = ConnectionProvider.builder("kalshi-rest")
        .maxConnections(config.maxConnections())
        .pendingAcquireTimeout(config.poolAcquireTimeout())
        .maxIdleTime(config.maxIdleTime())
        .build();
    this.http = HttpClient.create(pool)
        .baseUrl(root.getScheme() + "://" + root.getHost() + (root.getPort() < 0 ? "" : ":" + root.getPort()))
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
            config.connectTimeout().toMillis()))
        .responseTimeout(config.responseTimeout())
        .disableRetry(true)
        .followRedirect(false)
        .headers(headers -> headers.set(HttpHeaderNames.ACCEPT, "application/json")
            .set(HttpHeaderNames.USER_AGENT, config.userAgent()));
  }

  /** The clock the client reads (receive times of mapped records). */
  Clock clock() {
    return clock;
  }

  /**
   * A GET of {@code path} (below the root), decoded with {@code codec}; retried per the read policy on 429, 5xx
   * and transport failures, each attempt taking its own tokens and signature.
   */
  <T> Mono<T> get(KalshiEndpoint endpoint, String path, QueryParams query, JsonCodec<T> codec) {
    String fullPath = rootPath + path;
    String queryString = query.toQueryString();
    if (endpoint.signed() && signer == null) {
      return Mono.error(unsigned(endpoint));
    }
    Mono<T> attempt = limiter.acquire(endpoint, 1)
        .then(exchange(endpoint, HttpMethod.GET, fullPath, queryString, null)
            .onErrorMap(KalshiHttp::isTransport,
                e -> new KalshiTransportException("GET", fullPath, describe(e), e)))
        .flatMap(response -> response.isSuccess() ? decode(response, codec, "GET", fullPath)
            : Mono.error(apiException("GET", fullPath, response)));
    return attempt.retryWhen(readRetry(endpoint, fullPath));
  }

  /**
   * A write, never retried: its result says what is known about its effect.
   *
   * @param items the number of orders (batch endpoints are billed per item)
   */
  <T> Mono<WriteResult<T>> write(KalshiEndpoint endpoint, HttpMethod method, String path, QueryParams query,
      @Nullable Object body, JsonCodec<T> codec, int items) {
    String fullPath = rootPath + path;
    String queryString = query.toQueryString();
    if (endpoint.signed() && signer == null) {
      return Mono.error(unsigned(endpoint));
    }
    return Mono.defer(() -> {
      String json = body == null ? null : encode(body);
      return limiter.acquire(endpoint, items)
          .then(exchange(endpoint, method, fullPath, queryString, json)
              .map(response -> outcome(endpoint, method.name(), fullPath, response, codec))
              .onErrorResume(KalshiHttp::isTransport, e -> Mono.just(transportOutcome(method.name(), fullPath, e))));
    });
  }

  private Mono<RawResponse> exchange(KalshiEndpoint endpoint, HttpMethod method, String fullPath,
      String queryString, @Nullable String json) {
    return Mono.defer(() -> {
      HttpClient client = http;
      if (endpoint.signed()) {
        if (signer == null) {
          return Mono.error(unsigned(endpoint));
        }
        AuthHeaders auth = signer.sign(method.name(), fullPath); // signed per attempt: fresh timestamp
        client = client.headers(headers -> headers.set(AuthHeaders.KEY, auth.keyId())
            .set(AuthHeaders.TIMESTAMP, Long.toString(auth.timestampMs()))
            .set(AuthHeaders.SIGNATURE, auth.signature()));
      }
      if (json != null) {
        client = client.headers(headers -> headers.set(HttpHeaderNames.CONTENT_TYPE, "application/json"));
      }
      long startNs = clock.nowNs();
      HttpClient.RequestSender sender = client.request(method).uri(fullPath + queryString);
      HttpClient.ResponseReceiver<?> receiver = json == null ? sender
          : sender.send(ByteBufFlux.fromString(Mono.just(json)));
      return receiver
          .responseSingle((response, content) -> content.asByteArray().defaultIfEmpty(EMPTY)
              .map(bytes -> new RawResponse(response.status().code(), bytes)))
          .doOnNext(response -> {
            long elapsedNs = clock.nowNs() - startNs;
            if (log.isDebugEnabled()) {
              log.debug("{} {} -> {} ({} ms)", method.name(), fullPath, response.status(), elapsedNs / 1_000_000);
            }
            observer.onResponse(endpoint, method.name(), fullPath, response.status(), elapsedNs);
          })
          .doOnError(e -> {
            long elapsedNs = clock.nowNs() - startNs;
            if (log.isDebugEnabled()) {
              log.debug("{} {} -> no response ({}) after {} ms", method.name(), fullPath, describe(e),
                  elapsedNs / 1_000_000);
            }
            observer.onTransportFailure(endpoint, method.name(), fullPath, e, elapsedNs);
          });
    });
  }

  private static IllegalStateException unsigned(KalshiEndpoint endpoint) {
    return new IllegalStateException(endpoint + " is authenticated: build the client with a KalshiSigner");
  }

  private Retry readRetry(KalshiEndpoint endpoint, String fullPath) {
    RetryPolicy policy = config.readRetry();
    return Retry.from(signals -> signals.concatMap(signal -> {
      Throwable failure = signal.failure();
      long retry = signal.totalRetries();
      if (!isRetryable(failure) || retry + 1 >= policy.maxAttempts()) {
        return Mono.error(failure);
      }
      Duration delay = policy.backoff((int) retry, jitter.getAsDouble());
      if (log.isDebugEnabled()) {
        log.debug("GET {} failed ({}); retry {} of {} in {} ms", fullPath, failure.getMessage(), retry + 1,
            policy.maxAttempts() - 1, delay.toMillis());
      }
      observer.onRetry(endpoint, fullPath, (int) retry + 1, delay, failure);
      return Mono.delay(delay, scheduler);
    }));
  }

  private static boolean isRetryable(Throwable failure) {
    return failure instanceof KalshiTransportException
        || failure instanceof KalshiApiException api && api.isTransient();
  }

  private static <T> Mono<T> decode(RawResponse response, JsonCodec<T> codec, String method, String fullPath) {
    try {
      return Mono.just(codec.decode(response.body()));
    } catch (DecodeException e) {
      return Mono.error(new DecodeException(method + " " + fullPath + " (HTTP " + response.status() + "): "
          + e.getMessage(), e));
    }
  }

  private static KalshiApiException apiException(String method, String fullPath, RawResponse response) {
    KalshiError error = KalshiError.fromBody(response.status(), response.body());
    if (response.status() == 401) {
      return new KalshiAuthenticationException(method, fullPath, error);
    }
    return new KalshiApiException(method, fullPath, response.status(), error);
  }

  private <T> WriteResult<T> outcome(KalshiEndpoint endpoint, String method, String fullPath, RawResponse response,
      JsonCodec<T> codec) {
    int status = response.status();
    if (response.isSuccess()) {
      try {
        return new WriteResult.Accepted<>(codec.decode(response.body()), status);
      } catch (DecodeException e) {
        String reason = "HTTP " + status + " but the response could not be read: " + e.getMessage();
        log.warn("{} {}: outcome unknown: {}", method, fullPath, reason);
        return new WriteResult.OutcomeUnknown<>(reason, status, null);
      }
    }
    KalshiError error = KalshiError.fromBody(status, response.body());
    if (status == 409 && endpoint == KalshiEndpoint.CREATE_ORDER) {
      return new WriteResult.AlreadyPlaced<>(error);
    }
    if (status >= 400 && status < 500) {
      return new WriteResult.Rejected<>(status, error);
    }
    String reason = "HTTP " + status + ": " + error;
    log.warn("{} {}: outcome unknown: {}", method, fullPath, reason);
    return new WriteResult.OutcomeUnknown<>(reason, status, error);
  }

  private <T> WriteResult<T> transportOutcome(String method, String fullPath, Throwable failure) {
    String reason = describe(failure);
    if (isNotSent(failure)) {
      log.warn("{} {}: not sent: {}", method, fullPath, reason);
      return new WriteResult.NotSent<>(reason);
    }
    log.warn("{} {}: outcome unknown: {}", method, fullPath, reason);
    return new WriteResult.OutcomeUnknown<>(reason, null, null);
  }

  /** Failures in which no HTTP answer arrived. */
  static boolean isTransport(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException || t instanceof ChannelException || t instanceof AbortedException
          || t instanceof java.util.concurrent.TimeoutException || isPoolLimit(t)) {
        return true;
      }
    }
    return false;
  }

  /** Failures before any byte of the request could have been written: no connection was made. */
  static boolean isNotSent(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException || t instanceof SSLHandshakeException
          || t instanceof java.util.concurrent.TimeoutException || isPoolLimit(t)) {
        return true; // TimeoutException: Reactor Netty's pool-acquire timeout (we use no Reactor timeout here)
      }
    }
    return false;
  }

  private static boolean isPoolLimit(Throwable t) {
    return t.getClass().getSimpleName().equals("PoolAcquirePendingLimitException");
  }

  private String describe(Throwable failure) {
    if (failure instanceof ReadTimeoutException) {
      return "no response within the response timeout of " + config.responseTimeout().toMillis() + " ms";
    }
    if (failure instanceof PrematureCloseException) {
      return "connection closed before the response: " + failure.getMessage();
    }
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static String encode(Object body) {
    try {
      return StrikeJson.mapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode " + body.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    pool.disposeLater().block(Duration.ofSeconds(5));
  }
}
