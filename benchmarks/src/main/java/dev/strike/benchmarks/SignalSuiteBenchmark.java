package dev.strike.benchmarks;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.Asset;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.SourceId;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.common.money.Qty;
import dev.strike.signals.SignalsSettings;
import dev.strike.signals.core.SignalEngine;
import dev.strike.signals.core.model.FairValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Market-data events through the whole strategy suite in one {@link SignalEngine}, on one thread: the per-event cost of
 * the {@code signals} service without Kafka. 65 markets: three 15-minute up/down markets (BTC, ETH, SOL), a 40-strike
 * BTC above/below ladder and a 22-market BTC range bracket set, books ten levels deep a few cents around the model's
 * fair value; spot history for BTC, ETH and SOL from three exchanges warmed up for six minutes. The stream: 99 book
 * deltas (random market, side and level among the five best, each undone by the next) to one spot tick, 2 µs apart in
 * event time. Events are built in the benchmark method, as the decoder would. {@code suite=all} runs all seven
 * strategies; {@code suite=defaults} the three enabled by default. Run:
 * {@code java -jar benchmarks/target/benchmarks.jar SignalSuiteBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SignalSuiteBenchmark {
  private static final long SECOND = 1_000_000_000L;
  private static final long STEP_NS = 2_000;
  private static final int STREAM = 1 << 16;
  private static final List<Asset> ASSETS = List.of(Asset.of("BTC"), Asset.of("ETH"), Asset.of("SOL"));
  private static final double[] SPOT = {64_000, 3_200, 150};
  private static final List<SourceId> SOURCES = List.of(SourceId.of("coinbase"), SourceId.of("kraken"),
      SourceId.of("bitstamp"));
  /** Ten minutes before the close of every market. */
  private static final long START_NS = 1_786_987_200_000_000_000L;
  private static final long CLOSE_NS = START_NS + 600 * SECOND;

  /** {@code all} seven strategies, or the three enabled by {@code defaults}. */
  @Param({"all", "defaults"})
  public String suite;

  private SignalEngine engine;
  private final List<MarketTicker> tickers = new ArrayList<>();
  private int[] market;
  private Side[] sides;
  private long[] prices;
  private long[] deltas;
  private double[] spotMoves;
  private long seq;
  private long ts;
  private int next;
  private long signals;
  private long events;

  /** Builds the markets, warms the spot history up and puts the books in place. */
  @Setup(Level.Trial)
  public void setUp() {
    SignalsSettings defaults = SignalsSettings.defaults();
    SignalsSettings settings = suite.equals("all")
        ? new SignalsSettings(SignalsSettings.STRATEGIES, 1, defaults.spotIndex(), defaults.underlyings(),
            defaults.strategies())
        : defaults;
    engine = settings.newEngine(ASSETS);
    long t = START_NS - 360 * SECOND;
    SplittableRandom random = new SplittableRandom(7);
    double[] spot = SPOT.clone();
    for (; t < START_NS; t += SECOND) {
      for (int a = 0; a < ASSETS.size(); a++) {
        spot[a] *= 1 + (random.nextDouble() - 0.5) * 4e-4;
        for (SourceId source : SOURCES) {
          engine.onEvent(tick(a, source, spot[a], t));
        }
      }
    }
    List<MarketInfo> infos = new ArrayList<>();
    String[] names = {"BTC", "ETH", "SOL"};
    for (int a = 0; a < 3; a++) {
      infos.add(info("KX" + names[a] + "15M-26AUG171330-30", StrikeType.GREATER_OR_EQUAL, decimal(spot[a]), null));
    }
    for (int k = 0; k < 40; k++) {
      double strike = 59_000 + 250 * k - 0.01;
      infos.add(info("KXBTCD-26AUG1713-T" + decimal(strike), StrikeType.GREATER, decimal(strike), null));
    }
    infos.add(info("KXBTC-26AUG1713-T61500", StrikeType.LESS, null, new BigDecimal("61500")));
    for (int b = 0; b < 20; b++) {
      BigDecimal floor = BigDecimal.valueOf(61_500 + 250L * b);
      infos.add(info("KXBTC-26AUG1713-B" + floor.add(BigDecimal.valueOf(125)), StrikeType.BETWEEN, floor,
          floor.add(new BigDecimal("249.99"))));
    }
    infos.add(info("KXBTC-26AUG1713-T66499.99", StrikeType.GREATER, new BigDecimal("66499.99"), null));
    double vol = engine.spot(ASSETS.get(0)).ewmaVolPerSqrtSecond();
    for (MarketInfo info : infos) {
      engine.onEvent(info);
      int a = info.ticker().value().startsWith("KXETH") ? 1 : info.ticker().value().startsWith("KXSOL") ? 2 : 0;
      double floor = info.floorStrike() == null ? Double.NaN : info.floorStrike().doubleValue();
      double cap = info.capStrike() == null ? Double.NaN : info.capStrike().doubleValue();
      double p = FairValue.probabilityYes(info.strikeType(), floor, cap, spot[a], vol, START_NS, CLOSE_NS,
          FairValue.SETTLEMENT_WINDOW_NS, Double.NaN);
      long yesBidCents = Math.max(1, Math.min(97, Math.round(p * 100) - 3));
      long noBidCents = Math.max(1, Math.min(97, 100 - Math.round(p * 100) - 3));
      engine.onEvent(new BookSnapshot(info.ticker(), 1, 1, ladder(yesBidCents), ladder(noBidCents), START_NS,
          START_NS));
      tickers.add(info.ticker());
    }
    market = new int[STREAM];
    sides = new Side[STREAM];
    prices = new long[STREAM];
    deltas = new long[STREAM];
    spotMoves = new double[STREAM];
    for (int i = 0; i < STREAM; i += 2) {
      int m = random.nextInt(tickers.size());
      Side side = random.nextBoolean() ? Side.YES : Side.NO;
      long best = engine.market(tickers.get(m)).bestBidMicros(side);
      long price = Math.max(10_000, best - random.nextInt(5) * 10_000L);
      long size = 100 + random.nextInt(5_000);
      market[i] = m;
      market[i + 1] = m;
      sides[i] = side;
      sides[i + 1] = side;
      prices[i] = price;
      prices[i + 1] = price;
      deltas[i] = size;
      deltas[i + 1] = -size;
      spotMoves[i] = (random.nextDouble() - 0.5) * 2e-5;
      spotMoves[i + 1] = -spotMoves[i];
    }
    this.spot = spot;
    ts = START_NS;
    seq = 1;
  }

  private double[] spot;

  /** One event: a book delta, or every hundredth a spot tick. */
  @Benchmark
  public List<Signal> event() {
    int i = next;
    next = (i + 1) & (STREAM - 1);
    ts += STEP_NS;
    StrikeEvent event;
    if (i % 100 == 99) {
      int a = (i / 100) % 3;
      spot[a] *= 1 + spotMoves[i];
      event = tick(a, SOURCES.get((i / 300) % 3), spot[a], ts);
    } else {
      event = new BookDelta(tickers.get(market[i]), 1, ++seq, sides[i], Price.ofMicros(prices[i]), deltas[i], null,
          ts, ts);
    }
    List<Signal> out = engine.onEvent(event);
    signals += out.size();
    events++;
    return out;
  }

  /** Prints how many signals the run produced, so a suite that is quiet by accident shows. */
  @TearDown(Level.Trial)
  public void report() {
    System.out.printf("%n[%s] %d events, %d signals, per strategy %s, dropped %d%n", suite, events, signals,
        engine.signalCounts(), engine.droppedSignals());
  }

  private static SpotTick tick(int asset, SourceId source, double price, long t) {
    return new SpotTick(ASSETS.get(asset), source, BigDecimal.valueOf(price).setScale(2, RoundingMode.HALF_EVEN),
        BigDecimal.ONE, t, t);
  }

  private static BigDecimal decimal(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN);
  }

  private static List<BookLevel> ladder(long bestCents) {
    List<BookLevel> levels = new ArrayList<>();
    for (long c = Math.max(1, bestCents - 9); c <= bestCents; c++) {
      levels.add(new BookLevel(Price.ofCents(c), Qty.ofContracts(100)));
    }
    return levels;
  }

  private static MarketInfo info(String ticker, StrikeType type, BigDecimal floor, BigDecimal cap) {
    String event = ticker.substring(0, ticker.lastIndexOf('-'));
    return new MarketInfo(MarketTicker.of(ticker), EventTicker.of(event),
        SeriesTicker.of(ticker.substring(0, ticker.indexOf('-'))), ticker, "", MarketStatus.ACTIVE, type, floor, cap,
        CLOSE_NS - 900 * SECOND, CLOSE_NS, CLOSE_NS + 300 * SECOND, PriceGrid.LINEAR_CENT, FeeType.QUADRATIC,
        BigDecimal.ONE, null, null, null, 0, START_NS - 1, START_NS - 1);
  }
}
