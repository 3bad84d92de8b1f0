package dev.strike.signals;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import dev.strike.common.id.Asset;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.signals.core.SignalEngine;
import dev.strike.signals.core.Strategy;
import dev.strike.signals.core.UnderlyingResolver;
import dev.strike.signals.core.strategy.CryptoTa;
import dev.strike.signals.core.strategy.EveryTick;
import dev.strike.signals.core.strategy.FairValueEdge;
import dev.strike.signals.core.strategy.LadderArbitrage;
import dev.strike.signals.core.strategy.MarketMaker;
import dev.strike.signals.core.strategy.MeanReversion;
import dev.strike.signals.core.strategy.ParityArbitrage;
import dev.strike.signals.core.strategy.SpikeReversion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code signals} configuration section: which strategies run, their parameters, the spot index, how series map to
 * spot assets, and how many lanes the service runs.
 *
 * @param enabled the strategies that run from the start (the {@code control} topic switches any of them at run time)
 * @param lanes how many single-threaded engines the service runs (markets are spread by Kalshi event), 1 to 64
 * @param spotIndex how the spot index is built
 * @param underlyings series whose spot asset is not {@code KX<ASSET>[15M|D]}, e.g. {@code {INXBTC: BTC}}
 * @param strategies every strategy's parameters
 */
public record SignalsSettings(List<StrategyId> enabled, int lanes, SpotIndexSettings spotIndex,
    Map<String, Asset> underlyings, StrategiesSettings strategies) implements Validatable {

  /** The ids of the strategies, in the order they run on each event. */
  public static final List<StrategyId> STRATEGIES = List.of("fair-value-edge", "mean-reversion", "spike-reversion",
      "crypto-ta", "parity-arbitrage", "ladder-arbitrage", "market-maker").stream().map(StrategyId::of).toList();

  /**
   * The benchmark's strategy ({@link EveryTick}, id {@code bench}): a signal on every tick, for {@code strike bench}
   * only. Not one of {@link #STRATEGIES}: every engine carries it last, switched off unless {@link #enabled} names it.
   */
  public static final StrategyId BENCH = EveryTick.ID;

  /** Copies. */
  public SignalsSettings {
    enabled = List.copyOf(enabled);
    Objects.requireNonNull(spotIndex, "spotIndex");
    underlyings = Map.copyOf(underlyings);
    Objects.requireNonNull(strategies, "strategies");
  }

  /**
   * The taker strategies that only act on an edge after fees run; the market maker and the spot-pattern strategies
   * (mean reversion, spike reversion, crypto TA) are switched on by choice.
   */
  public static SignalsSettings defaults() {
    return new SignalsSettings(List.of(StrategyId.of("fair-value-edge"), StrategyId.of("parity-arbitrage"),
        StrategyId.of("ladder-arbitrage")), 1, SpotIndexSettings.defaults(), Map.of(), StrategiesSettings.defaults());
  }

  /** New strategy instances (each lane needs its own), in {@link #STRATEGIES} order, then {@link #BENCH}. */
  public List<Strategy> newStrategies() {
    List<Strategy> all = new ArrayList<>();
    all.add(new FairValueEdge(STRATEGIES.get(0), strategies.fairValueEdge()));
    all.add(new MeanReversion(STRATEGIES.get(1), strategies.meanReversion()));
    all.add(new SpikeReversion(STRATEGIES.get(2), strategies.spikeReversion()));
    all.add(new CryptoTa(STRATEGIES.get(3), strategies.cryptoTa()));
    all.add(new ParityArbitrage(STRATEGIES.get(4), strategies.parityArbitrage()));
    all.add(new LadderArbitrage(STRATEGIES.get(5), strategies.ladderArbitrage()));
    all.add(new MarketMaker(STRATEGIES.get(6), strategies.marketMaker()));
    all.add(new EveryTick());
    return all;
  }

  /** A new engine with every strategy, those not {@link #enabled} switched off, for spot {@code assets}. */
  public SignalEngine newEngine(List<Asset> assets) {
    Set<StrategyId> disabled = new HashSet<>(STRATEGIES);
    disabled.add(BENCH);
    disabled.removeAll(enabled);
    Map<SeriesTicker, Asset> explicit = new TreeMap<>();
    underlyings.forEach((series, asset) -> explicit.put(SeriesTicker.of(series), asset));
    return new SignalEngine(newStrategies(), disabled, new UnderlyingResolver(assets, explicit), spotIndex.toParams());
  }

  @Override
  public void validate(ConfigProblems problems) {
    for (int i = 0; i < enabled.size(); i++) {
      if (!STRATEGIES.contains(enabled.get(i)) && !BENCH.equals(enabled.get(i))) {
        problems.at("enabled").at(i).fail("unknown strategy '" + enabled.get(i) + "'; strategies: "
            + String.join(", ", STRATEGIES.stream().map(StrategyId::value).toList()));
      }
    }
    problems.check(new HashSet<>(enabled).size() == enabled.size(), "enabled", "must not repeat a strategy");
    problems.inRange("lanes", lanes, 1, 64);
    for (String series : underlyings.keySet()) {
      try {
        SeriesTicker.of(series);
      } catch (IllegalArgumentException e) {
        problems.at("underlyings").at(series).fail(e.getMessage());
      }
    }
  }
}
