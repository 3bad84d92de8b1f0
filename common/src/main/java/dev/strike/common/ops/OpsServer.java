package dev.strike.common.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.strike.common.json.StrikeJson;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The metrics and health endpoint every Strike process serves, on Reactor Netty:
 *
 * <ul>
 *   <li>{@code GET /metrics}: the Prometheus text exposition of the process's registry;
 *   <li>{@code GET /health}: JSON {@code {"status":"up|degraded|down","components":{…}}}, HTTP 200 unless a
 *       component is down (then 503), for load balancers and {@code docker compose} health checks.
 * </ul>
 *
 * Binds 127.0.0.1 unless configured otherwise; both endpoints are read-only and unauthenticated (operator control
 * endpoints live elsewhere and need a token). Thread-safe; close once.
 */
public final class OpsServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OpsServer.class);
  static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

  private final DisposableServer server;

  private OpsServer(DisposableServer server) {
    this.server = server;
  }

  /**
   * Binds and starts the server.
   *
   * @param port 0 picks a free port (see {@link #port()})
   * @throws IllegalStateException if the address cannot be bound (e.g. the port is in use), naming it
   */
  public static OpsServer start(String host, int port, PrometheusMeterRegistry metrics, HealthRegistry health) {
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(health, "health");
    try {
      DisposableServer server = HttpServer.create()
          .host(host)
          .port(port)
          .route(routes -> routes
              .get("/metrics", (req, res) -> metrics(res, metrics))
              .get("/health", (req, res) -> health(res, health))
              .route(req -> true, OpsServer::notFound))
          .bindNow(Duration.ofSeconds(10));
      log.info("metrics on http://{}:{}/metrics, health on http://{}:{}/health", host, server.port(), host,
          server.port());
      return new OpsServer(server);
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot serve metrics and health on " + host + ":" + port + " ("
          + e.getMessage() + "); set http.port to a free port or 0", e);
    }
  }

  private static Mono<Void> metrics(HttpServerResponse res, PrometheusMeterRegistry metrics) {
    return Mono.fromCallable(metrics::scrape)
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(body -> res.header(HttpHeaderNames.CONTENT_TYPE, PROMETHEUS_TEXT).sendString(Mono.just(body))
            .then());
  }

  private static Mono<Void> health(HttpServerResponse res, HealthRegistry health) {
    return Mono.fromCallable(health::check)
        .subscribeOn(Schedulers.boundedElastic())
        .flatMap(report -> {
          HttpResponseStatus status = report.status() == HealthStatus.DOWN
              ? HttpResponseStatus.SERVICE_UNAVAILABLE : HttpResponseStatus.OK;
          return json(res.status(status), report);
        });
  }

  private static Mono<Void> notFound(HttpServerRequest req, HttpServerResponse res) {
    return json(res.status(HttpResponseStatus.NOT_FOUND),
        Map.of("error", "not found: " + req.method() + " " + req.uri(), "endpoints", "/metrics, /health"));
  }

  private static Mono<Void> json(HttpServerResponse res, Object body) {
    String text;
    try {
      text = StrikeJson.mapper().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      return Mono.error(e);
    }
    return res.header(HttpHeaderNames.CONTENT_TYPE, "application/json").sendString(Mono.just(text)).then();
  }

  /** The bound port. */
  public int port() {
    return server.port();
  }

  /** The bound host. */
  public String host() {
    return server.host();
  }

  /** Stops serving. */
  @Override
  public void close() {
    server.disposeNow(Duration.ofSeconds(5));
  }
}
