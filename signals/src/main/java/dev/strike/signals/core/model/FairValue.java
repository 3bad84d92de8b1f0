package dev.strike.signals.core.model;

import dev.strike.common.event.StrikeType;

/**
 * Fair value of Kalshi crypto contracts under a lognormal model of the underlying (zero drift), with the settlement
 * rule of {@code kalshi-api.md} §9: the settlement value is the simple average of the 60 one-second index values in
 * the minute before the close, not a point print.
 */
public final class FairValue {
  /** Kalshi's crypto settlement averaging window: 60 s. */
  public static final long SETTLEMENT_WINDOW_NS = 60_000_000_000L;

  private FairValue() {}

  /**
   * The probability that the market settles YES, in [0, 1].
   *
   * @param strikeType how the settlement value is compared with the strikes
   * @param floor the floor strike (USD), NaN when the type has none
   * @param cap the cap strike (USD), NaN when the type has none
   * @param spot the index now, USD, positive
   * @param volPerSqrtSecond the index volatility per square root of a second, positive
   * @param nowNs now, epoch ns
   * @param closeNs the close (the end of the averaging window), epoch ns
   * @param windowNs the averaging window before the close, ns (0 for a point settlement)
   * @param averageSoFar the average of the one-second values already inside the window ({@code [closeNs − windowNs,
   *     nowNs)}), or NaN when now is before the window
   * @return the probability, or NaN if an input is not usable (never a value outside [0, 1])
   */
  public static double probabilityYes(StrikeType strikeType, double floor, double cap, double spot,
      double volPerSqrtSecond, long nowNs, long closeNs, long windowNs, double averageSoFar) {
    throw new UnsupportedOperationException("implemented by the fair-value work");
  }
}
