package dev.strike.benchmarks;

import dev.strike.common.book.ArrayOrderBook;
import dev.strike.common.book.OrderBook;
import dev.strike.common.book.TreeOrderBook;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.Side;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Applying one book delta, on a book shaped like a busy Kalshi market (two ladders of {@code levels} levels each
 * below the mid: 1¢ apart for 20 levels, 0.1¢ apart for 100), with a replayed stream of realistic deltas: mostly
 * size changes near the top, some levels appearing and vanishing. Each delta is undone by the next call, so the book keeps its shape. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar BookDeltaBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BookDeltaBenchmark {
  private static final int STREAM = 1 << 16;

  /** The fast book or the reference book. */
  @Param({"array", "tree"})
  public String implementation;

  /** Levels per side. */
  @Param({"20", "100"})
  public int levels;

  private OrderBook book;
  private Side[] sides;
  private long[] prices;
  private long[] deltas;
  private int next;

  /** Builds the book and the delta stream (seeded: the same every run). */
  @Setup(Level.Trial)
  public void setUp() {
    MarketTicker ticker = MarketTicker.of("KXBTC15M-26AUG171330-30");
    book = implementation.equals("array") ? new ArrayOrderBook(ticker) : new TreeOrderBook(ticker);
    List<BookLevel> yes = new ArrayList<>();
    List<BookLevel> no = new ArrayList<>();
    long tick = levels <= 40 ? 10_000 : 1_000; // a 1¢ ladder, or a 0.1¢ one as in Kalshi's deci-cent markets
    for (int i = 0; i < levels; i++) {
      yes.add(new BookLevel(Price.ofMicros(450_000 - i * tick), Qty.ofContracts(100)));
      no.add(new BookLevel(Price.ofMicros(530_000 - i * tick), Qty.ofContracts(100)));
    }
    book.applySnapshot(yes, no);
    SplittableRandom random = new SplittableRandom(42);
    sides = new Side[STREAM];
    prices = new long[STREAM];
    deltas = new long[STREAM];
    for (int i = 0; i < STREAM; i += 2) {
      Side side = random.nextBoolean() ? Side.YES : Side.NO;
      long best = side == Side.YES ? 450_000 : 530_000;
      // 80 % within the five best levels, 20 % a fresh level just above the best
      long price = random.nextInt(10) < 8 ? best - random.nextInt(5) * 1_000L : best + 1_000L;
      long size = 100 + random.nextInt(5_000);
      sides[i] = side;
      prices[i] = price;
      deltas[i] = size;
      sides[i + 1] = side; // the undo
      prices[i + 1] = price;
      deltas[i + 1] = -size;
    }
  }

  /** One delta. */
  @Benchmark
  public OrderBook.DeltaResult applyDelta() {
    int i = next;
    next = (i + 1) & (STREAM - 1);
    return book.applyDelta(sides[i], prices[i], deltas[i]);
  }

  /** One delta and the top of book a publisher attaches to it. */
  @Benchmark
  public Object applyDeltaAndTop() {
    int i = next;
    next = (i + 1) & (STREAM - 1);
    book.applyDelta(sides[i], prices[i], deltas[i]);
    return book.top();
  }
}
