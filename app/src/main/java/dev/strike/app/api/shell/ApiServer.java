package dev.strike.app.api.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.strike.app.api.core.ApiState;
import dev.strike.app.api.core.OperatorCommands;
import dev.strike.app.api.core.Requests;
import dev.strike.app.api.core.Views;
import dev.strike.app.config.ApiSettings;
import dev.strike.app.config.StrikeConfig;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.id.CommandId;
import dev.strike.common.id.StableHash;
import dev.strike.common.json.StrikeJson;
import dev.strike.common.ops.Health;
import dev.strike.common.ops.HealthStatus;
import dev.strike.common.ops.KafkaHealthCheck;
import dev.strike.common.service.ServiceContext;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The operator API's HTTP server (Reactor Netty). Every endpoint answers JSON; every error is
 * {@code {"error": "...", "problems": [...]}} with a 4xx or 5xx status, and a refused request changes nothing.
 *
 * <ul>
 *   <li>no token: {@code GET /health} (readiness: 200 ready, 503 not), {@code GET /metrics} (Prometheus text), and
 *       the dashboard's static files ({@code GET /}, {@code /dashboard/*}: they hold no data);
 *   <li>bearer token ({@code Authorization: Bearer <jwt>}, see {@link JwtAuth}): {@code GET /status},
 *       {@code /positions}, {@code /orders?limit=}, {@code /trades?limit=}, {@code /signals?limit=},
 *       {@code /alerts?limit=}, {@code /performance}, {@code /config}; {@code PUT /config};
 *       {@code POST /control/pause|resume|halt|reset-breaker}, {@code POST /control/strategy/<id>/enable|disable};
 *       {@code GET /stream}, a Server-Sent Events stream of {@code status}, {@code signal}, {@code trade},
 *       {@code order}, {@code settlement}, {@code alert} and {@code control} events. Browsers' EventSource cannot set
 *       headers, so {@code /stream} alone also takes the token as {@code ?access_token=}; the dashboard reads it with
 *       {@code fetch} and the header instead.
 * </ul>
 *
 * Thread-safe; handlers run on Netty's event loops and never block them (health and metrics run on
 * bounded-elastic).
 */
final class ApiServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(ApiServer.class);
  private static final String JSON = "application/json";
  private static final int MAX_BODY_BYTES = 64 * 1024;
  private static final int DEFAULT_LIMIT = 100;
  private static final List<String> LIMIT_ONLY = List.of("limit");

  /** The configuration view's mapper: the shared one plus text forms for the settings' Java types. */
  private static final ObjectMapper CONFIG_MAPPER = StrikeJson.mapper().copy().registerModule(new SimpleModule()
      .addSerializer(Duration.class, ToStringSerializer.instance)
      .addSerializer(Path.class, ToStringSerializer.instance)
      .addSerializer(ZoneId.class, ToStringSerializer.instance)
      .addSerializer(LocalTime.class, ToStringSerializer.instance));

  /**
   * What the server serves from.
   *
   * @param state the current view
   * @param stream the live events
   * @param mode the trading mode, lower case
   * @param context the run's topics, sender, clock and metrics
   * @param auth the token check
   * @param kafka the broker check
   * @param consuming whether the API's consumer runs
   * @param config the whole configuration (shown redacted by {@code GET /config}, limits for {@code PUT})
   * @param settings the API's own settings
   */
  record Backend(Supplier<ApiState> state, Flux<ApiService.StreamEvent> stream, String mode, ServiceContext context,
      JwtAuth auth, Supplier<Health> kafka, BooleanSupplier consuming, StrikeConfig config, ApiSettings settings) {}

  private final DisposableServer server;

  private ApiServer(DisposableServer server) {
    this.server = server;
  }

  /**
   * Binds and serves.
   *
   * @throws IllegalStateException naming the address when it cannot be bound
   */
  static ApiServer start(String host, int port, Backend backend) {
    Handlers handlers = new Handlers(backend);
    try {
      DisposableServer server = HttpServer.create()
          .host(host)
          .port(port)
          .handle(handlers::handle)
          .bindNow(Duration.ofSeconds(10));
      return new ApiServer(server);
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot serve the operator API on " + host + ":" + port + " ("
          + e.getMessage() + "); set api.port to a free port or 0", e);
    }
  }

  /** The bound port. */
  int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.disposeNow(Duration.ofSeconds(5));
  }

  /** The routes. */
  private static final class Handlers {
    private final Backend b;
    private final AtomicLong sequence = new AtomicLong();
    private final java.util.concurrent.ConcurrentHashMap<String, Body> bodies =
        new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, byte[]> assets = new LinkedHashMap<>();

    Handlers(Backend backend) {
      this.b = backend;
      assets.put("/", asset("index.html"));
      assets.put("/index.html", assets.get("/"));
      assets.put("/dashboard/app.js", asset("app.js"));
      assets.put("/dashboard/app.css", asset("app.css"));
    }

    private static byte[] asset(String name) {
      try (InputStream in = ApiServer.class.getResourceAsStream("/dashboard/" + name)) {
        if (in == null) {
          throw new IllegalStateException("dashboard asset " + name + " is missing from the build");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Mono<Void> handle(HttpServerRequest req, HttpServerResponse res) {
      QueryStringDecoder uri = new QueryStringDecoder(req.uri());
      String path = uri.path();
      Map<String, List<String>> query = uri.parameters();
      HttpMethod method = req.method();
      res.header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
      try {
        byte[] asset = assets.get(path);
        if (asset != null) {
          return method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD) ? sendAsset(res, path, asset)
              : methodNotAllowed(res, path, "GET");
        }
        return switch (path) {
          case "/health" -> get(method, res, path, () -> health(res));
          case "/metrics" -> get(method, res, path, () -> metrics(res));
          case "/status" -> authed(req, res, query, "GET", method, path, List.of(),
              who -> json(res, Views.status(b.state().get(), b.mode(), now())));
          case "/positions" -> authed(req, res, query, "GET", method, path, List.of(),
              who -> cached(res, path, 0, Views::positions));
          case "/orders" -> authed(req, res, query, "GET", method, path, LIMIT_ONLY,
              who -> withLimit(res, query, limit -> cached(res, path, limit, state -> Views.orders(state, limit))));
          case "/trades" -> authed(req, res, query, "GET", method, path, LIMIT_ONLY,
              who -> withLimit(res, query, limit -> cached(res, path, limit, state -> Views.trades(state, limit))));
          case "/signals" -> authed(req, res, query, "GET", method, path, LIMIT_ONLY,
              who -> withLimit(res, query, limit -> cached(res, path, limit, state -> Views.signals(state, limit))));
          case "/alerts" -> authed(req, res, query, "GET", method, path, LIMIT_ONLY,
              who -> withLimit(res, query, limit -> cached(res, path, limit, state -> Views.alerts(state, limit))));
          case "/performance" -> authed(req, res, query, "GET", method, path, List.of(),
              who -> cached(res, path, 0, Views::performance));
          case "/config" -> configRoute(req, res, query, method, path);
          case "/stream" -> stream(req, res, query, method, path);
          case "/control/pause", "/control/resume", "/control/halt", "/control/reset-breaker" ->
              authed(req, res, query, "POST", method, path, List.of(),
                  who -> control(req, res, path.substring("/control/".length()), who));
          default -> {
            if (path.startsWith("/control/strategy/")) {
              yield authed(req, res, query, "POST", method, path, List.of(), who -> strategy(res, path, who));
            }
            yield error(res, HttpResponseStatus.NOT_FOUND, "not found: " + method + " " + path,
                List.of("endpoints: /health, /metrics, /status, /positions, /orders, /trades, /signals, /alerts, "
                    + "/performance, /config, /stream, /control/{pause,resume,halt,reset-breaker}, "
                    + "/control/strategy/{id}/{enable,disable}"));
          }
        };
      } catch (RuntimeException e) {
        log.warn("api {} {} failed: {}", method, path, e.toString());
        return error(res, HttpResponseStatus.INTERNAL_SERVER_ERROR, "internal error", List.of(e.toString()));
      }
    }

    // ------------------------------------------------------------------------------------------ plumbing

    private Mono<Void> get(HttpMethod method, HttpServerResponse res, String path, Supplier<Mono<Void>> handler) {
      return method.equals(HttpMethod.GET) ? handler.get() : methodNotAllowed(res, path, "GET");
    }

    /** Checks the method, the query parameters and the token, in that order; then runs {@code handler}. */
    private Mono<Void> authed(HttpServerRequest req, HttpServerResponse res, Map<String, List<String>> query,
        String allowed, HttpMethod method, String path, List<String> knownParameters,
        java.util.function.Function<String, Mono<Void>> handler) {
      if (!method.name().equals(allowed)) {
        return methodNotAllowed(res, path, allowed);
      }
      JwtAuth.Verdict verdict = b.auth().verify(bearer(req.requestHeaders().get(HttpHeaderNames.AUTHORIZATION)));
      if (!verdict.ok()) {
        return unauthorized(res, verdict.problem());
      }
      List<String> unknown = Requests.unknownParameters(query, knownParameters);
      if (!unknown.isEmpty()) {
        return error(res, HttpResponseStatus.BAD_REQUEST, "bad query", unknown);
      }
      return handler.apply(verdict.subject());
    }

    private static @Nullable String bearer(@Nullable String header) {
      if (header == null) {
        return null;
      }
      String h = header.strip();
      return h.regionMatches(true, 0, "Bearer ", 0, 7) ? h.substring(7) : "";
    }

    private Mono<Void> withLimit(HttpServerResponse res, Map<String, List<String>> query,
        java.util.function.IntFunction<Mono<Void>> view) {
      Requests.Checked<Integer> limit = Requests.limit(query.get("limit"), DEFAULT_LIMIT);
      if (!limit.ok()) {
        return error(res, HttpResponseStatus.BAD_REQUEST, "bad query", List.of(limit.problem()));
      }
      return view.apply(limit.value());
    }

    /**
     * A view that depends only on the state (not on the time of the request), written once per state version and
     * served as bytes until the state changes: under load most requests see the same version.
     */
    private Mono<Void> cached(HttpServerResponse res, String path, int limit,
        java.util.function.Function<ApiState, Object> view) {
      ApiState state = b.state().get();
      String key = path + "?" + limit;
      Body body = bodies.get(key);
      if (body == null || body.version() != state.version() || body.state() != state) {
        body = new Body(state.version(), state, write(view.apply(state)).getBytes(StandardCharsets.UTF_8));
        bodies.put(key, body);
      }
      return res.header(HttpHeaderNames.CONTENT_TYPE, JSON).sendByteArray(Mono.just(body.bytes())).then();
    }

    private long now() {
      return b.context().clock().nowNs();
    }

    private CommandId commandId(String action, String who) {
      return CommandId.of(StableHash.hex128("api", action, who, Long.toString(now()),
          Long.toString(sequence.incrementAndGet())));
    }

    // ------------------------------------------------------------------------------------------ endpoints

    private Mono<Void> health(HttpServerResponse res) {
      return Mono.fromCallable(() -> {
        Health kafka = b.kafka().get();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", kafka.status().name().toLowerCase(java.util.Locale.ROOT));
        details.putAll(kafka.details());
        return Views.health(b.state().get(), kafka.status() != HealthStatus.DOWN, details,
            b.consuming().getAsBoolean(), ApiService.FEEDS, now(), b.settings().feedStaleAfter().toNanos());
      }).subscribeOn(Schedulers.boundedElastic())
          .flatMap(health -> json(res.status(health.ready() ? HttpResponseStatus.OK
              : HttpResponseStatus.SERVICE_UNAVAILABLE), health));
    }

    private Mono<Void> metrics(HttpServerResponse res) {
      if (!(b.context().meters() instanceof PrometheusMeterRegistry prometheus)) {
        return error(res, HttpResponseStatus.NOT_FOUND, "no Prometheus registry in this process", List.of());
      }
      return Mono.fromCallable(prometheus::scrape)
          .subscribeOn(Schedulers.boundedElastic())
          .flatMap(text -> res.header(HttpHeaderNames.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")
              .sendString(Mono.just(text)).then());
    }

    private Mono<Void> configRoute(HttpServerRequest req, HttpServerResponse res, Map<String, List<String>> query,
        HttpMethod method, String path) {
      if (method.equals(HttpMethod.GET)) {
        return authed(req, res, query, "GET", method, path, List.of(), who -> {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("config", Requests.redact(CONFIG_MAPPER.valueToTree(b.config())));
          var p = b.state().get().portfolio();
          body.put("runtimeOverrides", p == null ? Map.of() : p.gate().parameters());
          body.put("settableKeys", OperatorCommands.parameterKeys());
          return json(res, body);
        });
      }
      if (method.equals(HttpMethod.PUT)) {
        return authed(req, res, query, "PUT", method, path, List.of(), who -> body(req, res, json -> {
          Requests.Checked<Map<String, String>> changes = Requests.configChanges(json);
          if (!changes.ok()) {
            return error(res, HttpResponseStatus.BAD_REQUEST, "bad configuration change",
                List.of(changes.problem()));
          }
          List<CommandId> ids = new ArrayList<>();
          changes.value().keySet().forEach(key -> ids.add(commandId("set:" + key, who)));
          OperatorCommands.ParameterChanges checked = OperatorCommands.setParameters(ids, who, changes.value(),
              b.config().risk().effectiveLimits(), b.config().risk().effectiveExits(), now());
          if (!checked.problems().isEmpty()) {
            return error(res, HttpResponseStatus.BAD_REQUEST, "configuration change refused; nothing was changed",
                checked.problems());
          }
          return publish(res, checked.commands());
        }));
      }
      return methodNotAllowed(res, path, "GET, PUT");
    }

    private Mono<Void> control(HttpServerRequest req, HttpServerResponse res, String action, String who) {
      return body(req, res, json -> {
        List<String> allowed = switch (action) {
          case "pause", "halt" -> List.of("reason");
          case "reset-breaker" -> List.of("breaker");
          default -> List.of();
        };
        List<String> problems = new ArrayList<>();
        if (json != null && !json.isObject()) {
          problems.add("the body must be a JSON object (or empty)");
        } else if (json != null) {
          json.properties().forEach(field -> {
            if (!allowed.contains(field.getKey())) {
              problems.add("unknown field '" + field.getKey() + "'" + (allowed.isEmpty() ? ""
                  : "; fields: " + String.join(", ", allowed)));
            } else if (!field.getValue().isTextual() || field.getValue().textValue().isBlank()) {
              problems.add(field.getKey() + ": must be non-empty text");
            }
          });
        }
        if (!problems.isEmpty()) {
          return error(res, HttpResponseStatus.BAD_REQUEST, "bad control request; nothing was sent", problems);
        }
        String reason = text(json, "reason", action.equals("pause") ? "paused by " + who : "halted by " + who);
        CommandId id = commandId(action, who);
        long now = now();
        ControlCommand command;
        switch (action) {
          case "pause" -> command = OperatorCommands.pause(id, who, reason, now);
          case "resume" -> command = OperatorCommands.resume(id, who, now);
          case "halt" -> command = OperatorCommands.halt(id, who, reason, now);
          default -> {
            OperatorCommands.Outcome outcome = OperatorCommands.resetBreaker(id, who, text(json, "breaker", "all"),
                now);
            if (!outcome.accepted()) {
              return error(res, HttpResponseStatus.BAD_REQUEST, "bad control request; nothing was sent",
                  List.of(outcome.problem()));
            }
            command = outcome.command();
          }
        }
        return publish(res, List.of(command));
      });
    }

    private Mono<Void> strategy(HttpServerResponse res, String path, String who) {
      String[] parts = path.substring("/control/strategy/".length()).split("/", -1);
      if (parts.length != 2 || !(parts[1].equals("enable") || parts[1].equals("disable"))) {
        return error(res, HttpResponseStatus.NOT_FOUND, "not found: " + path,
            List.of("use /control/strategy/<id>/enable or /control/strategy/<id>/disable"));
      }
      boolean enable = parts[1].equals("enable");
      OperatorCommands.Outcome outcome = OperatorCommands.setStrategyEnabled(commandId("strategy", who), who,
          QueryStringDecoder.decodeComponent(parts[0]), enable, now());
      if (!outcome.accepted()) {
        return error(res, HttpResponseStatus.BAD_REQUEST, "bad strategy request; nothing was sent",
            List.of(outcome.problem()));
      }
      return publish(res, List.of(outcome.command()));
    }

    private static String text(@Nullable JsonNode json, String field, String fallback) {
      JsonNode value = json == null ? null : json.get(field);
      return value == null ? fallback : value.textValue();
    }

    /** Publishes {@code commands} on {@code control} in order and answers once the broker acknowledged them. */
    private Mono<Void> publish(HttpServerResponse res, List<ControlCommand> commands) {
      return Flux.fromIterable(commands)
          .concatMap(command -> b.context().sender().send(b.context().topics().control(), command))
          .then(Mono.defer(() -> json(res, new Published(commands, b.context().topics().control().name()))))
          .onErrorResume(e -> {
            log.warn("api: cannot publish to {}: {}", b.context().topics().control().name(), e.toString());
            return error(res, HttpResponseStatus.SERVICE_UNAVAILABLE, "cannot publish to "
                + b.context().topics().control().name() + "; retry", List.of(e.toString()));
          });
    }

    private Mono<Void> stream(HttpServerRequest req, HttpServerResponse res, Map<String, List<String>> query,
        HttpMethod method, String path) {
      if (!method.equals(HttpMethod.GET)) {
        return methodNotAllowed(res, path, "GET");
      }
      String header = req.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
      List<String> tokenParam = query.get("access_token");
      String token = header != null ? bearer(header) : tokenParam == null || tokenParam.size() != 1 ? null
          : tokenParam.get(0);
      JwtAuth.Verdict verdict = b.auth().verify(token);
      if (!verdict.ok()) {
        return unauthorized(res, verdict.problem());
      }
      List<String> unknown = Requests.unknownParameters(query, List.of("access_token"));
      if (!unknown.isEmpty()) {
        return error(res, HttpResponseStatus.BAD_REQUEST, "bad query", unknown);
      }
      Flux<String> events = Flux.concat(
          Mono.fromSupplier(() -> sse("status", Views.status(b.state().get(), b.mode(), now()))),
          Flux.merge(b.stream().map(e -> sse(e.event(), e.data())),
              Flux.interval(Duration.ofSeconds(5)).map(i -> sse("status",
                  Views.status(b.state().get(), b.mode(), now())))));
      return res.header(HttpHeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8")
          .header("X-Accel-Buffering", "no")
          .send(events.map(text -> Unpooled.wrappedBuffer(text.getBytes(StandardCharsets.UTF_8))),
              buf -> true)
          .then();
    }

    private static String sse(String event, Object data) {
      return "event: " + event + "\ndata: " + write(data) + "\n\n";
    }

    // ------------------------------------------------------------------------------------------ responses

    /** Reads the body (at most 64 KiB) as JSON, null when empty; a malformed or oversized body is a 400/413. */
    private Mono<Void> body(HttpServerRequest req, HttpServerResponse res,
        java.util.function.Function<@Nullable JsonNode, Mono<Void>> then) {
      String length = req.requestHeaders().get(HttpHeaderNames.CONTENT_LENGTH);
      if (length != null && length.matches("[0-9]+") && Long.parseLong(length) > MAX_BODY_BYTES) {
        return error(res, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE, "body larger than " + MAX_BODY_BYTES
            + " bytes", List.of());
      }
      return req.receive().asByteArray()
          .reduce(new ByteArrayOutputStream(), (out, chunk) -> {
            if (out.size() + chunk.length > MAX_BODY_BYTES) {
              throw new BodyTooLarge();
            }
            out.write(chunk, 0, chunk.length);
            return out;
          })
          .defaultIfEmpty(new ByteArrayOutputStream())
          .flatMap(out -> {
            String text = out.toString(StandardCharsets.UTF_8);
            if (text.isBlank()) {
              return then.apply(null);
            }
            JsonNode json;
            try {
              json = StrikeJson.mapper().readTree(text);
            } catch (JsonProcessingException e) {
              return error(res, HttpResponseStatus.BAD_REQUEST, "malformed JSON body; nothing was changed",
                  List.of(e.getOriginalMessage()));
            }
            return then.apply(json);
          })
          .onErrorResume(BodyTooLarge.class, e -> error(res, HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE,
              "body larger than " + MAX_BODY_BYTES + " bytes", List.of()));
    }

    private static Mono<Void> sendAsset(HttpServerResponse res, String path, byte[] bytes) {
      String type = path.endsWith(".js") ? "text/javascript; charset=utf-8"
          : path.endsWith(".css") ? "text/css; charset=utf-8" : "text/html; charset=utf-8";
      return res.header(HttpHeaderNames.CONTENT_TYPE, type)
          .header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
          .sendByteArray(Mono.just(bytes)).then();
    }

    private Mono<Void> unauthorized(HttpServerResponse res, @Nullable String problem) {
      String description = Objects.requireNonNullElse(problem, "unauthorized").replace("\"", "'");
      return error(res.header(HttpHeaderNames.WWW_AUTHENTICATE, "Bearer realm=\"strike\", error=\"invalid_token\", "
          + "error_description=\"" + description + "\""), HttpResponseStatus.UNAUTHORIZED,
          "unauthorized: " + description, List.of("send Authorization: Bearer <token>; `strike token` issues one"));
    }

    private Mono<Void> methodNotAllowed(HttpServerResponse res, String path, String allowed) {
      return error(res.header(HttpHeaderNames.ALLOW, allowed), HttpResponseStatus.METHOD_NOT_ALLOWED,
          "method not allowed on " + path, List.of("allowed: " + allowed));
    }

    private Mono<Void> error(HttpServerResponse res, HttpResponseStatus status, String error,
        List<String> problems) {
      // refused and failed requests are counted by status, so a client hammering with bad tokens shows up
      b.context().meters().counter("strike.api.errors", "status", Integer.toString(status.code())).increment();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", error);
      body.put("status", status.code());
      body.put("problems", problems);
      return json(res.status(status), body);
    }

    private static Mono<Void> json(HttpServerResponse res, Object body) {
      return res.header(HttpHeaderNames.CONTENT_TYPE, JSON)
          .sendByteArray(Mono.just(write(body).getBytes(StandardCharsets.UTF_8))).then();
    }

    private static String write(Object body) {
      try {
        return (body instanceof JsonNode ? CONFIG_MAPPER : StrikeJson.mapper()).writeValueAsString(body);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write a response: " + e.getOriginalMessage(), e);
      }
    }
  }

  /** A written response body and the state it was written from. */
  private record Body(long version, ApiState state, byte[] bytes) {}

  /** The answer to a control request: what was published, where (the typed list keeps each command's type). */
  record Published(List<ControlCommand> published, String topic) {}

  /** A request body over the limit. */
  private static final class BodyTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BodyTooLarge() {
      super("body too large", null, false, false);
    }
  }
}
