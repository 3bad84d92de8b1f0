package dev.strike.kalshi.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strike.common.json.StrikeJson;
import dev.strike.common.money.FixedPoint;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import dev.strike.common.time.Clock;
import dev.strike.common.time.SystemClock;
import dev.strike.kalshi.auth.AuthHeaders;
import dev.strike.kalshi.auth.KalshiCredentials;
import dev.strike.kalshi.auth.KalshiSigner;
import dev.strike.kalshi.ws.KalshiWsConfig;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.WebsocketServerSpec;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * A local stand-in for Kalshi's WebSocket v2 server (kalshi-api.md §8), for tests of this module and of the services
 * that use the client (it ships in the kalshi test-jar). A Reactor Netty server on {@code 127.0.0.1} (a free port) at
 * {@value #PATH}.
 *
 * <ul>
 *   <li><b>Authentication.</b> The upgrade must carry the three {@code KALSHI-ACCESS-*} headers signing
 *       {@code GET /trade-api/ws/v2}; a {@link SignatureVerifier} checks them against the fake's clock and a failing
 *       request gets {@code 401} with Kalshi's error body instead of an upgrade ({@link #refusedUpgrades()}).
 *   <li><b>Commands</b> as documented: {@code subscribe} ({@code subscribed} per channel, sids from 1 per
 *       connection, one subscription per channel: subscribing a channel again adds markets to it and answers with
 *       its sid), {@code unsubscribe}, {@code update_subscription} ({@code add_markets}, {@code delete_markets},
 *       {@code get_snapshot}; answered {@code ok} with the sid, its current {@code seq} and the full market list),
 *       {@code list_subscriptions}, and the error codes for bad commands (1, 2, 3, 4, 5, 7, 8, 12, 13, 14, 15) and
 *       unknown markets (16, with {@code market_ticker}). Every command is recorded ({@link #commands()}).
 *   <li><b>Data.</b> Per-market books (YES bids in YES prices, NO bids in NO prices) sent as
 *       {@code orderbook_snapshot} on subscribe, {@code add_markets} and {@code get_snapshot}; pushed deltas change
 *       the book and go to every subscription of the market. {@code seq} counts per sid on the sequenced channels
 *       ({@code orderbook_delta}, {@code trade}, {@code market_lifecycle_v2}); the {@code ok} to
 *       {@code update_subscription} echoes the last seq without taking a new one. Frames end with a newline, as
 *       Kalshi's may.
 *   <li><b>Faults</b> on demand: {@link #injectSeqGap} (skip a seq), {@link #pushRaw} (malformed frames, unknown
 *       types), {@link #holdSnapshotRequests} (delay {@code get_snapshot} answers), {@link #dropConnections},
 *       {@link #answerPings} ({@code false}: stop answering Pings), {@link #answerCommands}, {@link #removeMarket}.
 * </ul>
 *
 * <p>Typical use, e.g. in a service test: {@code fake = KalshiWsFake.start(); fake.setBook(...); client = new
 * KalshiWsClient(fake.clientConfig(), KalshiWsFake.testSigner(clock), clock); client.events().subscribe(...);
 * client.subscribe(SubscribeRequest.orderbook(...)); fake.pushDelta(...); fake.injectSeqGap("orderbook_delta")}.
 *
 * <p>Thread-safe: tests push from their thread while the server handles commands on its event loop; one lock orders
 * both, so every subscription's frames leave in seq order. Close it after the test.
 */
public final class KalshiWsFake implements AutoCloseable {
  /** The WebSocket path, as on Kalshi's hosts. */
  public static final String PATH = "/trade-api/ws/v2";

  private static final ObjectMapper MAPPER = StrikeJson.mapper();
  private static final Set<String> CHANNELS = Set.of("orderbook_delta", "ticker", "trade", "fill", "user_orders",
      "market_positions", "market_lifecycle_v2");
  private static final Set<String> SEQUENCED = Set.of("orderbook_delta", "trade", "market_lifecycle_v2");

  private final SignatureVerifier verifier;
  private final Clock clock;
  private final DisposableServer server;
  private final Map<String, FakeMarket> markets = new TreeMap<>();
  private final List<FakeConnection> connections = new ArrayList<>();
  private final List<ReceivedCommand> commands = new CopyOnWriteArrayList<>();
  private final List<String> refusedUpgrades = new CopyOnWriteArrayList<>();
  private final List<Long> upgradeTimestamps = new CopyOnWriteArrayList<>();
  private final List<Runnable> heldSnapshots = new ArrayList<>();
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger pingsReceived = new AtomicInteger();
  private final AtomicInteger pongsReceived = new AtomicInteger();
  private volatile boolean answerPings = true;
  private volatile boolean answerCommands = true;
  private boolean holdSnapshots;

  private KalshiWsFake(SignatureVerifier verifier, Clock clock) {
    this.verifier = verifier;
    this.clock = clock;
    this.server = HttpServer.create()
        .host("127.0.0.1")
        .port(0)
        .route(routes -> routes.get(PATH, this::upgrade))
        .bindNow(Duration.ofSeconds(10));
  }

  /** A fake accepting the test RSA key ({@link TestKeys#KEY_ID}) with ±10 s of skew on the system clock. */
  public static KalshiWsFake start() {
    return new KalshiWsFake(SignatureVerifier.forTestRsaKey(), SystemClock.INSTANCE);
  }

  /**
   * A fake accepting what {@code verifier} accepts, judging timestamps by {@code clock} (share a {@code ManualClock}
   * with the client's signer to control them).
   */
  public static KalshiWsFake start(SignatureVerifier verifier, Clock clock) {
    return new KalshiWsFake(verifier, clock);
  }

  /** {@code ws://127.0.0.1:<port>/trade-api/ws/v2}. */
  public URI url() {
    return URI.create("ws://127.0.0.1:" + server.port() + PATH);
  }

  /**
   * Client settings for this fake with test timings: ping every 200 ms, dead after 2 s without a frame, reconnect
   * after 20–200 ms, commands wait up to 5 s.
   */
  public KalshiWsConfig clientConfig() {
    return KalshiWsConfig.defaults(url())
        .withLiveness(Duration.ofMillis(200), Duration.ofSeconds(2))
        .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200), 0.2, Duration.ofSeconds(60))
        .withCommandTimeout(Duration.ofSeconds(5));
  }

  /** A signer with the test RSA key the default fake accepts, timestamps from {@code clock}. */
  public static KalshiSigner testSigner(Clock clock) {
    return new KalshiSigner(new KalshiCredentials(TestKeys.KEY_ID, TestKeys.rsa().getPrivate()), clock);
  }

  // ------------------------------------------------------------------------------------------------ markets

  /** A price level for {@link #setBook}: a price in dollars and a size in contracts, as Kalshi writes them. */
  public record Level(String price, String count) {
    /** {@code Level.of("0.4300", "120.00")}. */
    public static Level of(String price, String count) {
      return new Level(price, count);
    }
  }

  /** Makes {@code ticker} a market the fake knows, with an empty book (no-op if it exists). */
  public synchronized KalshiWsFake addMarket(String ticker) {
    markets.computeIfAbsent(ticker, FakeMarket::new);
    return this;
  }

  /** Forgets {@code ticker}: subscribing it or asking for its snapshot now fails with code 16. */
  public synchronized void removeMarket(String ticker) {
    markets.remove(ticker);
  }

  /**
   * Replaces the book of {@code ticker} (adding the market if needed). Sends nothing: the next snapshot shows it.
   *
   * @param yes YES bids in YES prices
   * @param no NO bids in NO prices
   */
  public synchronized KalshiWsFake setBook(String ticker, List<Level> yes, List<Level> no) {
    FakeMarket market = markets.computeIfAbsent(ticker, FakeMarket::new);
    market.yes.clear();
    market.no.clear();
    for (Level level : yes) {
      market.yes.put(Price.parse(level.price()).micros(), Qty.parse(level.count()).hundredths());
    }
    for (Level level : no) {
      market.no.put(Price.parse(level.price()).micros(), Qty.parse(level.count()).hundredths());
    }
    return this;
  }

  /** The fake's book of {@code ticker}, side {@code "yes"} or {@code "no"}: price micros → size hundredths. */
  public synchronized NavigableMap<Long, Long> book(String ticker, String side) {
    FakeMarket market = market(ticker);
    return new TreeMap<>(side.equals("yes") ? market.yes : market.no);
  }

  // ------------------------------------------------------------------------------------------------ pushing data

  /** Applies a delta to the book of {@code ticker} and sends it to every order-book subscription of the market. */
  public void pushDelta(String ticker, String side, String price, String delta) {
    pushDelta(ticker, side, price, delta, null);
  }

  /** {@link #pushDelta(String, String, String, String)} caused by our own order {@code clientOrderId}. */
  public synchronized void pushDelta(String ticker, String side, String price, String delta,
      @Nullable String clientOrderId) {
    FakeMarket market = market(ticker);
    if (!side.equals("yes") && !side.equals("no")) {
      throw new IllegalArgumentException("side is yes or no, got " + side);
    }
    NavigableMap<Long, Long> levels = side.equals("yes") ? market.yes : market.no;
    long micros = Price.parse(price).micros();
    long size = levels.getOrDefault(micros, 0L) + FixedPoint.parse(delta, 2, true, "delta");
    if (size > 0) {
      levels.put(micros, size);
    } else {
      levels.remove(micros);
    }
    for (FakeConnection connection : connections) {
      for (FakeSub sub : connection.subs.values()) {
        if (sub.channel.equals("orderbook_delta") && sub.covers(ticker)) {
          ObjectNode msg = MAPPER.createObjectNode();
          msg.put("market_ticker", ticker);
          msg.put("market_id", market.id);
          msg.put("price_dollars", side.equals("no") && sub.useYesPrice ? Price.ofMicros(micros).complement()
              .toDollarString() : Price.ofMicros(micros).toDollarString());
          msg.put("delta_fp", delta);
          msg.put("side", side);
          msg.put("ts_ms", nowMs());
          if (clientOrderId != null) {
            msg.put("client_order_id", clientOrderId);
            msg.put("subaccount", 0);
          }
          send(connection, sub, "orderbook_delta", msg);
        }
      }
    }
  }

  /** Sends an unrequested snapshot of {@code ticker} to every order-book subscription of the market. */
  public synchronized void pushSnapshot(String ticker) {
    market(ticker);
    for (FakeConnection connection : connections) {
      for (FakeSub sub : connection.subs.values()) {
        if (sub.channel.equals("orderbook_delta") && sub.covers(ticker)) {
          sendSnapshot(connection, sub, ticker);
        }
      }
    }
  }

  /**
   * Sends a public trade.
   *
   * @param takerOutcomeSide {@code yes} or {@code no}
   * @param takerBookSide {@code bid} (the taker bought that outcome) or {@code ask} (sold it)
   */
  public void pushTrade(String ticker, String tradeId, String yesPrice, String count, String takerOutcomeSide,
      String takerBookSide) {
    Map<String, Object> msg = new LinkedHashMap<>();
    msg.put("trade_id", tradeId);
    msg.put("market_ticker", ticker);
    msg.put("yes_price_dollars", yesPrice);
    msg.put("no_price_dollars", Price.parse(yesPrice).complement().toDollarString());
    msg.put("count_fp", count);
    msg.put("taker_outcome_side", takerOutcomeSide);
    msg.put("taker_book_side", takerBookSide);
    msg.put("is_block_trade", false);
    msg.put("ts_ms", nowMs());
    publish("trade", "trade", ticker, msg);
  }

  /**
   * Sends a {@code ticker} message built from {@code fields} (documented names, e.g. {@code yes_bid_dollars}) and
   * keeps it as the market's current ticker for {@code send_initial_snapshot}. {@code market_ticker} and
   * {@code ts_ms} are added.
   */
  public synchronized void pushTicker(String ticker, Map<String, ?> fields) {
    Map<String, Object> msg = new LinkedHashMap<>();
    msg.put("market_ticker", ticker);
    msg.put("market_id", market(ticker).id);
    msg.putAll(fields);
    msg.putIfAbsent("ts_ms", nowMs());
    market(ticker).lastTicker = msg;
    publish("ticker", "ticker", ticker, msg);
  }

  /** Sends a {@code market_lifecycle_v2} message of {@code eventType} with {@code extra} documented fields. */
  public void pushLifecycle(String ticker, String eventType, Map<String, ?> extra) {
    Map<String, Object> msg = new LinkedHashMap<>();
    msg.put("market_ticker", ticker);
    msg.put("event_type", eventType);
    msg.putAll(extra);
    publish("market_lifecycle_v2", "market_lifecycle_v2", null, msg);
  }

  /** Sends an {@code event_lifecycle} message (on the lifecycle subscriptions). */
  public void pushEventLifecycle(Map<String, ?> msg) {
    publish("market_lifecycle_v2", "event_lifecycle", null, msg);
  }

  /** Sends a {@code fill} message (documented fields) to the {@code fill} subscriptions covering its market. */
  public void pushFill(String ticker, Map<String, ?> msg) {
    publish("fill", "fill", ticker, withTicker("market_ticker", ticker, msg));
  }

  /** Sends a {@code user_order} message to the {@code user_orders} subscriptions covering its market. */
  public void pushUserOrder(String ticker, Map<String, ?> msg) {
    publish("user_orders", "user_order", ticker, withTicker("ticker", ticker, msg));
  }

  /** Sends a {@code market_position} message to the {@code market_positions} subscriptions covering its market. */
  public void pushMarketPosition(String ticker, Map<String, ?> msg) {
    publish("market_positions", "market_position", ticker, withTicker("market_ticker", ticker, msg));
  }

  /**
   * Sends {@code msg} as a message of {@code type} on every subscription of {@code channel} that covers
   * {@code ticker} (null: every subscription of the channel), with the sid and, on sequenced channels, the next seq.
   */
  public synchronized void publish(String channel, String type, @Nullable String ticker, Map<String, ?> msg) {
    ObjectNode body = MAPPER.valueToTree(msg);
    for (FakeConnection connection : connections) {
      for (FakeSub sub : connection.subs.values()) {
        if (sub.channel.equals(channel) && (ticker == null || sub.covers(ticker))) {
          send(connection, sub, type, body.deepCopy());
        }
      }
    }
  }

  /**
   * Sends {@code msgJson} verbatim (it may be invalid: a price above $1, a missing field, broken JSON) as the
   * {@code msg} of a {@code type} message on every subscription of {@code channel} covering {@code ticker}, in a
   * proper envelope that takes the subscription's next seq, as a real message would.
   */
  public synchronized void publishRawMsg(String channel, String type, @Nullable String ticker, String msgJson) {
    for (FakeConnection connection : connections) {
      for (FakeSub sub : connection.subs.values()) {
        if (sub.channel.equals(channel) && (ticker == null || sub.covers(ticker))) {
          StringBuilder envelope = new StringBuilder("{\"type\":\"").append(type).append("\",\"sid\":")
              .append(sub.sid);
          if (SEQUENCED.contains(sub.channel)) {
            sub.seq += 1 + sub.skip;
            sub.skip = 0;
            envelope.append(",\"seq\":").append(sub.seq);
          }
          connection.out.tryEmitNext(envelope.append(",\"msg\":").append(msgJson).append("}\n").toString());
        }
      }
    }
  }

  /** Sends {@code text} verbatim as one text frame to every connection (malformed JSON, unknown types, …). */
  public synchronized void pushRaw(String text) {
    for (FakeConnection connection : connections) {
      connection.out.tryEmitNext(text);
    }
  }

  /** The next message of every subscription of {@code channel} skips one seq (a lost message). */
  public synchronized void injectSeqGap(String channel) {
    for (FakeConnection connection : connections) {
      for (FakeSub sub : connection.subs.values()) {
        if (sub.channel.equals(channel)) {
          sub.skip++;
        }
      }
    }
  }

  /**
   * While holding, {@code get_snapshot} is answered with {@code ok} at once but its snapshots wait for
   * {@link #releaseHeldSnapshots()} (so a test can push deltas in between).
   */
  public synchronized void holdSnapshotRequests(boolean hold) {
    this.holdSnapshots = hold;
  }

  /** Sends the held {@code get_snapshot} snapshots, of the books as they are now. */
  public synchronized void releaseHeldSnapshots() {
    List<Runnable> held = new ArrayList<>(heldSnapshots);
    heldSnapshots.clear();
    held.forEach(Runnable::run);
  }

  // ------------------------------------------------------------------------------------------------ connections

  /** Closes every connection's socket at once, without a close frame (a network drop). */
  public synchronized void dropConnections() {
    for (FakeConnection connection : List.copyOf(connections)) {
      Connection netty = connection.netty;
      if (netty != null) {
        netty.channel().close();
      }
    }
  }

  /** Whether commands are answered (default true); unanswered ones are still recorded. */
  public void answerCommands(boolean answer) {
    this.answerCommands = answer;
  }

  /** Whether Pings from clients are answered with Pongs (default true). */
  public void answerPings(boolean answer) {
    this.answerPings = answer;
  }

  /** Sends a Ping (payload {@code heartbeat}, as Kalshi's) to every connection. */
  public synchronized void ping() {
    for (FakeConnection connection : connections) {
      connection.out.tryEmitNext(new PingFrame());
    }
  }

  /** Pings received from clients. */
  public int pingsReceived() {
    return pingsReceived.get();
  }

  /** Pongs received from clients. */
  public int pongsReceived() {
    return pongsReceived.get();
  }

  /** Upgrades accepted since start. */
  public int connectionsAccepted() {
    return accepted.get();
  }

  /** Connections open now. */
  public synchronized int activeConnections() {
    return connections.size();
  }

  /** Why each refused upgrade was refused (Kalshi's error codes, e.g. {@code INCORRECT_API_KEY_SIGNATURE}). */
  public List<String> refusedUpgrades() {
    return List.copyOf(refusedUpgrades);
  }

  /** The {@code KALSHI-ACCESS-TIMESTAMP} of each accepted upgrade, in order. */
  public List<Long> upgradeTimestamps() {
    return List.copyOf(upgradeTimestamps);
  }

  /** The sid of {@code channel} on the newest open connection, or -1. */
  public synchronized long sid(String channel) {
    if (connections.isEmpty()) {
      return -1;
    }
    for (FakeSub sub : connections.get(connections.size() - 1).subs.values()) {
      if (sub.channel.equals(channel)) {
        return sub.sid;
      }
    }
    return -1;
  }

  /**
   * One command as received.
   *
   * @param connection the connection's number, from 1
   * @param id the command id (0 when absent)
   * @param cmd the command name ("" when absent)
   * @param params its params (a missing node when absent)
   * @param raw the frame's text
   */
  public record ReceivedCommand(int connection, long id, String cmd, JsonNode params, String raw) {
    /** {@code params.market_tickers} (or {@code market_ticker}) as a list. */
    public List<String> marketTickers() {
      return tickersOf(params);
    }

    /** {@code params.action}, or "". */
    public String action() {
      return params.path("action").asText("");
    }

    /** {@code params.channels} as a list. */
    public List<String> channels() {
      List<String> channels = new ArrayList<>();
      params.path("channels").forEach(node -> channels.add(node.asText()));
      return channels;
    }

    /** {@code params.sids} (or {@code sid}) as a list. */
    public List<Long> sids() {
      List<Long> sids = new ArrayList<>();
      params.path("sids").forEach(node -> sids.add(node.asLong()));
      if (params.has("sid")) {
        sids.add(params.get("sid").asLong());
      }
      return sids;
    }
  }

  /** Every command received, in order. */
  public List<ReceivedCommand> commands() {
    return List.copyOf(commands);
  }

  /** The commands named {@code cmd} ({@code subscribe}, …), in order. */
  public List<ReceivedCommand> commands(String cmd) {
    return commands.stream().filter(command -> command.cmd().equals(cmd)).toList();
  }

  /** Stops the server and drops every connection. */
  @Override
  public void close() {
    dropConnections();
    server.disposeNow(Duration.ofSeconds(5));
  }

  // ------------------------------------------------------------------------------------------------ server side

  private Mono<Void> upgrade(HttpServerRequest request, HttpServerResponse response) {
    String timestamp = request.requestHeaders().get(AuthHeaders.TIMESTAMP);
    Optional<String> rejection = verifier.reject(request.requestHeaders().get(AuthHeaders.KEY), timestamp,
        request.requestHeaders().get(AuthHeaders.SIGNATURE), "GET", PATH, clock.nowNs() / 1_000_000L);
    if (rejection.isPresent()) {
      refusedUpgrades.add(rejection.get());
      String body = "{\"error\":{\"code\":\"authentication_error\",\"details\":\"" + rejection.get() + "\"}}";
      return response.status(401)
          .header(HttpHeaderNames.CONTENT_TYPE, "application/json")
          .sendString(Mono.just(body))
          .then();
    }
    upgradeTimestamps.add(Long.parseLong(timestamp));
    return response.sendWebsocket(this::serve,
        WebsocketServerSpec.builder().handlePing(true).maxFramePayloadLength(4 << 20).build());
  }

  private Mono<Void> serve(WebsocketInbound in, WebsocketOutbound out) {
    FakeConnection connection = new FakeConnection(accepted.incrementAndGet());
    in.withConnection(netty -> connection.netty = netty);
    synchronized (this) {
      connections.add(connection);
    }
    Mono<Void> receive = in.aggregateFrames(4 << 20).receiveFrames()
        .doOnNext(frame -> onFrame(connection, frame))
        .then()
        .doFinally(signal -> {
          synchronized (this) {
            connections.remove(connection);
            connection.out.tryEmitComplete();
          }
        });
    Mono<Void> send = out.sendObject(connection.out.asFlux().map(KalshiWsFake::frame)).then();
    return Mono.when(receive, send).onErrorResume(e -> Mono.empty());
  }

  private static WebSocketFrame frame(Object outgoing) {
    if (outgoing instanceof String text) {
      return new TextWebSocketFrame(text);
    }
    if (outgoing instanceof PongFrame pong) {
      return new PongWebSocketFrame(Unpooled.wrappedBuffer(pong.payload()));
    }
    return new PingWebSocketFrame(Unpooled.wrappedBuffer("heartbeat".getBytes(StandardCharsets.US_ASCII)));
  }

  private void onFrame(FakeConnection connection, WebSocketFrame frame) {
    if (frame instanceof PingWebSocketFrame ping) {
      pingsReceived.incrementAndGet();
      if (answerPings) {
        byte[] payload = ByteBufUtil.getBytes(ping.content());
        synchronized (this) {
          connection.out.tryEmitNext(new PongFrame(payload));
        }
      }
    } else if (frame instanceof PongWebSocketFrame) {
      pongsReceived.incrementAndGet();
    } else if (frame instanceof TextWebSocketFrame || frame instanceof BinaryWebSocketFrame) {
      onCommand(connection, frame.content().toString(StandardCharsets.UTF_8));
    }
  }

  private synchronized void onCommand(FakeConnection connection, String text) {
    JsonNode node;
    try {
      node = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      commands.add(new ReceivedCommand(connection.number, 0, "", MAPPER.missingNode(), text));
      error(connection, 0, 1, "Unable to process message", null);
      return;
    }
    long id = node.path("id").asLong(0);
    String cmd = node.path("cmd").asText("");
    JsonNode params = node.path("params");
    commands.add(new ReceivedCommand(connection.number, id, cmd, params, text));
    if (!answerCommands) {
      return;
    }
    switch (cmd) {
      case "subscribe" -> subscribe(connection, id, params);
      case "unsubscribe" -> unsubscribe(connection, id, params);
      case "update_subscription" -> update(connection, id, params);
      case "list_subscriptions" -> list(connection, id);
      default -> error(connection, id, 5, "Unknown command", null);
    }
  }

  private void subscribe(FakeConnection connection, long id, JsonNode params) {
    if (!params.isObject()) {
      error(connection, id, 2, "Params required", null);
      return;
    }
    JsonNode channels = params.path("channels");
    if (!channels.isArray() || channels.isEmpty()) {
      error(connection, id, 3, "Channels required", null);
      return;
    }
    List<String> names = new ArrayList<>();
    for (JsonNode channel : channels) {
      if (!CHANNELS.contains(channel.asText())) {
        error(connection, id, 8, "Unknown channel name", null);
        return;
      }
      names.add(channel.asText());
    }
    List<String> tickers = tickersOf(params);
    if (names.contains("orderbook_delta") && tickers.isEmpty()) {
      error(connection, id, 14, "Market Ticker required", null);
      return;
    }
    for (String ticker : tickers) {
      if (!markets.containsKey(ticker)) {
        error(connection, id, 16, "Market not found", ticker);
        return;
      }
    }
    boolean useYesPrice = params.path("use_yes_price").asBoolean(false);
    boolean initialSnapshot = params.path("send_initial_snapshot").asBoolean(false);
    for (String name : names) {
      FakeSub sub = connection.sub(name);
      List<String> added = new ArrayList<>();
      if (sub == null) {
        sub = new FakeSub(connection.nextSid++, name, tickers.isEmpty() || name.equals("market_lifecycle_v2")
            ? null : new TreeSet<>(tickers));
        sub.useYesPrice = useYesPrice;
        connection.subs.put(sub.sid, sub);
        added.addAll(tickers);
      } else if (sub.markets != null) {
        for (String ticker : tickers) {
          if (sub.markets.add(ticker)) {
            added.add(ticker);
          }
        }
      }
      ObjectNode ack = MAPPER.createObjectNode();
      ack.put("id", id);
      ack.put("type", "subscribed");
      ObjectNode msg = ack.putObject("msg");
      msg.put("channel", name);
      msg.put("sid", sub.sid);
      write(connection, ack);
      initialData(connection, sub, added, initialSnapshot);
    }
  }

  private void initialData(FakeConnection connection, FakeSub sub, List<String> added, boolean initialSnapshot) {
    if (sub.channel.equals("orderbook_delta")) {
      for (String ticker : added) {
        sendSnapshot(connection, sub, ticker);
      }
    } else if (sub.channel.equals("ticker") && initialSnapshot) {
      Collection<String> which = added.isEmpty() && sub.markets == null ? markets.keySet() : added;
      for (String ticker : which) {
        FakeMarket market = markets.get(ticker);
        if (market != null && market.lastTicker != null) {
          send(connection, sub, "ticker", MAPPER.valueToTree(market.lastTicker));
        }
      }
    }
  }

  private void unsubscribe(FakeConnection connection, long id, JsonNode params) {
    JsonNode sids = params.path("sids");
    if (!sids.isArray() || sids.isEmpty()) {
      error(connection, id, 4, "Subscription IDs required", null);
      return;
    }
    for (JsonNode sid : sids) {
      if (!connection.subs.containsKey(sid.asLong())) {
        error(connection, id, 7, "Unknown subscription ID", null);
        return;
      }
    }
    for (JsonNode sid : sids) {
      FakeSub sub = connection.subs.remove(sid.asLong());
      ObjectNode answer = MAPPER.createObjectNode();
      answer.put("id", id);
      answer.put("sid", sub.sid);
      answer.put("seq", sub.seq);
      answer.put("type", "unsubscribed");
      write(connection, answer);
    }
  }

  private void update(FakeConnection connection, long id, JsonNode params) {
    boolean hasSid = params.has("sid");
    JsonNode sids = params.path("sids");
    if (hasSid == sids.isArray() || (sids.isArray() && sids.size() != 1)) {
      error(connection, id, 12, "Exactly one subscription ID required", null);
      return;
    }
    long sidValue = hasSid ? params.get("sid").asLong() : sids.get(0).asLong();
    FakeSub sub = connection.subs.get(sidValue);
    if (sub == null) {
      error(connection, id, 7, "Unknown subscription ID", null);
      return;
    }
    String action = params.path("action").asText("");
    if (action.isEmpty()) {
      error(connection, id, 15, "Action required", null);
      return;
    }
    if (!Set.of("add_markets", "delete_markets", "get_snapshot").contains(action)
        || (action.equals("get_snapshot") && !sub.channel.equals("orderbook_delta"))) {
      error(connection, id, 13, "Unsupported action", null);
      return;
    }
    List<String> tickers = tickersOf(params);
    if (tickers.isEmpty()) {
      error(connection, id, 14, "Market Ticker required", null);
      return;
    }
    if (!action.equals("delete_markets")) {
      for (String ticker : tickers) {
        if (!markets.containsKey(ticker)) {
          error(connection, id, 16, "Market not found", ticker);
          return;
        }
      }
    }
    List<String> added = new ArrayList<>();
    if (action.equals("add_markets") && sub.markets != null) {
      for (String ticker : tickers) {
        if (sub.markets.add(ticker)) {
          added.add(ticker);
        }
      }
    } else if (action.equals("delete_markets") && sub.markets != null) {
      sub.markets.removeAll(tickers);
    }
    ObjectNode ok = MAPPER.createObjectNode();
    ok.put("id", id);
    ok.put("sid", sub.sid);
    if (SEQUENCED.contains(sub.channel)) {
      ok.put("seq", sub.seq); // the last seq sent; the answer takes no number of its own
    }
    ok.put("type", "ok");
    ArrayNode list = ok.putObject("msg").putArray("market_tickers");
    if (sub.markets != null) {
      sub.markets.forEach(list::add);
    }
    write(connection, ok);
    if (action.equals("add_markets")) {
      initialData(connection, sub, added, params.path("send_initial_snapshot").asBoolean(false));
    } else if (action.equals("get_snapshot")) {
      Runnable snapshots = () -> {
        if (connection.subs.get(sub.sid) == sub && connections.contains(connection)) {
          for (String ticker : tickers) {
            if (markets.containsKey(ticker)) {
              sendSnapshot(connection, sub, ticker);
            }
          }
        }
      };
      if (holdSnapshots) {
        heldSnapshots.add(snapshots);
      } else {
        snapshots.run();
      }
    }
  }

  private void list(FakeConnection connection, long id) {
    ObjectNode ok = MAPPER.createObjectNode();
    ok.put("id", id);
    ok.put("type", "ok");
    ArrayNode list = ok.putArray("msg");
    for (FakeSub sub : connection.subs.values()) {
      ObjectNode entry = list.addObject();
      entry.put("channel", sub.channel);
      entry.put("sid", sub.sid);
    }
    write(connection, ok);
  }

  private void error(FakeConnection connection, long id, int code, String text, @Nullable String ticker) {
    ObjectNode error = MAPPER.createObjectNode();
    error.put("id", id);
    error.put("type", "error");
    ObjectNode msg = error.putObject("msg");
    msg.put("code", code);
    msg.put("msg", text);
    if (ticker != null) {
      msg.put("market_ticker", ticker);
    }
    write(connection, error);
  }

  private void sendSnapshot(FakeConnection connection, FakeSub sub, String ticker) {
    FakeMarket market = market(ticker);
    ObjectNode msg = MAPPER.createObjectNode();
    msg.put("market_ticker", ticker);
    msg.put("market_id", market.id);
    if (!market.yes.isEmpty()) {
      levels(msg.putArray("yes_dollars_fp"), market.yes, false);
    }
    if (!market.no.isEmpty()) {
      levels(msg.putArray("no_dollars_fp"), market.no, sub.useYesPrice);
    }
    send(connection, sub, "orderbook_snapshot", msg);
  }

  private static void levels(ArrayNode out, NavigableMap<Long, Long> levels, boolean inYesPrices) {
    NavigableMap<Long, Long> ordered = new TreeMap<>();
    levels.forEach((micros, size) -> ordered.put(inYesPrices ? Price.MICROS_PER_DOLLAR - micros : micros, size));
    ordered.forEach((micros, size) -> {
      ArrayNode pair = out.addArray();
      pair.add(Price.ofMicros(micros).toDollarString());
      pair.add(Qty.ofHundredths(size).toContractString());
    });
  }

  /** Sends a data message on {@code sub}: the envelope with its sid and, on sequenced channels, the next seq. */
  private void send(FakeConnection connection, FakeSub sub, String type, ObjectNode msg) {
    ObjectNode envelope = MAPPER.createObjectNode();
    envelope.put("type", type);
    envelope.put("sid", sub.sid);
    if (SEQUENCED.contains(sub.channel)) {
      sub.seq += 1 + sub.skip;
      sub.skip = 0;
      envelope.put("seq", sub.seq);
    }
    envelope.set("msg", msg);
    write(connection, envelope);
  }

  private void write(FakeConnection connection, ObjectNode message) {
    try {
      connection.out.tryEmitNext(MAPPER.writeValueAsString(message) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private FakeMarket market(String ticker) {
    FakeMarket market = markets.get(ticker);
    if (market == null) {
      throw new IllegalArgumentException("the fake does not know market " + ticker + "; addMarket or setBook first");
    }
    return market;
  }

  private long nowMs() {
    return clock.nowNs() / 1_000_000L;
  }

  private static Map<String, Object> withTicker(String field, String ticker, Map<String, ?> msg) {
    Map<String, Object> copy = new LinkedHashMap<>();
    copy.put(field, ticker);
    copy.putAll(msg);
    return copy;
  }

  private static List<String> tickersOf(JsonNode params) {
    List<String> tickers = new ArrayList<>();
    params.path("market_tickers").forEach(node -> tickers.add(node.asText()));
    if (params.hasNonNull("market_ticker")) {
      tickers.add(params.get("market_ticker").asText());
    }
    return tickers;
  }

  private static final class FakeMarket {
    final String id;
    final NavigableMap<Long, Long> yes = new TreeMap<>();
    final NavigableMap<Long, Long> no = new TreeMap<>();
    @Nullable Map<String, Object> lastTicker;

    FakeMarket(String ticker) {
      this.id = UUID.nameUUIDFromBytes(ticker.getBytes(StandardCharsets.UTF_8)).toString();
    }
  }

  private static final class FakeConnection {
    final int number;
    final Sinks.Many<Object> out = Sinks.many().unicast().onBackpressureBuffer();
    final Map<Long, FakeSub> subs = new LinkedHashMap<>();
    long nextSid = 1;
    volatile @Nullable Connection netty;

    FakeConnection(int number) {
      this.number = number;
    }

    @Nullable FakeSub sub(String channel) {
      for (FakeSub sub : subs.values()) {
        if (sub.channel.equals(channel)) {
          return sub;
        }
      }
      return null;
    }
  }

  private static final class FakeSub {
    final long sid;
    final String channel;
    final @Nullable TreeSet<String> markets; // null: all markets
    long seq;
    int skip;
    boolean useYesPrice;

    FakeSub(long sid, String channel, @Nullable TreeSet<String> markets) {
      this.sid = sid;
      this.channel = channel;
      this.markets = markets;
    }

    boolean covers(String ticker) {
      return markets == null || markets.contains(ticker);
    }
  }

  private record PongFrame(byte[] payload) {}

  private record PingFrame() {}
}
