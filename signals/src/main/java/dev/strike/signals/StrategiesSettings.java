package dev.strike.signals;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import dev.strike.signals.core.strategy.ArbitrageParams;
import dev.strike.signals.core.strategy.CryptoTaParams;
import dev.strike.signals.core.strategy.FairValueEdgeParams;
import dev.strike.signals.core.strategy.MarketMakerParams;
import dev.strike.signals.core.strategy.MeanReversionParams;
import dev.strike.signals.core.strategy.SpikeReversionParams;
import java.util.Objects;

/**
 * The parameters of every strategy (configuration section {@code signals.strategies}); which of them run is
 * {@code signals.enabled}.
 *
 * @param fairValueEdge strategy {@code fair-value-edge}
 * @param meanReversion strategy {@code mean-reversion}
 * @param spikeReversion strategy {@code spike-reversion}
 * @param cryptoTa strategy {@code crypto-ta}
 * @param parityArbitrage strategy {@code parity-arbitrage}
 * @param ladderArbitrage strategy {@code ladder-arbitrage}
 * @param marketMaker strategy {@code market-maker}
 */
public record StrategiesSettings(FairValueEdgeParams fairValueEdge, MeanReversionParams meanReversion,
    SpikeReversionParams spikeReversion, CryptoTaParams cryptoTa, ArbitrageParams parityArbitrage,
    ArbitrageParams ladderArbitrage, MarketMakerParams marketMaker) implements Validatable {

  /** Checks presence. */
  public StrategiesSettings {
    Objects.requireNonNull(fairValueEdge, "fairValueEdge");
    Objects.requireNonNull(meanReversion, "meanReversion");
    Objects.requireNonNull(spikeReversion, "spikeReversion");
    Objects.requireNonNull(cryptoTa, "cryptoTa");
    Objects.requireNonNull(parityArbitrage, "parityArbitrage");
    Objects.requireNonNull(ladderArbitrage, "ladderArbitrage");
    Objects.requireNonNull(marketMaker, "marketMaker");
  }

  /** Every strategy's defaults. */
  public static StrategiesSettings defaults() {
    return new StrategiesSettings(FairValueEdgeParams.defaults(), MeanReversionParams.defaults(),
        SpikeReversionParams.defaults(), CryptoTaParams.defaults(), ArbitrageParams.defaults(),
        ArbitrageParams.defaults(), MarketMakerParams.defaults());
  }

  @Override
  public void validate(ConfigProblems problems) {
    // each section validates itself
  }
}
