package dev.strike.benchmarks;

import dev.strike.alerts.core.EventType;
import dev.strike.alerts.core.Notification;
import dev.strike.alerts.core.Outgoing;
import dev.strike.alerts.shell.Channel;
import dev.strike.alerts.shell.Channels;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * Alerts delivered per second to a local webhook: N notifications through the real generic-webhook channel (JSON
 * encoding, Reactor Netty client, pooled keep-alive connections) to a Reactor Netty server on 127.0.0.1 that reads
 * each body and answers 200. Prints delivered/s per round and the median, once with one message in flight (the
 * latency-bound rate a single burst sees) and once with {@code --concurrency} in flight.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.strike.benchmarks.AlertsDeliveryHarness
 * [--messages 20000] [--rounds 5] [--concurrency 32]}.
 */
public final class AlertsDeliveryHarness {
  private AlertsDeliveryHarness() {}

  /** Runs the measurement. */
  public static void main(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int messages = Integer.parseInt(opts.getOrDefault("messages", "20000"));
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "5"));
    int concurrency = Integer.parseInt(opts.getOrDefault("concurrency", "32"));

    AtomicLong received = new AtomicLong();
    DisposableServer server = HttpServer.create().host("127.0.0.1").port(0)
        .handle((request, response) -> request.receive().aggregate().asString().doOnNext(b -> received.incrementAndGet())
            .then(response.status(200).sendString(Mono.just("ok")).then()))
        .bindNow();
    try {
      Channel channel = Channels.webhook("http://127.0.0.1:" + server.port() + "/hook", Duration.ofSeconds(10));
      List<Outgoing> batch = new ArrayList<>(messages);
      for (int i = 0; i < messages; i++) {
        TreeMap<String, String> fields = new TreeMap<>();
        fields.put("price", "0.4700");
        fields.put("qty", "25.00");
        fields.put("notional", "11.75");
        batch.add(new Outgoing.Single(new Notification("trade_executed:bench-" + i, EventType.TRADE_EXECUTED,
            1_786_987_200_000_000_000L + i, "Trade: BUY 25.00 YES KXBTC15M-26AUG171330-30 @ $0.4700",
            "notional $11.75, fee $0.4375 (taker)\nstrategy fair-value-edge, paper", fields)));
      }
      // The JIT needs a few ten thousand requests before the figures settle.
      run(channel, batch, concurrency, 2, "warm-up", received);
      run(channel, batch.subList(0, Math.min(5_000, messages)), 1, 1, "warm-up 1 in flight", received);
      run(channel, batch.subList(0, Math.min(5_000, messages)), 1, rounds, "1 in flight", received);
      run(channel, batch, concurrency, rounds, concurrency + " in flight", received);
    } finally {
      server.disposeNow();
    }
  }

  private static void run(Channel channel, List<Outgoing> batch, int concurrency, int rounds, String label,
      AtomicLong received) {
    List<Double> rates = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      long before = received.get();
      long start = System.nanoTime();
      Flux.fromIterable(batch).flatMap(channel::send, concurrency).blockLast(Duration.ofMinutes(5));
      long elapsed = System.nanoTime() - start;
      if (received.get() - before != batch.size()) {
        throw new IllegalStateException("server got " + (received.get() - before) + " of " + batch.size());
      }
      double rate = batch.size() * 1e9 / elapsed;
      rates.add(rate);
      System.out.printf("%s round %d: %d delivered in %.0f ms = %.0f delivered/s%n", label, round + 1, batch.size(),
          elapsed / 1e6, rate);
    }
    Collections.sort(rates);
    System.out.printf("%s: median %.0f delivered/s over %d rounds%n", label, rates.get(rates.size() / 2), rounds);
  }
}
