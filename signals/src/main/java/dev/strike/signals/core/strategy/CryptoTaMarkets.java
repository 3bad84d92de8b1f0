package dev.strike.signals.core.strategy;

import dev.strike.common.event.MarketInfo;
import dev.strike.common.id.Asset;
import dev.strike.common.id.MarketTicker;
import dev.strike.signals.core.MarketState;
import dev.strike.signals.core.StrategyContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The crypto markets one spot-driven strategy trades, grouped by underlying, with the strategy's state per asset
 * ({@code S}: its indicators) and per market (the cooldown after a signal, the strikes as model inputs). A market is
 * taken in when a {@code MarketInfo} or book event shows it open with a non-null underlying, and let go when its
 * {@code MarketInfo} says it closed; markets of one asset are kept in the order they were taken in, so a spot tick
 * visits them in the same order in every run. Allocates only when a market or an asset is first seen. Owned by one
 * strategy instance; not thread-safe.
 */
final class CryptoTaMarkets<S> {
  /** One market the strategy trades. */
  static final class Slot<S> {
    final MarketTicker ticker;
    final Asset asset;
    final S state;
    boolean signalled;
    long lastSignalNs;
    @Nullable MarketInfo strikesOf;
    double floor = Double.NaN;
    double cap = Double.NaN;

    Slot(MarketTicker ticker, Asset asset, S state) {
      this.ticker = ticker;
      this.asset = asset;
      this.state = state;
    }
  }

  private final Function<Asset, S> newState;
  private final Map<MarketTicker, Slot<S>> byTicker = new HashMap<>();
  private final Map<Asset, S> states = new HashMap<>();
  private final Map<Asset, List<Slot<S>>> byAsset = new HashMap<>();

  CryptoTaMarkets(Function<Asset, S> newState) {
    this.newState = newState;
  }

  /** The strategy's state for {@code asset}, created on first use. */
  S state(Asset asset) {
    S state = states.get(asset);
    if (state == null) {
      state = newState.apply(asset);
      states.put(asset, state);
    }
    return state;
  }

  /** The markets on {@code asset} taken in so far, in the order they were taken in (do not change the list). */
  List<Slot<S>> on(Asset asset) {
    List<Slot<S>> slots = byAsset.get(asset);
    return slots == null ? List.of() : slots;
  }

  /**
   * The slot of {@code ticker}; a market not seen yet is taken in if it is open and has an underlying, else null.
   */
  @Nullable Slot<S> slot(StrategyContext ctx, MarketTicker ticker) {
    Slot<S> slot = byTicker.get(ticker);
    if (slot != null) {
      return slot;
    }
    MarketState market = ctx.market(ticker);
    if (market == null || !market.isOpen()) {
      return null;
    }
    Asset asset = market.underlying();
    if (asset == null) {
      return null;
    }
    slot = new Slot<>(ticker, asset, state(asset));
    byTicker.put(ticker, slot);
    byAsset.computeIfAbsent(asset, a -> new ArrayList<>()).add(slot);
    return slot;
  }

  /** Takes in a market that opened, lets go of one that closed. */
  void onMarketInfo(StrategyContext ctx, MarketInfo info) {
    if (info.status().isTradable()) {
      slot(ctx, info.ticker());
      return;
    }
    Slot<S> gone = byTicker.remove(info.ticker());
    if (gone != null) {
      byAsset.get(gone.asset).remove(gone);
    }
  }

  /** How many markets are taken in. */
  int size() {
    return byTicker.size();
  }
}
