package dev.strike.signals.core.strategy;

import dev.strike.common.event.StrikeType;

/**
 * A contract model for scenario tests whose numbers are easy by hand: P(YES) linear in the distance of the spot to
 * the strike, {@code 0.5 + (spot − floor) / scale} for {@code greater*}, {@code 0.5 + (cap − spot) / scale} for
 * {@code less*}, {@code 1 − |spot − (floor + cap)/2| / scale} for {@code between}, clamped to [0, 1]; NaN for other
 * types or a non-finite spot, strike or volatility. Records the arguments of the last call.
 */
final class CryptoTaTestModel implements CryptoTaModel {
  private final double scale;
  int calls;
  double lastSpot = Double.NaN;
  double lastVol = Double.NaN;
  double lastFloor = Double.NaN;
  double lastCap = Double.NaN;
  long lastNowNs;
  long lastCloseNs;
  long lastWindowNs;
  double lastAverageSoFar = Double.NaN;

  CryptoTaTestModel(double scale) {
    this.scale = scale;
  }

  @Override
  public double probabilityYes(StrikeType strikeType, double floor, double cap, double spot,
      double volPerSqrtSecond, long nowNs, long closeNs, long windowNs, double averageSoFar) {
    calls++;
    lastSpot = spot;
    lastVol = volPerSqrtSecond;
    lastFloor = floor;
    lastCap = cap;
    lastNowNs = nowNs;
    lastCloseNs = closeNs;
    lastWindowNs = windowNs;
    lastAverageSoFar = averageSoFar;
    if (!Double.isFinite(spot) || !(volPerSqrtSecond > 0)) {
      return Double.NaN;
    }
    double p = switch (strikeType) {
      case GREATER, GREATER_OR_EQUAL -> 0.5 + (spot - floor) / scale;
      case LESS, LESS_OR_EQUAL -> 0.5 + (cap - spot) / scale;
      case BETWEEN -> 1 - Math.abs(spot - (floor + cap) / 2) / scale;
      default -> Double.NaN;
    };
    return Double.isNaN(p) ? p : Math.max(0, Math.min(1, p));
  }
}
