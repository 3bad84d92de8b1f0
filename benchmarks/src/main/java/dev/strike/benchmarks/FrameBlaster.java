package dev.strike.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.json.StrikeJson;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;

/**
 * A WebSocket server that speaks just enough of Kalshi's protocol for a throughput measurement: it acknowledges
 * subscriptions, and once the order book is subscribed it sends each market's snapshot and then {@code deltas}
 * {@code orderbook_delta} frames in Kalshi's format with a correct per-sid {@code seq}, as fast as the socket
 * takes them. The deltas add and take back size near the top of each book, so books stay valid. It does not check
 * signatures (the tests of the real client do).
 */
final class FrameBlaster implements AutoCloseable {
  private final List<String> markets;
  private final long deltas;
  private final AtomicLong sent = new AtomicLong();
  private final DisposableServer server;
  private volatile long firstDeltaNanos;

  FrameBlaster(List<String> markets, long deltas) {
    this.markets = markets;
    this.deltas = deltas;
    this.server = HttpServer.create().host("127.0.0.1").port(0)
        .route(routes -> routes.ws("/trade-api/ws/v2", this::session))
        .bindNow(Duration.ofSeconds(10));
  }

  String url() {
    return "ws://127.0.0.1:" + server.port() + "/trade-api/ws/v2";
  }

  long sent() {
    return sent.get();
  }

  long firstDeltaNanos() {
    return firstDeltaNanos;
  }

  private Mono<Void> session(WebsocketInbound in, WebsocketOutbound out) {
    Flux<String> replies = in.receive().asString().concatMap(text -> {
      JsonNode command;
      try {
        command = StrikeJson.mapper().readTree(text);
      } catch (java.io.IOException e) {
        return Flux.empty();
      }
      long id = command.path("id").asLong();
      if (!"subscribe".equals(command.path("cmd").asText())) {
        return Flux.just("{\"id\":" + id + ",\"type\":\"ok\",\"msg\":{}}");
      }
      Flux<String> acks = Flux.empty();
      boolean book = false;
      for (JsonNode channel : command.path("params").path("channels")) {
        String name = channel.asText();
        long sid = switch (name) {
          case "orderbook_delta" -> 1;
          case "trade" -> 2;
          default -> 3;
        };
        book |= name.equals("orderbook_delta");
        acks = acks.concatWith(Mono.just("{\"id\":" + id + ",\"type\":\"subscribed\",\"msg\":{\"channel\":\""
            + name + "\",\"sid\":" + sid + "}}"));
      }
      return book ? acks.concatWith(stream()) : acks;
    });
    return out.sendString(replies).then();
  }

  /** Snapshots (seq 1..markets), then the deltas, generated lazily. */
  private Flux<String> stream() {
    int m = markets.size();
    Flux<String> snapshots = Flux.range(0, m).map(i -> "{\"type\":\"orderbook_snapshot\",\"sid\":1,\"seq\":" + (i + 1)
        + ",\"msg\":{\"market_ticker\":\"" + markets.get(i) + "\",\"market_id\":\"m" + i + "\","
        + "\"yes_dollars_fp\":[[\"0.4300\",\"120.00\"],[\"0.4400\",\"85.00\"],[\"0.4500\",\"310.00\"]],"
        + "\"no_dollars_fp\":[[\"0.5000\",\"40.00\"],[\"0.5200\",\"95.50\"],[\"0.5300\",\"150.00\"]]}}\n");
    String[] sides = {"yes", "no"};
    String[][] prices = {{"0.4500", "0.4400", "0.4300", "0.4600"}, {"0.5300", "0.5200", "0.5000", "0.5400"}};
    Flux<String> stream = Flux.<String, long[]>generate(() -> new long[] {0}, (state, sink) -> {
      long i = state[0]++;
      if (i >= deltas) {
        sink.complete();
        return state;
      }
      if (i == 0) {
        firstDeltaNanos = System.nanoTime();
      }
      long pair = i / 2;
      int market = (int) (pair % m);
      int side = (int) ((pair / m) % 2);
      String price = prices[side][(int) ((pair / (2L * m)) % 4)];
      String delta = (i % 2 == 0) ? "12.50" : "-12.50";
      sink.next("{\"type\":\"orderbook_delta\",\"sid\":1,\"seq\":" + (m + 1 + i) + ",\"msg\":{\"market_ticker\":\""
          + markets.get(market) + "\",\"market_id\":\"m" + market + "\",\"price_dollars\":\"" + price
          + "\",\"delta_fp\":\"" + delta + "\",\"side\":\"" + sides[side] + "\",\"ts_ms\":1786987269118}}\n");
      sent.incrementAndGet();
      return state;
    });
    return snapshots.concatWith(stream);
  }

  @Override
  public void close() {
    server.disposeNow(Duration.ofSeconds(5));
  }

  /**
   * Runs a blaster in its own process (so that its CPU is not counted against the ingest path): arguments are the
   * number of deltas and the market tickers. Prints {@code url=<ws url>} and serves until killed.
   */
  public static void main(String[] args) throws InterruptedException {
    long deltas = Long.parseLong(args[0]);
    List<String> tickers = List.of(args).subList(1, args.length);
    try (FrameBlaster blaster = new FrameBlaster(tickers, deltas)) {
      System.out.println("url=" + blaster.url());
      System.out.flush();
      Thread.currentThread().join();
    }
  }
}
