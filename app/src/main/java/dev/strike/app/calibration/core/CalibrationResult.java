package dev.strike.app.calibration.core;

import java.util.List;

/**
 * Everything a calibration replay scored and left out.
 *
 * @param forecasts one per scored market and horizon, ordered by horizon (as the params list them), then ticker
 * @param exclusions one per market and horizon that was not scored, in the same order
 * @param problemLines dataset lines the import could not map (wholly or in part)
 */
public record CalibrationResult(List<Forecast> forecasts, List<Exclusion> exclusions, long problemLines) {
  /** Copies the lists. */
  public CalibrationResult {
    forecasts = List.copyOf(forecasts);
    exclusions = List.copyOf(exclusions);
    if (problemLines < 0) {
      throw new IllegalArgumentException("problemLines must not be negative");
    }
  }
}
