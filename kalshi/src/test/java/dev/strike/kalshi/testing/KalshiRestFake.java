package dev.strike.kalshi.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strike.common.json.StrikeJson;
import dev.strike.common.time.Clock;
import dev.strike.common.time.SystemClock;
import dev.strike.kalshi.auth.AuthHeaders;
import dev.strike.kalshi.auth.KalshiCredentials;
import dev.strike.kalshi.auth.KalshiSigner;
import dev.strike.kalshi.testing.FakeKalshiState.Reply;
import dev.strike.kalshi.wire.Balance;
import dev.strike.kalshi.wire.EventData;
import dev.strike.kalshi.wire.EventPosition;
import dev.strike.kalshi.wire.ExchangeSchedule;
import dev.strike.kalshi.wire.ExchangeStatus;
import dev.strike.kalshi.wire.Fill;
import dev.strike.kalshi.wire.Market;
import dev.strike.kalshi.wire.MarketPosition;
import dev.strike.kalshi.wire.Order;
import dev.strike.kalshi.wire.Orderbook;
import dev.strike.kalshi.wire.Series;
import dev.strike.kalshi.wire.Settlement;
import dev.strike.kalshi.wire.Trade;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

/**
 * A local Kalshi REST server for tests: real HTTP on {@code 127.0.0.1} (a free port) serving
 * {@code /trade-api/v2/...} as kalshi-api.md documents it, so clients are tested over the network with nothing
 * mocked. Part of the kalshi test jar, for the ingest and execution tests too.
 *
 * <h2>What it does</h2>
 * <ul>
 *   <li><b>Auth</b>: every {@code /portfolio} request must carry a valid signature of the test key
 *       ({@link SignatureVerifier}; RSA-PSS of {@code timestamp + METHOD + path}, path without query); otherwise
 *       401 with Kalshi's body (code {@code authentication_error} with details such as
 *       {@code INCORRECT_API_KEY_SIGNATURE}, or code {@code header_timestamp_expired}). Clients sign with
 *       {@link #testSigner()}.
 *   <li><b>State</b>, scriptable: series, events, markets, orderbooks, trades, orders (keyed by
 *       {@code client_order_id}, 409 on a duplicate), fills, settlements, positions, balance, exchange status and
 *       schedule. State is kept as the JSON Kalshi would send, so {@link #putMarketJson} serves any payload as is.
 *       {@link #loadDocumentedFixtures()} loads the documented examples. Lists are served sorted by ticker (orders,
 *       trades, fills, settlements in insertion order).
 *   <li><b>Orders</b> (V2): create validates the body against the documented fields and formats (unknown field,
 *       count/price not strings in the documented format, bad enums, expiration rules) and answers 400
 *       {@code invalid_parameters} with the reason in {@code details}; a known market that is not active answers 400
 *       {@code MARKET_INACTIVE}. There is no matching engine: good-till-canceled orders rest, IOC/FOK orders are
 *       canceled unfilled; fills are scripted with {@link #putOrder}/{@link #addFill}. Cancel, amend, decrease and
 *       both batches work on the resting orders; V1 mutations answer 410 {@code deprecated_v1_order_endpoint}.
 *   <li><b>Pagination</b>: cursor pages of at most {@link #pageSize(int)} items (and the request's
 *       {@code limit}); the last page's cursor is {@code ""}, {@code null} or absent ({@link #endCursor});
 *       {@link #afterPage} runs an action (e.g. insert a market, so results shift) after a given page.
 *   <li><b>Faults</b>, for the next N requests matching a method and path ({@code *} matches one segment):
 *       {@link #failNext} (any status and body), {@link #rateLimitNext} (429 {@code {"error":"too many requests"}}),
 *       {@link #unavailableNext} (503), {@link #hangNext} (never answer), {@link #closeNext} (close the
 *       connection without answering), {@link #dropResponseNext} (process the request, e.g. place the order, then
 *       close without answering), {@link #delayNext} (process, answer late).
 *   <li><b>Recording</b>: every request (method, path, query, headers, body, arrival time), faulted or not:
 *       {@link #requests()}, {@link #requests(String, String)}, {@link #count(String, String)}.
 * </ul>
 *
 * <p>Thread-safe. Start with {@link #start()} or {@link #builder()}; close it after the test.
 */
public final class KalshiRestFake implements AutoCloseable {
  /** The REST root path. */
  public static final String ROOT = "/trade-api/v2";
  /** Kalshi's 429 body. */
  public static final String TOO_MANY_REQUESTS_BODY = "{\"error\":\"too many requests\"}";

  /** How the last page says "no more". */
  public enum EndCursor {
    /** {@code "cursor": ""}. */
    EMPTY,
    /** {@code "cursor": null}. */
    NULL,
    /** No {@code cursor} field. */
    ABSENT
  }

  private enum FaultKind { STATUS, HANG, CLOSE, DROP_RESPONSE, DELAY }

  private static final class Fault {
    final String method;
    final String pathPattern;
    final FaultKind kind;
    final int status;
    final String body;
    final Duration delay;
    int remaining;

    Fault(String method, String pathPattern, FaultKind kind, int times, int status, String body, Duration delay) {
      this.method = method.toUpperCase(Locale.ROOT);
      this.pathPattern = pathPattern;
      this.kind = kind;
      this.remaining = times;
      this.status = status;
      this.body = body;
      this.delay = delay;
    }

    boolean matches(RecordedRequest request) {
      return remaining > 0 && method.equals(request.method()) && pathMatches(pathPattern, request.apiPath());
    }
  }

  private final Object lock = new Object();
  private final FakeKalshiState state;
  private final SignatureVerifier verifier;
  private final Clock clock;
  private final List<Fault> faults = new ArrayList<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final LoopResources loops;
  private final DisposableServer server;

  private KalshiRestFake(Builder builder) {
    this.clock = builder.clock;
    this.verifier = builder.verifier;
    this.state = new FakeKalshiState(clock);
    this.state.pageSize = builder.pageSize;
    this.loops = LoopResources.create("kalshi-fake", 2, true);
    this.server = HttpServer.create()
        .host("127.0.0.1")
        .port(0)
        .runOn(loops)
        .handle(this::handle)
        .bindNow(Duration.ofSeconds(10));
  }

  /** A fake with the defaults: the test RSA key, the system clock, pages of 100. */
  public static KalshiRestFake start() {
    return builder().start();
  }

  /** A builder for a fake with other settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** A signer for the key the fake accepts by default (the test RSA key, system clock). */
  public static KalshiSigner testSigner() {
    return new KalshiSigner(new KalshiCredentials(TestKeys.KEY_ID, TestKeys.rsa().getPrivate()),
        SystemClock.INSTANCE);
  }

  /** The REST root, e.g. {@code http://127.0.0.1:41234/trade-api/v2}. */
  public URI restRoot() {
    return URI.create("http://127.0.0.1:" + server.port() + ROOT);
  }

  /** The bound port. */
  public int port() {
    return server.port();
  }

  // ------------------------------------------------------------------------------------------------ state

  /** Adds or replaces a series. */
  public KalshiRestFake putSeries(Series series) {
    synchronized (lock) {
      state.series.put(series.ticker(), FakeKalshiState.tree(series));
    }
    return this;
  }

  /** Adds or replaces an event (its nested markets, if any, are added as markets). */
  public KalshiRestFake putEvent(EventData event) {
    synchronized (lock) {
      ObjectNode node = FakeKalshiState.tree(event);
      node.remove("markets");
      state.events.put(event.eventTicker(), node);
    }
    event.markets().forEach(this::putMarket);
    return this;
  }

  /** Adds or replaces a market. */
  public KalshiRestFake putMarket(Market market) {
    synchronized (lock) {
      state.markets.put(market.ticker(), FakeKalshiState.tree(market));
    }
    return this;
  }

  /** Adds or replaces a market given as Kalshi's JSON object (served exactly as given). */
  public KalshiRestFake putMarketJson(String marketJson) {
    ObjectNode node = FakeKalshiState.parseObject(marketJson);
    synchronized (lock) {
      state.markets.put(Objects.requireNonNull(FakeKalshiState.text(node, "ticker"), "ticker"), node);
    }
    return this;
  }

  /** Removes a market. */
  public KalshiRestFake removeMarket(String ticker) {
    synchronized (lock) {
      state.markets.remove(ticker);
    }
    return this;
  }

  /** Sets a market's book. */
  public KalshiRestFake putOrderbook(String ticker, Orderbook book) {
    synchronized (lock) {
      state.orderbooks.put(ticker, FakeKalshiState.tree(book));
    }
    return this;
  }

  /** Sets a market's book given as Kalshi's {@code orderbook_fp} object (served exactly as given). */
  public KalshiRestFake putOrderbookJson(String ticker, String orderbookFpJson) {
    ObjectNode node = FakeKalshiState.parseObject(orderbookFpJson);
    synchronized (lock) {
      state.orderbooks.put(ticker, node);
    }
    return this;
  }

  /** Adds a public trade. */
  public KalshiRestFake addTrade(Trade trade) {
    synchronized (lock) {
      state.trades.add(FakeKalshiState.tree(trade));
    }
    return this;
  }

  /** Adds or replaces an order (e.g. one with fills), indexed by its id and client order id. */
  public KalshiRestFake putOrder(Order order) {
    synchronized (lock) {
      state.putOrder(FakeKalshiState.tree(order));
    }
    return this;
  }

  /** Adds one of our fills. */
  public KalshiRestFake addFill(Fill fill) {
    synchronized (lock) {
      state.fills.add(FakeKalshiState.tree(fill));
    }
    return this;
  }

  /** Adds a settlement. */
  public KalshiRestFake addSettlement(Settlement settlement) {
    synchronized (lock) {
      state.settlements.add(FakeKalshiState.tree(settlement));
    }
    return this;
  }

  /** Adds or replaces a market position. */
  public KalshiRestFake putMarketPosition(MarketPosition position) {
    synchronized (lock) {
      state.marketPositions.put(position.ticker(), FakeKalshiState.tree(position));
    }
    return this;
  }

  /** Adds or replaces an event position. */
  public KalshiRestFake putEventPosition(EventPosition position) {
    synchronized (lock) {
      state.eventPositions.put(position.eventTicker(), FakeKalshiState.tree(position));
    }
    return this;
  }

  /** Sets the balance. */
  public KalshiRestFake balance(Balance balance) {
    synchronized (lock) {
      state.balance = FakeKalshiState.tree(balance);
    }
    return this;
  }

  /** Sets the exchange status. */
  public KalshiRestFake exchangeStatus(ExchangeStatus status) {
    synchronized (lock) {
      state.exchangeStatus = FakeKalshiState.tree(status);
    }
    return this;
  }

  /** Sets the exchange schedule. */
  public KalshiRestFake exchangeSchedule(ExchangeSchedule schedule) {
    synchronized (lock) {
      state.schedule = FakeKalshiState.JSON.objectNode().set("schedule", FakeKalshiState.tree(schedule));
    }
    return this;
  }

  /**
   * Loads the documented payloads of {@code fixtures/kalshi/} as they are: the market (with its series
   * {@code KXBTC15M}, quadratic ×1, and event), its orderbook, the order and the fill.
   */
  public KalshiRestFake loadDocumentedFixtures() {
    synchronized (lock) {
      ObjectNode market = (ObjectNode) KalshiFixtures.tree("market.json").get("market");
      state.markets.put(FakeKalshiState.text(market, "ticker"), market);
      state.series.put("KXBTC15M", FakeKalshiState.tree(Series.of("KXBTC15M", "Bitcoin price up or down in 15 "
          + "minutes", "quadratic", java.math.BigDecimal.ONE)));
      state.events.put("KXBTC15M-26AUG171330", FakeKalshiState.tree(EventData.of("KXBTC15M-26AUG171330",
          "KXBTC15M", "BTC price up in next 15 mins?")));
      state.orderbooks.put(FakeKalshiState.text(market, "ticker"),
          (ObjectNode) KalshiFixtures.tree("orderbook_rest.json").get("orderbook_fp"));
      state.putOrder((ObjectNode) KalshiFixtures.tree("order.json").get("order"));
      KalshiFixtures.tree("fill.json").get("fills").forEach(fill -> state.fills.add((ObjectNode) fill));
    }
    return this;
  }

  /** The order with {@code clientOrderId}, as the fake holds it. */
  public Optional<Order> orderByClientOrderId(String clientOrderId) {
    synchronized (lock) {
      String id = state.orderIdByClientOrderId.get(clientOrderId);
      return id == null ? Optional.empty() : Optional.of(toOrder(state.ordersById.get(id)));
    }
  }

  /** Every order the fake holds, in placement order. */
  public List<Order> orders() {
    synchronized (lock) {
      return state.ordersById.values().stream().map(KalshiRestFake::toOrder).toList();
    }
  }

  private static Order toOrder(JsonNode node) {
    return StrikeJson.mapper().convertValue(node, Order.class);
  }

  /** Items per page at most (default 100). */
  public KalshiRestFake pageSize(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("page size must be positive");
    }
    synchronized (lock) {
      state.pageSize = size;
    }
    return this;
  }

  /** How the last page says "no more" (default {@link EndCursor#EMPTY}). */
  public KalshiRestFake endCursor(EndCursor style) {
    synchronized (lock) {
      state.endCursor = Objects.requireNonNull(style, "style");
    }
    return this;
  }

  /** Whether a create for a market the fake does not hold is 404 {@code market_not_found} (default false). */
  public KalshiRestFake requireKnownMarkets(boolean value) {
    synchronized (lock) {
      state.requireKnownMarkets = value;
    }
    return this;
  }

  /**
   * Runs {@code action} (under the fake's lock; it may call the fake's methods) right after page {@code page}
   * (1-based, counted from a request without cursor) of {@code apiPath} is built and before it is sent. Runs once.
   */
  public KalshiRestFake afterPage(String apiPath, int page, Runnable action) {
    synchronized (lock) {
      state.afterPage(apiPath, page, action);
    }
    return this;
  }

  // ------------------------------------------------------------------------------------------------ faults

  /** The next {@code times} requests of {@code method apiPath} answer {@code status} with {@code body}. */
  public KalshiRestFake failNext(String method, String apiPath, int times, int status, String body) {
    return addFault(new Fault(method, apiPath, FaultKind.STATUS, times, status, body, Duration.ZERO));
  }

  /** The next {@code times} requests answer 429 with Kalshi's string body. */
  public KalshiRestFake rateLimitNext(String method, String apiPath, int times) {
    return failNext(method, apiPath, times, 429, TOO_MANY_REQUESTS_BODY);
  }

  /** The next {@code times} requests answer 503 {@code service_unavailable}. */
  public KalshiRestFake unavailableNext(String method, String apiPath, int times) {
    return failNext(method, apiPath, times, 503,
        "{\"error\":{\"code\":\"service_unavailable\",\"message\":\"service unavailable\"}}");
  }

  /** The next {@code times} requests are never answered (the connection stays open). */
  public KalshiRestFake hangNext(String method, String apiPath, int times) {
    return addFault(new Fault(method, apiPath, FaultKind.HANG, times, 0, "", Duration.ZERO));
  }

  /** The next {@code times} requests get their connection closed, unprocessed and unanswered. */
  public KalshiRestFake closeNext(String method, String apiPath, int times) {
    return addFault(new Fault(method, apiPath, FaultKind.CLOSE, times, 0, "", Duration.ZERO));
  }

  /**
   * The next {@code times} requests are processed (an order is placed, a cancel done) and then their connection is
   * closed without an answer: the "accepted but the response was lost" case.
   */
  public KalshiRestFake dropResponseNext(String method, String apiPath, int times) {
    return addFault(new Fault(method, apiPath, FaultKind.DROP_RESPONSE, times, 0, "", Duration.ZERO));
  }

  /** The next {@code times} requests are processed at once and answered after {@code delay}. */
  public KalshiRestFake delayNext(String method, String apiPath, int times, Duration delay) {
    return addFault(new Fault(method, apiPath, FaultKind.DELAY, times, 0, "", delay));
  }

  /** Forgets the faults not yet used. */
  public KalshiRestFake clearFaults() {
    synchronized (lock) {
      faults.clear();
    }
    return this;
  }

  private KalshiRestFake addFault(Fault fault) {
    if (fault.remaining < 1) {
      throw new IllegalArgumentException("times must be positive");
    }
    synchronized (lock) {
      faults.add(fault);
    }
    return this;
  }

  // ------------------------------------------------------------------------------------------------ recording

  /** Every request received, in arrival order. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** The requests of {@code method} to {@code apiPath} ({@code *} matches one segment). */
  public List<RecordedRequest> requests(String method, String apiPath) {
    String upper = method.toUpperCase(Locale.ROOT);
    return requests.stream().filter(r -> r.method().equals(upper) && pathMatches(apiPath, r.apiPath())).toList();
  }

  /** How many requests of {@code method} to {@code apiPath} arrived. */
  public int count(String method, String apiPath) {
    return requests(method, apiPath).size();
  }

  /** Forgets the recorded requests. */
  public KalshiRestFake clearRequests() {
    requests.clear();
    return this;
  }

  // ------------------------------------------------------------------------------------------------ serving

  private Mono<Void> handle(HttpServerRequest request, HttpServerResponse response) {
    return request.receive().aggregate().asString(StandardCharsets.UTF_8).defaultIfEmpty("")
        .flatMap(body -> serve(request, response, body));
  }

  private Mono<Void> serve(HttpServerRequest request, HttpServerResponse response, String body) {
    RecordedRequest recorded = record(request, body);
    Fault fault;
    Reply reply = null;
    synchronized (lock) {
      fault = takeFault(recorded);
      if (fault == null || fault.kind == FaultKind.DROP_RESPONSE || fault.kind == FaultKind.DELAY) {
        reply = authenticateAndDispatch(recorded);
      }
    }
    if (fault == null) {
      return send(response, reply);
    }
    return switch (fault.kind) {
      case STATUS -> send(response, fault.status, fault.body);
      case HANG -> Mono.never();
      case CLOSE, DROP_RESPONSE -> closeConnection(response);
      case DELAY -> Mono.delay(fault.delay).then(send(response, reply));
    };
  }

  private RecordedRequest record(HttpServerRequest request, String body) {
    QueryStringDecoder decoder = new QueryStringDecoder(request.uri());
    String path = decoder.path();
    String apiPath = path.startsWith(ROOT) ? path.substring(ROOT.length()) : path;
    Map<String, String> headers = new LinkedHashMap<>();
    request.requestHeaders().forEach(h -> headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue()));
    RecordedRequest recorded = new RecordedRequest(request.method().name(), path, apiPath, decoder.parameters(),
        headers, body, System.nanoTime());
    requests.add(recorded);
    return recorded;
  }

  private @Nullable Fault takeFault(RecordedRequest request) {
    for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
      Fault fault = it.next();
      if (fault.matches(request)) {
        fault.remaining--;
        if (fault.remaining == 0) {
          it.remove();
        }
        return fault;
      }
    }
    return null;
  }

  private Reply authenticateAndDispatch(RecordedRequest request) {
    if (!request.path().startsWith(ROOT + "/")) {
      return Reply.error(404, "not_found", "no route " + request.path(), null);
    }
    if (request.apiPath().startsWith("/portfolio")) {
      Optional<String> rejection = verifier.reject(request.header(AuthHeaders.KEY),
          request.header(AuthHeaders.TIMESTAMP), request.header(AuthHeaders.SIGNATURE), request.method(),
          request.path(), clock.nowNs() / 1_000_000L);
      if (rejection.isPresent()) {
        String reason = rejection.get();
        return reason.equals("header_timestamp_expired")
            ? Reply.error(401, "header_timestamp_expired", "the request timestamp is outside the accepted window",
                reason)
            : Reply.error(401, "authentication_error", "authentication failed", reason);
      }
    }
    return state.dispatch(request);
  }

  private static Mono<Void> send(HttpServerResponse response, Reply reply) {
    return send(response, reply.status(), reply.bodyText());
  }

  private static Mono<Void> send(HttpServerResponse response, int status, String body) {
    return response.status(HttpResponseStatus.valueOf(status))
        .header(HttpHeaderNames.CONTENT_TYPE, "application/json")
        .sendString(Mono.just(body))
        .then();
  }

  private static Mono<Void> closeConnection(HttpServerResponse response) {
    response.withConnection(connection -> connection.channel().close());
    return Mono.never();
  }

  static boolean pathMatches(String pattern, String path) {
    String[] want = pattern.split("/", -1);
    String[] got = path.split("/", -1);
    if (want.length != got.length) {
      return false;
    }
    for (int i = 0; i < want.length; i++) {
      if (!want[i].equals("*") && !want[i].equals(got[i])) {
        return false;
      }
    }
    return true;
  }

  /** Stops serving; hanging requests are cut. */
  @Override
  public void close() {
    server.disposeNow(Duration.ofSeconds(5));
    loops.disposeLater(Duration.ZERO, Duration.ofSeconds(2)).block(Duration.ofSeconds(5));
  }

  /** Settings of a {@link KalshiRestFake}. Not thread-safe; use once. */
  public static final class Builder {
    private SignatureVerifier verifier = SignatureVerifier.forTestRsaKey();
    private Clock clock = SystemClock.INSTANCE;
    private int pageSize = 100;

    private Builder() {}

    /** Accepts the keys this verifier accepts (default: the test RSA key, ±10 s). */
    public Builder verifier(SignatureVerifier value) {
      this.verifier = Objects.requireNonNull(value, "verifier");
      return this;
    }

    /** The fake's time: signature skew, {@code ts_ms}, order times (default: the system clock). */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Items per page at most (default 100). */
    public Builder pageSize(int value) {
      this.pageSize = value;
      return this;
    }

    /** Binds and starts the fake. */
    public KalshiRestFake start() {
      return new KalshiRestFake(this);
    }
  }
}
