package dev.strike.benchmarks;

import dev.strike.common.event.Action;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.StrikeType;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StableHash;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.TradeId;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.common.money.Qty;
import dev.strike.execution.core.paper.LatencyModel;
import dev.strike.execution.core.paper.PaperExchange;
import dev.strike.execution.core.paper.PaperSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@link PaperExchange} fill model on one thread, without Kafka: a 15-minute BTC market with ten levels a side,
 * a recorded-like stream of book deltas (70%) and public trades (30%) 1 ms apart around a fixed spread, and an order
 * every {@value #ORDER_EVERY} events, alternating a taker IOC that crosses the spread and a GTC bid that rests at the
 * best bid (expiring after 500 ms, so a few are always resting and the queue model works on every delta and trade).
 * Latency is 0, so a submit does its matching inside the call. The stream is generated once (intents included,
 * since deriving their ids hashes) and replayed; when it wraps, a fresh exchange starts from the same snapshot.
 *
 * <p>{@code venueCall}: one call into the venue (a market-data event, or a submit every {@value #ORDER_EVERY}th) —
 * {@code Throughput} gives paper-venue decisions/s, {@code SampleTime} the p50/p99 of one call. {@code order}: only
 * the submit is measured (the market data before it is applied in an untimed per-invocation setup) — the time inside
 * the venue per order. Run: {@code java -jar benchmarks/target/benchmarks.jar PaperVenueBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PaperVenueBenchmark {
  static final int ORDER_EVERY = 20;
  private static final long MS = 1_000_000L;
  private static final long START_NS = 1_786_986_960_000_000_000L;
  private static final int STREAM = 1 << 17;
  private static final MarketTicker TICKER = MarketTicker.of("KXBTC15M-26AUG171330-30");
  private static final StrategyId STRATEGY = StrategyId.of("fair-value-edge");

  private Session session;

  /** Generates the stream and opens the market. */
  @Setup(Level.Trial)
  public void setUp() {
    session = new Session(Stream.generate(11));
  }

  /** One venue call: the next market-data event, or an order every {@value #ORDER_EVERY} events. */
  @Benchmark
  public List<StrikeEvent> venueCall() {
    return session.next();
  }

  /** Only the order: the market data before it is applied untimed. */
  @Benchmark
  public List<StrikeEvent> order(OrderState state) {
    return state.session.submitPending();
  }

  /** A separate replay for {@link #order}, advanced to the next order before each invocation. */
  @State(Scope.Thread)
  public static class OrderState {
    Session session;

    /** Generates the stream. */
    @Setup(Level.Trial)
    public void setUp() {
      session = new Session(Stream.generate(13));
    }

    /** Applies the market data up to the next order. */
    @Setup(Level.Invocation)
    public void advance() {
      session.skipToOrder();
    }
  }

  /** A replay of a stream through an exchange; wraps around with a fresh exchange. */
  static final class Session {
    private final Stream stream;
    private PaperExchange exchange;
    private int next;

    Session(Stream stream) {
      this.stream = stream;
      reset();
    }

    private void reset() {
      exchange = new PaperExchange(PaperSettings.of(LatencyModel.ZERO));
      exchange.onMarketData(stream.market);
      exchange.onMarketData(stream.snapshot);
      next = 0;
    }

    List<StrikeEvent> next() {
      if (next == stream.inputs.length) {
        reset();
      }
      Object input = stream.inputs[next];
      long ts = stream.times[next++];
      return input instanceof OrderIntent intent ? exchange.submit(intent, ts)
          : exchange.onMarketData((StrikeEvent) input);
    }

    void skipToOrder() {
      while (true) {
        if (next == stream.inputs.length) {
          reset();
        }
        if (stream.inputs[next] instanceof OrderIntent) {
          return;
        }
        next();
      }
    }

    List<StrikeEvent> submitPending() {
      return next();
    }
  }

  /** The generated inputs: market-data events and intents, with their times. */
  static final class Stream {
    final MarketInfo market;
    final BookSnapshot snapshot;
    final Object[] inputs = new Object[STREAM];
    final long[] times = new long[STREAM];

    private Stream(MarketInfo market, BookSnapshot snapshot) {
      this.market = market;
      this.snapshot = snapshot;
    }

    static Stream generate(long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      long[] yes = new long[100]; // contracts (hundredths) per cent level: YES bids 31..40, NO bids 50..59
      long[] no = new long[100];
      List<BookLevel> yesLevels = new ArrayList<>();
      List<BookLevel> noLevels = new ArrayList<>();
      for (int c = 0; c < 10; c++) {
        yes[31 + c] = 100L * (50 + random.nextInt(100));
        no[50 + c] = 100L * (50 + random.nextInt(100));
        yesLevels.add(new BookLevel(Price.ofCents(31 + c), Qty.ofHundredths(yes[31 + c])));
        noLevels.add(new BookLevel(Price.ofCents(50 + c), Qty.ofHundredths(no[50 + c])));
      }
      long close = START_NS + 3_600_000 * MS;
      MarketInfo market = new MarketInfo(TICKER, EventTicker.of("KXBTC15M-26AUG171330"), SeriesTicker.of("KXBTC15M"),
          "BTC up?", "Target", MarketStatus.ACTIVE, StrikeType.GREATER_OR_EQUAL, new BigDecimal("64000"), null,
          START_NS - 60_000 * MS, close, close + 60_000 * MS, PriceGrid.LINEAR_CENT, FeeType.QUADRATIC,
          BigDecimal.ONE, null, null, null, 0, START_NS, START_NS);
      Stream stream = new Stream(market, new BookSnapshot(TICKER, 1, 1, yesLevels, noLevels, START_NS, START_NS));
      long ts = START_NS;
      int orders = 0;
      for (int i = 0; i < STREAM; i++) {
        ts += MS;
        stream.times[i] = ts;
        Side side = random.nextBoolean() ? Side.YES : Side.NO;
        long[] ladder = side == Side.YES ? yes : no;
        int base = side == Side.YES ? 31 : 50;
        if (i % ORDER_EVERY == ORDER_EVERY - 1) {
          IntentId id = IntentId.derive(SignalId.of(StableHash.hex128("paper-bench", Long.toString(seed),
              Integer.toString(orders))), "x");
          boolean taker = orders++ % 2 == 0;
          long cents = taker ? 100 - (side == Side.YES ? 59 : 40) + 1 : (side == Side.YES ? 40 : 59);
          stream.inputs[i] = new OrderIntent(id, ClientOrderId.forIntent(id), SignalId.of("s" + orders), STRATEGY,
              TICKER, side, Action.BUY, Price.ofCents(cents), Qty.ofContracts(1 + random.nextInt(5)),
              taker ? TimeInForce.IOC : TimeInForce.GTC, false, false, taker ? 0 : ts + 500 * MS);
        } else if (random.nextInt(10) < 7) {
          int cents = base + random.nextInt(10);
          long change = 100L * (1 + random.nextInt(20));
          if (random.nextBoolean() && ladder[cents] > change) {
            change = -change;
          }
          ladder[cents] += change;
          stream.inputs[i] = new BookDelta(TICKER, 1, i + 2, side, Price.ofCents(cents), change, null, ts, ts);
        } else {
          // a taker who bought the other side hits the best bid of this side
          long yesCents = side == Side.YES ? 40 : 100 - 59;
          stream.inputs[i] = new MarketTrade(TradeId.of("bench-" + i), TICKER, Price.ofCents(yesCents),
              Qty.ofContracts(1 + random.nextInt(10)), side.opposite(), false, ts, ts);
        }
      }
      return stream;
    }
  }
}
