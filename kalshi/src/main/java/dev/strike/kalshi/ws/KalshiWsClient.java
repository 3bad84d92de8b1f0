package dev.strike.kalshi.ws;

import dev.strike.common.id.MarketTicker;
import dev.strike.common.kafka.ErrorClassifier;
import dev.strike.common.kafka.ErrorClassifier.TransientFailure;
import dev.strike.common.time.Clock;
import dev.strike.kalshi.auth.AuthHeaders;
import dev.strike.kalshi.auth.KalshiSigner;
import dev.strike.kalshi.ws.core.ReconnectBackoff;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * The Kalshi WebSocket v2 client (kalshi-api.md §8) on Reactor Netty: one authenticated connection carrying every
 * subscription, presented to the caller as one continuous, typed feed.
 *
 * <ul>
 *   <li><b>Connection.</b> The upgrade ({@code GET} on the configured URL's path) carries the three
 *       {@code KALSHI-ACCESS-*} headers, signed afresh for every attempt. The client answers server Pings with
 *       Pongs, sends its own Ping every {@code pingInterval}, and treats a connection that delivers no frame at all
 *       for {@code idleTimeout} as dead. Lost connections are replaced after a capped exponential backoff with
 *       jitter; every subscription the server had acknowledged is then sent again (sids change per connection) and
 *       {@link Resubscribed} reports the new sids.
 *   <li><b>Commands.</b> {@link #subscribe}, {@link #unsubscribe}, {@link #updateSubscription} and
 *       {@link #listSubscriptions} each return a {@code Mono} of a typed outcome: accepted, or
 *       {@link CommandRejected} with the venue's typed error code. Command ids start at 1 on each connection.
 *       Commands issued while disconnected wait (up to {@code commandTimeout}) and are sent once the connection is
 *       up and resubscribed; a command in flight when the connection drops fails with
 *       {@link TransientFailure} (retry it), as does one that is not answered in time.
 *   <li><b>Order books.</b> {@code orderbook_delta} is always subscribed with {@code use_yes_price: false}, so NO
 *       levels are in NO prices, as {@code BookSnapshot}/{@code BookDelta} hold them. A pure
 *       {@link dev.strike.kalshi.ws.core.BookSequencer} checks the per-sid {@code seq}: on a gap, a delta before its
 *       market's snapshot, an unreadable book message or a lost connection, the affected markets get a
 *       {@code BookGap}, their deltas are dropped (counted) and fresh snapshots are requested with
 *       {@code update_subscription get_snapshot}; a market resumes only from its new snapshot.
 * </ul>
 *
 * <p>The feed: {@link #events()}. Subscribing to it opens the connection (and keeps reconnecting); cancelling closes
 * it; only one subscriber at a time. It applies backpressure to the socket: a slow consumer slows reading, and one
 * that stalls longer than {@code idleTimeout} loses the connection (and resynchronises after reconnecting) rather
 * than growing an unbounded buffer. Times: {@code tsInit} of every event comes from the injected {@link Clock};
 * the signer takes its timestamps from its own clock. Thread-safe: commands may be issued from any thread.
 */
public final class KalshiWsClient implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(KalshiWsClient.class);
  private static final byte[] PING_PAYLOAD = "strike".getBytes(StandardCharsets.US_ASCII);

  private final KalshiWsConfig config;
  private final KalshiSigner signer;
  private final Clock clock;
  private final DoubleSupplier random;
  private final ReconnectBackoff backoff;
  private final HttpClient http;
  private final ConcurrentLinkedQueue<PendingCommand> submitted = new ConcurrentLinkedQueue<>();
  private final KalshiWsSession session = new KalshiWsSession(submitted);
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicInteger connectionNumber = new AtomicInteger();
  private volatile Sinks.@Nullable Many<SessionInput> control;
  private volatile boolean closed;
  // read and written only by the connection loop, one attempt after the other
  private volatile int consecutiveFailures;
  private volatile Duration nextDelay = Duration.ZERO;

  /**
   * A client; nothing connects until {@link #events()} is subscribed.
   *
   * @param config where and how to connect
   * @param signer signs the upgrade request (its clock gives the {@code KALSHI-ACCESS-TIMESTAMP})
   * @param clock gives {@code tsInit} of every event
   */
  public KalshiWsClient(KalshiWsConfig config, KalshiSigner signer, Clock clock) {
    this(config, signer, clock, () -> ThreadLocalRandom.current().nextDouble());
  }

  /** A client whose backoff jitter comes from {@code random} (uniform in [0, 1)), for tests. */
  public KalshiWsClient(KalshiWsConfig config, KalshiSigner signer, Clock clock, DoubleSupplier random) {
    this.config = Objects.requireNonNull(config, "config");
    this.signer = Objects.requireNonNull(signer, "signer");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.backoff = config.backoff();
    this.http = HttpClient.create()
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
            config.connectTimeout().toMillis()));
  }

  /**
   * The feed: market data, typed channel messages, connection changes and undecodable input, in wire order (see
   * {@link KalshiWsEvent}). Subscribing connects; the feed never errors on network trouble (it reconnects and
   * reports it) and completes after {@link #close()}. At most one subscriber at a time (a second gets an
   * {@link IllegalStateException}); re-subscribing after a cancel reconnects and resubscribes.
   */
  public Flux<KalshiWsEvent> events() {
    return Flux.defer(() -> {
      if (closed) {
        return Flux.error(new IllegalStateException("kalshi-ws client is closed"));
      }
      if (!running.compareAndSet(false, true)) {
        return Flux.error(new IllegalStateException("the kalshi-ws feed already has a subscriber"));
      }
      Sinks.Many<SessionInput> controlSink = Sinks.many().unicast().onBackpressureBuffer();
      control = controlSink;
      nextDelay = Duration.ZERO;
      Flux<SessionInput> connections = Flux.defer(() -> Mono.delay(nextDelay).thenMany(attempt())).repeat();
      return Flux.merge(controlSink.asFlux().startWith(SessionInput.WAKE), connections)
          .takeUntil(input -> input instanceof SessionInput.CloseRequested)
          .concatMapIterable(session::on)
          .doFinally(signal -> {
            control = null;
            session.onTerminated();
            running.set(false);
          });
    });
  }

  /** Subscribes channels for markets; the subscription is kept for reconnects once acknowledged. */
  public Mono<SubscribeOutcome> subscribe(SubscribeRequest request) {
    Objects.requireNonNull(request, "request");
    return command("subscribe", sink -> new PendingCommand.CallerSubscribe(request, sink));
  }

  /** Ends the subscriptions of {@code channels} (by their current sids) and stops keeping them. */
  public Mono<UnsubscribeOutcome> unsubscribe(Channel first, Channel... more) {
    Set<Channel> channels = EnumSet.of(first, more);
    return command("unsubscribe", sink -> new PendingCommand.CallerUnsubscribe(channels, sink));
  }

  /**
   * Changes the subscription of {@code channel}: add or delete markets (kept for reconnects), or ask for fresh
   * order-book snapshots ({@link UpdateAction#GET_SNAPSHOT}, {@code orderbook_delta} only).
   */
  public Mono<UpdateOutcome> updateSubscription(Channel channel, UpdateAction action,
      Collection<MarketTicker> markets) {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(action, "action");
    List<MarketTicker> list = List.copyOf(markets);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("update_subscription needs at least one market");
    }
    return command("update_subscription " + action.wireName(),
        sink -> new PendingCommand.CallerUpdate(channel, action, list, sink));
  }

  /** Fresh order-book snapshots of {@code markets} ({@code get_snapshot} on the {@code orderbook_delta} sid). */
  public Mono<UpdateOutcome> requestSnapshots(Collection<MarketTicker> markets) {
    return updateSubscription(Channel.ORDERBOOK_DELTA, UpdateAction.GET_SNAPSHOT, markets);
  }

  /** The server's list of this connection's subscriptions. */
  public Mono<ListOutcome> listSubscriptions() {
    return command("list_subscriptions", PendingCommand.CallerList::new);
  }

  /** Counts since creation. */
  public FeedCounters counters() {
    return session.counters();
  }

  /**
   * Closes the feed: the connection is closed, live books get a {@code BookGap}, {@link Disconnected} is emitted and
   * the feed completes. Commands not yet answered fail. Idempotent.
   */
  @Override
  public void close() {
    closed = true;
    Sinks.Many<SessionInput> sink = control;
    if (sink != null) {
      emit(sink, new SessionInput.CloseRequested(clock.nowNs()));
    } else {
      PendingCommand pending;
      while ((pending = submitted.poll()) != null) {
        pending.fail(new IllegalStateException("kalshi-ws client is closed"));
      }
    }
  }

  private <R> Mono<R> command(String what, Function<MonoSink<R>, PendingCommand> factory) {
    Duration timeout = config.commandTimeout();
    return Mono.<R>create(sink -> {
          if (closed) {
            sink.error(new IllegalStateException("kalshi-ws client is closed"));
            return;
          }
          PendingCommand pending = factory.apply(sink);
          sink.onCancel(pending::cancel);
          submitted.add(pending);
          Sinks.Many<SessionInput> control = this.control;
          if (control != null) {
            emit(control, SessionInput.WAKE);
          }
        })
        .timeout(timeout)
        .onErrorMap(TimeoutException.class,
            e -> new TransientFailure("kalshi-ws: no answer to " + what + " within " + timeout, e));
  }

  private static void emit(Sinks.Many<SessionInput> sink, SessionInput input) {
    // several caller threads may emit at once; the loser of the race retries (nothing else can fail it but the end
    // of the feed, and then the input has no one left to tell)
    while (sink.tryEmitNext(input) == Sinks.EmitResult.FAIL_NON_SERIALIZED) {
      Thread.onSpinWait();
    }
  }

  /** One connection attempt: its inputs, ending with {@code Lost} or {@code AttemptFailed}. */
  private Flux<SessionInput> attempt() {
    Attempt attempt = new Attempt();
    String path = config.url().getRawPath();
    return Flux.defer(() -> {
          AuthHeaders auth = signer.sign("GET", path); // a fresh timestamp for every (re)connect
          return http
              .headers(headers -> headers
                  .set(AuthHeaders.KEY, auth.keyId())
                  .set(AuthHeaders.TIMESTAMP, Long.toString(auth.timestampMs()))
                  .set(AuthHeaders.SIGNATURE, auth.signature()))
              .websocket(WebsocketClientSpec.builder()
                  .handlePing(true) // pings reach us: they count as liveness, and we answer them ourselves
                  .maxFramePayloadLength(config.maxFramePayloadBytes())
                  .build())
              .uri(config.url())
              .handle((in, out) -> connected(in, out, attempt));
        })
        .concatWith(Mono.fromCallable(() -> ended(attempt, "the server closed the connection")))
        .onErrorResume(error -> Mono.fromCallable(() -> ended(attempt, describe(error))));
  }

  private Publisher<SessionInput> connected(WebsocketInbound in, WebsocketOutbound out, Attempt attempt) {
    attempt.connection = connectionNumber.incrementAndGet();
    attempt.openedAtNanos = System.nanoTime();
    Sinks.Many<Outgoing> outgoing = Sinks.many().unicast().onBackpressureBuffer();
    Sinks.Empty<Void> inboundDone = Sinks.empty();
    Flux<WebSocketFrame> pings = Flux.interval(config.pingInterval(), config.pingInterval())
        .onBackpressureDrop()
        .map(tick -> new PingWebSocketFrame(Unpooled.wrappedBuffer(PING_PAYLOAD)));
    Flux<WebSocketFrame> frames = Flux.merge(outgoing.asFlux().map(KalshiWsClient::frame), pings)
        .takeUntilOther(inboundDone.asMono());
    // Liveness: a watchdog looks at the time of the last frame a few times per idle timeout. (A timeout() operator
    // would re-arm a timer on every frame, which showed up as the largest single cost at 100k+ frames/s.)
    attempt.lastFrameNanos = System.nanoTime();
    Sinks.Empty<Void> rawDone = Sinks.empty();
    // Frames are copied out (input) before the merge: Reactor Netty releases a frame's buffer when onNext returns,
    // and the merge may queue.
    Flux<SessionInput> rawFrames = in.aggregateFrames(config.maxFramePayloadBytes())
        .receiveFrames()
        .doOnNext(frame -> attempt.lastFrameNanos = System.nanoTime())
        .mapNotNull(this::input)
        .doFinally(signal -> rawDone.tryEmitEmpty());
    long idleNanos = config.idleTimeout().toNanos();
    Duration check = Duration.ofNanos(Math.max(idleNanos / 4, Duration.ofMillis(20).toNanos()));
    Flux<SessionInput> idle = Flux.interval(check, check)
        .takeUntilOther(rawDone.asMono())
        .filter(tick -> System.nanoTime() - attempt.lastFrameNanos > idleNanos)
        .take(1)
        .flatMap(tick -> Mono.<SessionInput>error(new TimeoutException("no frame received for " + config.idleTimeout())));
    Flux<SessionInput> received = rawFrames.mergeWith(idle)
        .doFinally(signal -> inboundDone.tryEmitEmpty());
    log.info("kalshi-ws connection {} open to {}", attempt.connection, config.url());
    return Flux.concat(Mono.just(new SessionInput.Opened(attempt.connection, outgoing, clock.nowNs())), received)
        .mergeWith(out.sendObject(frames).then().thenMany(Flux.<SessionInput>empty()));
  }

  private @Nullable SessionInput input(WebSocketFrame frame) {
    if (frame instanceof TextWebSocketFrame || frame instanceof BinaryWebSocketFrame) {
      return new SessionInput.Frame(ByteBufUtil.getBytes(frame.content()), clock.nowNs());
    }
    if (frame instanceof PingWebSocketFrame) {
      return new SessionInput.PingReceived(ByteBufUtil.getBytes(frame.content()));
    }
    return null; // Pong (liveness only, counted by the idle timeout above) and Close (Netty handles it)
  }

  private static WebSocketFrame frame(Outgoing outgoing) {
    if (outgoing instanceof Outgoing.Text text) {
      return new TextWebSocketFrame(text.json());
    }
    return new PongWebSocketFrame(Unpooled.wrappedBuffer(((Outgoing.Pong) outgoing).payload()));
  }

  /** The input that ends an attempt, and the delay before the next one. */
  private SessionInput ended(Attempt attempt, String reason) {
    if (attempt.connection > 0) {
      Duration up = Duration.ofNanos(System.nanoTime() - attempt.openedAtNanos);
      if (up.compareTo(config.stableAfter()) >= 0) {
        consecutiveFailures = 0;
      }
      nextDelay = backoff.delay(consecutiveFailures++, random.getAsDouble());
      log.info("kalshi-ws connection {} lost after {}: {}; reconnecting in {}", attempt.connection, up, reason,
          nextDelay);
      return new SessionInput.Lost(attempt.connection, reason, nextDelay, clock.nowNs());
    }
    nextDelay = backoff.delay(consecutiveFailures++, random.getAsDouble());
    log.warn("kalshi-ws connect attempt {} failed: {}; retrying in {}", consecutiveFailures, reason, nextDelay);
    return new SessionInput.AttemptFailed(consecutiveFailures, reason, nextDelay, clock.nowNs());
  }

  private String describe(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof WebSocketClientHandshakeException handshake) {
        return handshake.response() == null ? "upgrade refused: " + handshake.getMessage()
            : "upgrade refused: HTTP " + handshake.response().status();
      }
      if (t instanceof TimeoutException) {
        return "no frame received for " + config.idleTimeout();
      }
    }
    return ErrorClassifier.describe(error);
  }

  /** The state of one connection attempt. */
  private static final class Attempt {
    volatile int connection;
    volatile long openedAtNanos;
    volatile long lastFrameNanos;
  }
}
