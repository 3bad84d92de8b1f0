package dev.strike.ingest.spot.shell;

import dev.strike.common.error.ErrorKind;
import dev.strike.common.event.SpotTick;
import dev.strike.common.id.SourceId;
import dev.strike.common.kafka.ErrorClassifier;
import dev.strike.common.ops.Health;
import dev.strike.common.time.Clock;
import dev.strike.ingest.spot.core.AssetView;
import dev.strike.ingest.spot.core.FeedAssessment;
import dev.strike.ingest.spot.core.FeedMessage;
import dev.strike.ingest.spot.core.FeedPhase;
import dev.strike.ingest.spot.core.FeedState;
import dev.strike.ingest.spot.core.FeedStep;
import dev.strike.ingest.spot.core.SpotProtocol;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * One exchange's spot trade feed: connects to its WebSocket, subscribes to the configured assets, turns trade prints
 * into {@link SpotTick}s ({@code tsInit} from the injected {@link Clock} when the frame arrived) and publishes them;
 * sends keep-alives where the exchange needs them, closes a connection that stays silent for
 * {@code idleTimeout}, and reconnects with capped exponential backoff and jitter, resubscribing each time. A frame
 * it cannot read goes to {@code dlq} and the feed goes on; a message of an unknown type is logged once per type.
 *
 * <p>Threading: frames are copied off the Netty event loop at once and handled on the feed's own {@link Scheduler}
 * (one thread: the single writer of the feed's {@link FeedState}); Kafka sends are issued there in frame order and
 * complete on the producer's thread. {@link #state}, {@link #assess} and {@link #health} may be called from any
 * thread.
 */
public final class SpotFeed implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(SpotFeed.class);

  /** The largest frame accepted, after aggregating continuation frames. */
  static final int MAX_FRAME_BYTES = 1 << 20;

  private static final int PREFETCH = 256;
  private static final int MAX_REPORTED_TYPES = 256; // bounds memory if an exchange invents types without end
  private static final int MAX_IN_FLIGHT = 1024;

  private final SpotProtocol protocol;
  private final URI url;
  private final FeedOptions options;
  private final SpotPublisher publisher;
  private final Clock clock;
  private final Scheduler scheduler;
  private final String name;
  private final SourceId source;
  private final HttpClient client;
  private final FeedMetrics metrics;
  private final Set<String> reportedUnknown = ConcurrentHashMap.newKeySet();
  private volatile FeedState state;
  private volatile boolean stopped;

  /**
   * A feed, not yet running.
   *
   * @param protocol the exchange's wire format and the assets to subscribe to
   * @param url the exchange's WebSocket URL ({@code wss://}, or {@code ws://} for local test servers)
   * @param publisher where ticks and dead letters go
   * @param clock stamps {@code tsInit} and measures ages
   * @param meters where the feed's meters are registered (removed again by {@link #close})
   * @param scheduler the feed's single-threaded scheduler: frame handling, timers, backoff
   */
  public SpotFeed(SpotProtocol protocol, URI url, FeedOptions options, SpotPublisher publisher, Clock clock,
      MeterRegistry meters, Scheduler scheduler) {
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.url = Objects.requireNonNull(url, "url");
    this.options = Objects.requireNonNull(options, "options");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.name = protocol.exchange().id();
    this.source = protocol.exchange().source();
    this.state = FeedState.start(source, protocol.assets(), clock.nowNs());
    this.metrics = new FeedMetrics(name, protocol.assets(), meters, this::assess);
    HttpClient http = HttpClient.newConnection()
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE,
            options.connectTimeout().toMillis()));
    this.client = "wss".equalsIgnoreCase(url.getScheme()) ? http.secure() : http;
  }

  /** The feed's source id, e.g. {@code coinbase}. */
  public SourceId source() {
    return source;
  }

  /** The current state (an immutable snapshot). */
  public FeedState state() {
    return state;
  }

  /** The feed's health now, by the injected clock. */
  public FeedAssessment assess() {
    FeedState current = stopped ? state.onStopped() : state;
    return current.assess(clock.nowNs(), options.staleAfter().toNanos());
  }

  /**
   * The feed as a health component: up when connected and every asset fresh, degraded when reconnecting or an
   * asset is stale or refused, down when never connected, given up or stopped. Details: {@code state} (one line),
   * {@code url}, {@code phase}, {@code connections}, {@code consecutiveFailures}, {@code lastMessageAgeMs},
   * {@code lastProblem}, and per asset {@code ageMs.<A>}, {@code stale.<A>}, {@code subscription.<A>},
   * {@code lastPrice.<A>}.
   */
  public Health health() {
    FeedAssessment assessment = assess();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("state", assessment.summary());
    details.put("url", url.toString());
    details.put("phase", lower(assessment.phase()));
    details.put("connections", assessment.connections());
    details.put("consecutiveFailures", assessment.consecutiveFailures());
    details.put("lastMessageAgeMs", assessment.messageAgeNs() / 1_000_000L);
    if (!assessment.lastProblem().isEmpty()) {
      details.put("lastProblem", assessment.lastProblem());
    }
    for (AssetView view : assessment.assets()) {
      String asset = view.asset().symbol();
      details.put("ageMs." + asset, view.tickAgeNs() / 1_000_000L);
      details.put("stale." + asset, view.stale());
      details.put("subscription." + asset, lower(view.subscription()));
      if (view.lastPrice() != null) {
        details.put("lastPrice." + asset, view.lastPrice().toPlainString());
      }
    }
    return switch (assessment.condition()) {
      case UP -> Health.up(details);
      case DEGRADED -> Health.degraded(details);
      case DOWN -> Health.down(details);
    };
  }

  /**
   * Runs the feed: connects, and reconnects after every lost or failed connection until it is cancelled (the
   * Mono's subscription is disposed), {@link #stop}ped or gives up. Completes after giving up (the state says
   * {@link FeedPhase#GAVE_UP}); fails only on a broken invariant. Subscribe once.
   */
  public Mono<Void> run() {
    return Mono.defer(this::connection)
        .onErrorResume(this::afterConnection)
        .repeat(() -> !stopped && state.phase() != FeedPhase.GAVE_UP)
        .then()
        .doFinally(signal -> {
          if (state.phase() != FeedPhase.GAVE_UP) {
            state = state.onStopped();
          }
        });
  }

  /** Asks the feed to stop: it reports stopped and does not reconnect; cancel {@link #run} to close the socket. */
  public void stop() {
    stopped = true;
  }

  /** Stops the feed and removes its meters. */
  @Override
  public void close() {
    stop();
    metrics.close();
  }

  /** One connection, from opening to its end; always ends with an error that says why. */
  private Mono<Void> connection() {
    AtomicReference<WebSocketCloseStatus> closeStatus = new AtomicReference<>();
    Flux<Inbound> timedOut = Flux.error(new ConnectionProblem("could not connect within "
        + seconds(options.connectTimeout()), true));
    return client
        .websocket(WebsocketClientSpec.builder().maxFramePayloadLength(MAX_FRAME_BYTES).build())
        .uri(url)
        .handle((in, out) -> session(in, out, closeStatus))
        .timeout(Mono.delay(options.connectTimeout(), scheduler), first -> Mono.never(), timedOut)
        .publishOn(scheduler, PREFETCH)
        .concatMapIterable(this::onInbound)
        .flatMap(output -> output, MAX_IN_FLIGHT)
        .then(Mono.error(() -> new ConnectionProblem(closedText(closeStatus.get()), true)));
  }

  private Publisher<Inbound> session(WebsocketInbound in, WebsocketOutbound out,
      AtomicReference<WebSocketCloseStatus> closeStatus) {
    in.receiveCloseStatus().subscribe(closeStatus::set);
    Sinks.One<Boolean> ended = Sinks.one();
    Flux<Inbound> frames = in.aggregateFrames(MAX_FRAME_BYTES).receiveFrames()
        .map(frame -> Inbound.of(frame, clock.nowNs())) // copies the bytes: the frame is released after this
        .timeout(options.idleTimeout(), Flux.error(new ConnectionProblem("no frame for "
            + seconds(options.idleTimeout()), true)), scheduler)
        .doFinally(signal -> ended.tryEmitValue(Boolean.TRUE));
    Flux<String> outgoing = Flux.concat(Flux.fromIterable(protocol.subscribeMessages()), keepAlives())
        .takeUntilOther(ended.asMono());
    Mono<Inbound> sent = out.sendString(outgoing, StandardCharsets.UTF_8).then().then(Mono.empty());
    return Flux.merge(Flux.concat(Mono.fromSupplier(() -> (Inbound) new Inbound.Opened(clock.nowNs())), frames),
        sent);
  }

  private Flux<String> keepAlives() {
    if (protocol.keepAlive(1).isEmpty()) {
      return Flux.empty();
    }
    return Flux.interval(options.pingInterval(), options.pingInterval(), scheduler)
        .map(tick -> protocol.keepAlive(tick + 1).orElseThrow());
  }

  /** Handles one inbound signal on the feed's thread; returns the sends it calls for, not yet subscribed. */
  private List<Mono<Void>> onInbound(Inbound inbound) {
    if (inbound instanceof Inbound.Opened opened) {
      state = state.onConnected(opened.receivedNs());
      log.info("{}: connected to {}, subscribing to {}", name, url, protocol.assets());
      return List.of();
    }
    metrics.message();
    state = state.onFrame(inbound.receivedNs());
    if (inbound instanceof Inbound.Binary binary) {
      return List.of(malformed(binary.bytes(), "binary frame; the exchange sends JSON text", binary.receivedNs()));
    }
    if (!(inbound instanceof Inbound.Text text)) {
      return List.of(); // a pong or other control frame: proof of life only
    }
    FeedMessage message = protocol.parse(text.text());
    if (message instanceof FeedMessage.Trades trades) {
      FeedStep step = state.onTrades(trades.prints(), text.receivedNs());
      state = step.state();
      metrics.duplicates(step.duplicates());
      List<Mono<Void>> sends = new ArrayList<>(step.ticks().size());
      for (SpotTick tick : step.ticks()) {
        sends.add(publish(tick));
      }
      return sends;
    }
    if (message instanceof FeedMessage.Malformed bad) {
      return List.of(malformed(text.text().getBytes(StandardCharsets.UTF_8), bad.reason(), text.receivedNs()));
    }
    onControl(message);
    return List.of();
  }

  private void onControl(FeedMessage message) {
    if (message instanceof FeedMessage.Subscribed subscribed) {
      state = state.onSubscribed(subscribed.assets());
      log.info("{}: subscribed to {}", name, subscribed.assets());
    } else if (message instanceof FeedMessage.SubscriptionRejected rejected) {
      state = state.onRejected(rejected.asset(), rejected.reason());
      metrics.rejection();
      log.warn("{}: subscription{} refused: {}", name,
          rejected.asset() == null ? "" : " to " + rejected.asset(), rejected.reason());
    } else if (message instanceof FeedMessage.ExchangeError error) {
      state = state.onProblem("exchange error: " + error.message());
      log.warn("{}: exchange error: {}", name, error.message());
    } else if (message instanceof FeedMessage.ReconnectRequested requested) {
      throw new ConnectionProblem(requested.reason(), false);
    } else if (message instanceof FeedMessage.Notice notice) {
      log.info("{}: {}", name, notice.text());
    } else if (message instanceof FeedMessage.Unknown unknown) {
      metrics.unknown();
      if (reportedUnknown.size() < MAX_REPORTED_TYPES && reportedUnknown.add(unknown.type())) {
        log.info("{}: ignoring messages of unknown type '{}' (logged once per type)", name, unknown.type());
      }
    } else if (message instanceof FeedMessage.Ignored ignored) {
      log.debug("{}: ignoring {}", name, ignored.type());
    } else if (!(message instanceof FeedMessage.Heartbeat)) {
      throw new IllegalStateException("unhandled feed message " + message);
    }
  }

  private Mono<Void> publish(SpotTick tick) {
    return publisher.publish(tick)
        .doOnSuccess(ignored -> metrics.tick(tick.asset()))
        .onErrorResume(error -> {
          metrics.publishFailure();
          log.warn("{}: could not publish a {} tick: {}", name, tick.asset(), ErrorClassifier.describe(error));
          return Mono.empty();
        });
  }

  private Mono<Void> malformed(byte[] raw, String reason, long receivedNs) {
    metrics.malformed();
    return publisher.deadLetter(source, raw, reason, receivedNs)
        .onErrorResume(error -> {
          metrics.publishFailure();
          log.warn("{}: could not dead-letter a malformed frame ({}): {}", name, reason,
              ErrorClassifier.describe(error));
          return Mono.empty();
        });
  }

  /** Decides what follows a connection's end: a delayed reconnect, giving up, or (broken invariant) failing. */
  private Mono<Void> afterConnection(Throwable error) {
    if (stopped) {
      return Mono.empty();
    }
    Throwable cause = ErrorClassifier.unwrap(error);
    if (ErrorClassifier.classify(cause) == ErrorKind.INVARIANT) {
      log.error("{}: stopping on a broken invariant", name, cause);
      return Mono.error(error);
    }
    boolean failure = !(cause instanceof ConnectionProblem problem) || problem.failure();
    String why = cause instanceof ConnectionProblem ? cause.getMessage() : ErrorClassifier.describe(cause);
    FeedState next = state.onDisconnected(why, failure);
    if (options.reconnect().givesUp(next.consecutiveFailures())) {
      state = next.onGaveUp();
      log.error("{}: giving up after {} consecutive failures; last: {}", name, next.consecutiveFailures(), why);
      return Mono.empty();
    }
    state = next;
    long delayNs = options.reconnect().delayNs(next.consecutiveFailures(), ThreadLocalRandom.current().nextDouble());
    metrics.reconnect();
    log.warn("{}: {}; reconnecting in {} ms (consecutive failures: {})", name, why, delayNs / 1_000_000L,
        next.consecutiveFailures());
    return Mono.delay(Duration.ofNanos(delayNs), scheduler).then();
  }

  private static String closedText(WebSocketCloseStatus status) {
    return status == null ? "the exchange closed the connection"
        : "the exchange closed the connection (" + status.code() + " " + status.reasonText() + ")";
  }

  private static String seconds(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** What arrives from one connection, already copied off Netty's buffers. */
  private sealed interface Inbound {
    long receivedNs();

    /** The connection opened. */
    record Opened(long receivedNs) implements Inbound {}

    /** A text frame. */
    record Text(String text, long receivedNs) implements Inbound {}

    /** A binary frame (the exchanges here never send one). */
    record Binary(byte[] bytes, long receivedNs) implements Inbound {}

    /** A control frame (pong). */
    record Control(long receivedNs) implements Inbound {}

    static Inbound of(WebSocketFrame frame, long receivedNs) {
      if (frame instanceof TextWebSocketFrame text) {
        return new Text(text.text(), receivedNs);
      }
      if (frame instanceof BinaryWebSocketFrame binary) {
        return new Binary(ByteBufUtil.getBytes(binary.content()), receivedNs);
      }
      return new Control(receivedNs);
    }
  }

  /** Why a connection ended, when it was not an IO error. Stackless: it is an outcome, not a bug. */
  private static final class ConnectionProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean failure;

    ConnectionProblem(String message, boolean failure) {
      super(message, null, false, false);
      this.failure = failure;
    }

    /** Whether it counts toward giving up. */
    boolean failure() {
      return failure;
    }
  }
}
