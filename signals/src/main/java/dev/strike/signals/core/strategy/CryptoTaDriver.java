package dev.strike.signals.core.strategy;

import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.MarketTicker;
import dev.strike.signals.core.MarketState;
import dev.strike.signals.core.SignalFactory;
import dev.strike.signals.core.SpotView;
import dev.strike.signals.core.StrategyContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the spot-driven TA strategies ({@link MeanReversion}, {@link SpikeReversion}, {@link CryptoTa}) react to events,
 * so that each of them holds only its view of the asset and its pricing: a {@code SpotTick} lets the strategy update
 * the asset's state (when the asset has a spot view) and, when that arms the asset, looks at every market of the asset in the order they were taken
 * in; a book event looks at its one market while the asset is armed; a {@code MarketInfo} takes markets in and lets
 * them go. A market is handed to the strategy's {@link Pricing} only once it passed the shared gates
 * ({@link CryptoTaEntries#tradable}, {@link CryptoTaEntries#usableSpot}). The quiet paths of book events allocate
 * nothing. Owned by one strategy instance; not thread-safe.
 *
 * @param <S> the strategy's state per asset
 */
final class CryptoTaDriver<S extends CryptoTaDriver.AssetState> {
  /** What every strategy keeps per asset: whether its last spot tick armed the asset (its markets are looked at). */
  static class AssetState {
    boolean armed;
  }

  /**
   * Updates the asset's state from a spot tick the engine already applied, with the asset's spot view; returns
   * whether that arms the asset.
   */
  @FunctionalInterface
  interface SpotUpdate<S> {
    boolean onSpot(StrategyContext ctx, SpotTick tick, SpotView spot, S state);
  }

  /** The strategy's entry on a market that passed the shared gates, or null when it has none. */
  @FunctionalInterface
  interface Pricing<S> {
    @Nullable Signal evaluate(StrategyContext ctx, CryptoTaMarkets.Slot<S> slot, MarketState market, SpotView spot,
        long nowNs);
  }

  private final CryptoTaMarkets<S> markets;
  private final CryptoTaEntries entries;
  private final SpotUpdate<S> spotUpdate;
  private final Pricing<S> pricing;

  CryptoTaDriver(CryptoTaMarkets<S> markets, CryptoTaEntries entries, SpotUpdate<S> spotUpdate, Pricing<S> pricing) {
    this.markets = markets;
    this.entries = entries;
    this.spotUpdate = spotUpdate;
    this.pricing = pricing;
  }

  /** The strategy's {@code onEvent}. */
  List<Signal> onEvent(StrategyContext ctx, StrikeEvent event) {
    MarketTicker book = BookEvents.tickerOf(event);
    if (book != null) {
      return onBook(ctx, book);
    } else if (event instanceof SpotTick tick) {
      return onSpot(ctx, tick);
    } else if (event instanceof MarketInfo info) {
      markets.onMarketInfo(ctx, info);
    }
    return List.of();
  }

  private List<Signal> onBook(StrategyContext ctx, MarketTicker ticker) {
    CryptoTaMarkets.Slot<S> slot = markets.slot(ctx, ticker);
    if (slot == null || !slot.state.armed) {
      return List.of();
    }
    return SignalFactory.listOf(evaluate(ctx, slot));
  }

  private List<Signal> onSpot(StrategyContext ctx, SpotTick tick) {
    S state = markets.state(tick.asset());
    state.armed = false;
    SpotView spot = ctx.spot(tick.asset());
    if (spot == null) {
      return List.of();
    }
    state.armed = spotUpdate.onSpot(ctx, tick, spot, state);
    if (!state.armed) {
      return List.of();
    }
    List<CryptoTaMarkets.Slot<S>> slots = markets.on(tick.asset());
    List<Signal> signals = List.of();
    for (int i = 0; i < slots.size(); i++) {
      Signal signal = evaluate(ctx, slots.get(i));
      if (signal != null) {
        if (signals.isEmpty()) {
          signals = new ArrayList<>(2);
        }
        signals.add(signal);
      }
    }
    return signals;
  }

  private @Nullable Signal evaluate(StrategyContext ctx, CryptoTaMarkets.Slot<S> slot) {
    long now = ctx.nowNs();
    MarketState market = entries.tradable(ctx, slot, now);
    if (market == null) {
      return null;
    }
    SpotView spot = CryptoTaEntries.usableSpot(ctx, slot.asset);
    if (spot == null) {
      return null;
    }
    return pricing.evaluate(ctx, slot, market, spot, now);
  }
}
