package dev.strike.signals.core.strategy;

import dev.strike.common.event.Action;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.StrategyId;
import dev.strike.signals.core.MarketState;
import dev.strike.signals.core.SignalFactory;
import dev.strike.signals.core.Strategy;
import dev.strike.signals.core.StrategyContext;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The {@code bench} strategy of {@code strike bench}: a signal on every spot tick (for the first open market of the
 * tick's asset) and every book update (for that market), so that each market-data event the benchmark injects becomes
 * one order and its tick-to-order latency can be measured. It has no model and no edge: it buys YES at the best YES
 * bid (an IOC limit that never crosses the ask, so the paper venue cancels it unfilled and the account stays flat),
 * with a probability 30 cents above that bid so that risk's edge check passes. Never enabled by default; only the
 * benchmark switches it on. Deterministic; not thread-safe.
 */
public final class EveryTick implements Strategy {
  /** The id the benchmark enables. */
  public static final StrategyId ID = StrategyId.of("bench");

  private static final long TTL_NS = 10_000_000_000L;
  private static final long EDGE_MICROS = 300_000;
  private static final SortedMap<String, Double> NO_INPUTS = Collections.unmodifiableSortedMap(new TreeMap<>());

  /** The strategy; it keeps no state. */
  public EveryTick() {}

  @Override
  public StrategyId id() {
    return ID;
  }

  @Override
  public List<Signal> onEvent(StrategyContext ctx, StrikeEvent event) {
    MarketState market;
    if (event instanceof SpotTick tick) {
      List<MarketState> markets = ctx.marketsOn(tick.asset());
      market = markets.isEmpty() ? null : markets.get(0);
    } else if (event instanceof BookDelta delta) {
      market = ctx.market(delta.ticker());
    } else if (event instanceof BookSnapshot snapshot) {
      market = ctx.market(snapshot.ticker());
    } else {
      return List.of();
    }
    return SignalFactory.listOf(signal(ctx, market));
  }

  private @Nullable Signal signal(StrategyContext ctx, @Nullable MarketState market) {
    if (market == null || !market.isOpen() || !market.bookUsable()) {
      return null;
    }
    long bid = market.bestBidMicros(Side.YES);
    long ask = market.bestAskMicros(Side.YES);
    if (bid <= 0 || ask <= 0) {
      return null;
    }
    double probability = Math.min(0.99, (bid + EDGE_MICROS) / 1_000_000.0);
    return ctx.signals().signal(ID, market, SignalKind.ENTRY, Side.YES, Action.BUY, probability, ask, bid, false,
        1.0, TTL_NS, "bench: a signal on every tick", NO_INPUTS);
  }
}
