package dev.strike.signals.core;

import dev.strike.common.event.Signal;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.StrategyId;
import java.util.List;

/**
 * A trading strategy: given the engine's view of the markets and the spot prices ({@link StrategyContext}), already
 * updated with {@code event}, it returns the signals {@code event} triggers, usually none. Deterministic: the same
 * events in the same order give the same signals, live and in backtests; it reads time only from events (through
 * {@link StrategyContext#nowNs()}), never a clock, and may keep its own state (indicators, the last quote) for that
 * reason only. Called on one thread (the lane that owns its markets); not thread-safe.
 *
 * <p>Events a strategy sees: {@code MarketInfo}, {@code BookSnapshot}, {@code BookDelta}, {@code BookGap},
 * {@code MarketTrade}, {@code SpotTick}, and our own {@code Fill}s. It must return quickly and allocate nothing when
 * it has nothing to say ({@code List.of()}): the whole suite runs on every book update.
 */
public interface Strategy {
  /** The strategy instance's id (what {@code Signal.strategy} carries, and what control commands name). */
  StrategyId id();

  /** The signals {@code event} triggers, built with {@link StrategyContext#signals()}; never null. */
  List<Signal> onEvent(StrategyContext ctx, StrikeEvent event);
}
