package dev.strike.app.calibration.core;

import dev.strike.common.event.StrikeType;

/**
 * A model of the probability that a market settles YES, with the signature of the signals' {@code
 * FairValue.probabilityYes} (so {@code FairValue::probabilityYes} is one). Pure.
 */
@FunctionalInterface
public interface ProbabilityModel {
  /**
   * The probability of YES, in [0, 1], or NaN when the inputs are not usable.
   *
   * @param strikeType how the settlement value is compared with the strikes
   * @param floor the floor strike (USD), NaN when the type has none
   * @param cap the cap strike (USD), NaN when the type has none
   * @param spot the index now, USD
   * @param volPerSqrtSecond the index volatility per square root of a second
   * @param nowNs now, epoch ns
   * @param closeNs the close, epoch ns
   * @param windowNs the settlement averaging window before the close, ns
   * @param averageSoFar the average of the one-second index values already inside the window, NaN before it
   */
  double probabilityYes(StrikeType strikeType, double floor, double cap, double spot, double volPerSqrtSecond,
      long nowNs, long closeNs, long windowNs, double averageSoFar);
}
