package dev.strike.signals.core.strategy;

import static dev.strike.signals.core.strategy.TaTestContext.BTC;
import static dev.strike.signals.core.strategy.TaTestContext.MINUTE;
import static dev.strike.signals.core.strategy.TaTestContext.SECOND;
import static dev.strike.signals.core.strategy.TaTestContext.T0;
import static dev.strike.signals.core.strategy.TaTestContext.book;
import static dev.strike.signals.core.strategy.TaTestContext.openMarket;
import static dev.strike.signals.core.strategy.TaTestContext.tick;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.BookDelta;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Price;
import dev.strike.signals.core.SettableSpot;
import dev.strike.signals.core.Strategy;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quiet path of a book event (the one the suite runs on every book update) allocates nothing: neither when the
 * asset's state is not armed nor when it is armed but the market is within its cooldown. Measured with the JVM's
 * per-thread allocation counter around direct {@code onEvent} calls.
 */
class CryptoTaQuietPathTest {
  private static final MarketInfo ABOVE =
      openMarket("KXBTCD-26AUG1718-T63000", StrikeType.GREATER, "63000", null, T0 + 10 * MINUTE);
  private static final BookDelta DELTA =
      new BookDelta(ABOVE.ticker(), 1, 2, Side.YES, Price.ofMicros(10_000), 100, null, T0 + SECOND, T0 + SECOND);

  private static long allocatedBytes(TaTestContext ctx, Strategy strategy, int calls) {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    int signals = 0;
    for (int i = 0; i < calls; i++) {
      signals += strategy.onEvent(ctx, DELTA).size();
    }
    long after = threads.getCurrentThreadAllocatedBytes();
    assertThat(signals).isZero();
    return after - before;
  }

  private static TaTestContext context(Strategy strategy) {
    TaTestContext ctx = new TaTestContext();
    ctx.addMarket(ABOVE, BTC);
    SettableSpot spot = ctx.testSpot(BTC);
    spot.index = 63_100;
    spot.vol = 1e-4;
    spot.z = 0.2;
    spot.logReturn = 0.001;
    spot.average = SettableSpot.constant(62_900);
    ctx.deliver(strategy, ABOVE);
    ctx.deliver(strategy, book(ABOVE, 550_000, 400_000, T0 - SECOND));
    ctx.deliver(strategy, tick(BTC, "63100", "1", T0));
    return ctx;
  }

  @Test
  void shouldAllocateNothingOnABookEventWhenNotArmed() {
    List<Strategy> strategies = List.of(new MeanReversion(StrategyId.of("mr"), MeanReversionParams.defaults()),
        new SpikeReversion(StrategyId.of("spike"), SpikeReversionParams.defaults()),
        new CryptoTa(StrategyId.of("ta"), CryptoTaParams.defaults()));
    for (Strategy strategy : strategies) {
      TaTestContext ctx = context(strategy);
      allocatedBytes(ctx, strategy, 50_000);

      assertThat(allocatedBytes(ctx, strategy, 200_000)).as(strategy.id().value()).isLessThan(1_024);
    }
  }

  @Test
  void shouldAllocateNothingOnABookEventWhenTheMarketIsCoolingDown() {
    MeanReversion strategy = new MeanReversion(StrategyId.of("mr"), MeanReversionParams.defaults());
    TaTestContext ctx = context(strategy);
    ctx.testSpot(BTC).z = 1.5;
    List<Signal> fired = ctx.deliver(strategy, tick(BTC, "63100", "1", T0 + 1));
    assertThat(fired).hasSize(1);
    allocatedBytes(ctx, strategy, 50_000);

    assertThat(allocatedBytes(ctx, strategy, 200_000)).isLessThan(1_024);
  }
}
