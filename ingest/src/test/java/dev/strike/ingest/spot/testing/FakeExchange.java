package dev.strike.ingest.spot.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.json.StrikeJson;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.Connection;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * A WebSocket server on 127.0.0.1 that speaks one exchange's protocol from a {@link Script}: it answers
 * subscriptions and pings as the exchange does, and the test pushes trades, bad frames or drops the connection.
 */
public final class FakeExchange implements AutoCloseable {
  /** How the exchange answers; replies go to the connection that sent the message. */
  public interface Script {
    /** Frames sent as soon as a client connects. */
    default List<String> onOpen() {
      return List.of();
    }

    /** Frames answering one client message. */
    List<String> onMessage(JsonNode message);
  }

  private final Script script;
  private final String path;
  private final DisposableServer server;
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final List<Session> sessions = new CopyOnWriteArrayList<>();
  private volatile boolean answering = true;

  private FakeExchange(Script script, String path) {
    this.script = script;
    this.path = path;
    this.server = HttpServer.create().host("127.0.0.1").port(0)
        .route(routes -> routes.ws(path, this::session))
        .bindNow(Duration.ofSeconds(10));
  }

  /** A server answering with {@code script} at {@code path} (e.g. {@code /} or {@code /v2}). */
  public static FakeExchange start(Script script, String path) {
    return new FakeExchange(script, path);
  }

  /** {@code ws://127.0.0.1:<port><path>}. */
  public String url() {
    return "ws://127.0.0.1:" + server.port() + path;
  }

  /** Connections accepted so far. */
  public int connections() {
    return sessions.size();
  }

  /** Every text message clients sent, in arrival order. */
  public List<String> received() {
    return List.copyOf(received);
  }

  /** The messages clients sent for which {@code test} holds. */
  public List<String> received(java.util.function.Predicate<String> test) {
    return received.stream().filter(test).toList();
  }

  /** Stops answering client messages (and stops sending anything on its own). */
  public void goSilent() {
    answering = false;
  }

  /** Answers client messages again (after {@link #goSilent}). */
  public void answerAgain() {
    answering = true;
  }

  /** Sends text frames to the latest connection. */
  public void push(String... frames) {
    for (String frame : frames) {
      latest().send(new TextWebSocketFrame(frame));
    }
  }

  /** Sends a binary frame to the latest connection. */
  public void pushBinary(byte[] bytes) {
    latest().send(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(bytes)));
  }

  /** Cuts the latest connection without a close frame, as a network failure would. */
  public void dropConnection() {
    Connection connection = latest().connection.get();
    if (connection != null) {
      connection.dispose();
    }
  }

  @Override
  public void close() {
    server.disposeNow(Duration.ofSeconds(5));
  }

  private Session latest() {
    if (sessions.isEmpty()) {
      throw new IllegalStateException("no client connected yet");
    }
    return sessions.get(sessions.size() - 1);
  }

  private Mono<Void> session(WebsocketInbound in, WebsocketOutbound out) {
    Session session = new Session();
    in.withConnection(session.connection::set);
    sessions.add(session);
    if (answering) {
      script.onOpen().forEach(frame -> session.send(new TextWebSocketFrame(frame)));
    }
    Mono<Void> inbound = in.aggregateFrames().receiveFrames()
        .ofType(TextWebSocketFrame.class)
        .map(TextWebSocketFrame::text)
        .doOnNext(text -> {
          received.add(text);
          if (answering) {
            for (String reply : script.onMessage(parse(text))) {
              session.send(new TextWebSocketFrame(reply));
            }
          }
        })
        .then()
        .doFinally(signal -> session.outbound.tryEmitComplete());
    return Mono.when(out.sendObject(session.outbound.asFlux()).then(), inbound).onErrorResume(e -> Mono.empty());
  }

  private static JsonNode parse(String text) {
    try {
      return StrikeJson.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the client sent something that is not JSON: " + text, e);
    }
  }

  private static final class Session {
    final Sinks.Many<WebSocketFrame> outbound = Sinks.many().unicast().onBackpressureBuffer();
    final AtomicReference<Connection> connection = new AtomicReference<>();

    void send(WebSocketFrame frame) {
      outbound.emitNext(frame, Sinks.EmitFailureHandler.busyLooping(Duration.ofSeconds(2)));
    }
  }

  /** Coinbase: acks a subscribe with the subscribed channels, optionally sending a last_match per product. */
  public static Script coinbase(String... lastMatches) {
    return message -> {
      if (!"subscribe".equals(message.path("type").asText())) {
        return List.of();
      }
      String products = message.get("product_ids").toString();
      List<String> replies = new ArrayList<>();
      replies.add("{\"type\":\"subscriptions\",\"channels\":[{\"name\":\"matches\",\"product_ids\":" + products
          + "},{\"name\":\"heartbeat\",\"product_ids\":" + products + "}]}");
      replies.addAll(List.of(lastMatches));
      return replies;
    };
  }

  /** Kraken v2: status on open, an ack per symbol (or a refusal for {@code refused}), pong for ping. */
  public static Script kraken(Set<String> refused, String... snapshot) {
    return new Script() {
      @Override
      public List<String> onOpen() {
        return List.of(ExchangeSamples.KRAKEN_STATUS);
      }

      @Override
      public List<String> onMessage(JsonNode message) {
        String method = message.path("method").asText();
        if (method.equals("ping")) {
          return List.of(ExchangeSamples.krakenPong(message.path("req_id").asLong()));
        }
        if (!method.equals("subscribe")) {
          return List.of();
        }
        List<String> replies = new ArrayList<>();
        for (JsonNode symbol : message.at("/params/symbol")) {
          replies.add(refused.contains(symbol.asText()) ? ExchangeSamples.krakenRefusal(symbol.asText())
              : ExchangeSamples.krakenAck(symbol.asText()));
        }
        replies.addAll(List.of(snapshot));
        return replies;
      }
    };
  }

  /** Bitstamp: an ack per channel subscribed, an answer to each heartbeat. */
  public static Script bitstamp() {
    return message -> switch (message.path("event").asText()) {
      case "bts:subscribe" -> List.of(ExchangeSamples.bitstampAck(message.at("/data/channel").asText()));
      case "bts:heartbeat" -> List.of(ExchangeSamples.BITSTAMP_HEARTBEAT);
      default -> List.of();
    };
  }
}
