package dev.strike.benchmarks;

import dev.strike.common.event.Action;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.StrikeType;
import dev.strike.common.event.Venue;
import dev.strike.common.id.AccountId;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StableHash;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.TradeId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.RiskEngine;
import dev.strike.risk.core.exit.ExitRules;
import dev.strike.risk.core.gate.RiskProfile;
import dev.strike.risk.core.portfolio.TradingDay;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
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
 * Signals through the whole {@link RiskEngine} on one thread: the per-decision cost of the {@code risk} service
 * without Kafka. The account holds positions in 8 of 24 markets (four 15-minute events of six strikes each) with books
 * ten levels deep; every signal is new (a fresh id, so the redelivery cache never answers), 5 ms after the previous
 * one, on a random market and side, with an edge that the balanced profile approves about half the time (the rest is
 * denied for edge, confidence, price or limits). Rate caps and cooldowns are lifted so approvals keep coming; each
 * approval holds cash until execution would report it (released after 50 ms), so a few orders are always live. The
 * signal is built in the benchmark method, as the decoder would. {@code Throughput} gives decisions/s,
 * {@code SampleTime} the p50/p99 of one decision. Run: {@code java -jar benchmarks/target/benchmarks.jar
 * RiskDecisionBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RiskDecisionBenchmark {
  private static final long MS = 1_000_000L;
  private static final long START_NS = 1_786_986_960_000_000_000L;
  private static final long CLOSE_NS = START_NS + 600_000 * MS;
  private static final int IDS = 1 << 16;
  private static final StrategyId STRATEGY = StrategyId.of("fair-value-edge");

  private RiskEngine engine;
  private final List<MarketTicker> tickers = new ArrayList<>();
  private SignalId[] ids;
  private long ts = START_NS;
  private int next;
  private final SplittableRandom random = new SplittableRandom(11);

  /** Builds the markets, books and positions. */
  @Setup(Level.Trial)
  public void setUp() {
    RiskEngine.Settings settings = new RiskEngine.Settings(AccountId.of("bench"), Money.ofDollars(10_000),
        RiskProfile.BALANCED.limits().with(java.util.Map.of("max-orders-per-minute", "1000000",
            "max-orders-per-hour", "1000000", "max-orders-per-day", "1000000", "cooldown", "0",
            "max-concurrent-positions", "100", "max-total-exposure", "1000000", "max-event-exposure", "1000000",
            "max-series-exposure", "1000000")),
        ExitRules.defaults(), TradingDay.UTC_MIDNIGHT, 50 * MS, 10_000 * MS);
    engine = new RiskEngine(settings);
    for (int e = 0; e < 4; e++) {
      EventTicker event = EventTicker.of("KXBTC15M-26AUG1713" + (30 + e * 15));
      for (int s = 0; s < 6; s++) {
        MarketTicker ticker = MarketTicker.of(event.value() + "-" + (20 + s));
        tickers.add(ticker);
        engine.onEvent(new MarketInfo(ticker, event, SeriesTicker.of("KXBTC15M"), "BTC up?", "Target", MarketStatus.ACTIVE,
            StrikeType.GREATER_OR_EQUAL, new BigDecimal("64000"), null, START_NS - 300_000 * MS, CLOSE_NS,
            CLOSE_NS + 300_000 * MS, PriceGrid.LINEAR_CENT, FeeType.QUADRATIC, BigDecimal.ONE, null, null, null, 0,
            START_NS, START_NS));
        List<BookLevel> yes = new ArrayList<>();
        List<BookLevel> no = new ArrayList<>();
        for (int l = 0; l < 10; l++) {
          yes.add(new BookLevel(Price.ofCents(38 + l), Qty.ofContracts(100 + l)));
          no.add(new BookLevel(Price.ofCents(42 + l), Qty.ofContracts(100 + l)));
        }
        engine.onEvent(new BookSnapshot(ticker, 1, 1, yes, no, START_NS, START_NS));
      }
    }
    for (int i = 0; i < 8; i++) {
      MarketTicker ticker = tickers.get(i * 3);
      IntentId intent = IntentId.derive(SignalId.of(StableHash.hex128("held", ticker.value())), "x");
      engine.onEvent(new Fill(TradeId.of("held-" + i), ClientOrderId.forIntent(intent), null, intent, STRATEGY,
          ticker, Venue.PAPER, i % 2 == 0 ? Side.YES : Side.NO, Action.BUY, Price.ofCents(48), Qty.ofContracts(5),
          Money.parse("0.09"), Liquidity.TAKER, START_NS, START_NS));
    }
    ids = new SignalId[IDS];
    for (int i = 0; i < IDS; i++) {
      ids[i] = SignalId.of(StableHash.hex128("bench-signal", Integer.toString(i)));
    }
  }

  /** One new signal decided. */
  @Benchmark
  public List<StrikeEvent> decide() {
    ts += 5 * MS;
    MarketTicker ticker = tickers.get(random.nextInt(tickers.size()));
    Side side = random.nextBoolean() ? Side.YES : Side.NO;
    long askCents = side == Side.YES ? 48 : 52;
    long edgeCents = random.nextInt(7); // 0..6 cents: below and above the 3-cent minimum
    double p = (askCents + edgeCents + 1) / 100.0;
    Signal signal = new Signal(ids[next++ & (IDS - 1)], STRATEGY, ticker, SignalKind.ENTRY, side, Action.BUY, p,
        Price.ofCents(askCents), Money.ofCents(edgeCents), 0.8, Price.ofCents(askCents), 5_000 * MS, "bench",
        new TreeMap<>(), ts, ts);
    return engine.onEvent(signal);
  }
}
