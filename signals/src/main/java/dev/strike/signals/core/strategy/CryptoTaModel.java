package dev.strike.signals.core.strategy;

import dev.strike.common.event.StrikeType;
import dev.strike.signals.core.model.FairValue;

/**
 * The contract model the spot-driven TA strategies ({@link MeanReversion}, {@link SpikeReversion}, {@link CryptoTa})
 * price with: the signature of {@link FairValue#probabilityYes}, which is what they use in production. A seam only so
 * that scenario tests can put in a model whose numbers are easy to compute by hand.
 */
@FunctionalInterface
interface CryptoTaModel {
  /** The lognormal fair value of the code base. */
  CryptoTaModel FAIR_VALUE = FairValue::probabilityYes;

  /** See {@link FairValue#probabilityYes}: P(YES) in [0, 1], or NaN when an input is not usable. */
  double probabilityYes(StrikeType strikeType, double floor, double cap, double spot, double volPerSqrtSecond,
      long nowNs, long closeNs, long windowNs, double averageSoFar);
}
