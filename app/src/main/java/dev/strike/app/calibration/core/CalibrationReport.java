package dev.strike.app.calibration.core;

import java.util.List;
import java.util.Objects;

/**
 * What {@code docs/calibration.md} shows: the table, how the spot index and volatility were built, and the same
 * replay with one setting changed.
 *
 * @param table the calibration table
 * @param spotMethod the spot settings, one Markdown bullet per line (without the leading {@code - })
 * @param sensitivities the same replay with one setting changed each
 */
public record CalibrationReport(CalibrationTable table, List<String> spotMethod, List<Sensitivity> sensitivities) {
  /** Copies the lists. */
  public CalibrationReport {
    Objects.requireNonNull(table, "table");
    spotMethod = List.copyOf(spotMethod);
    sensitivities = List.copyOf(sensitivities);
  }

  /**
   * The replay with one setting changed.
   *
   * @param change what differs, for a heading (e.g. {@code 1 s bars})
   * @param table its table
   */
  public record Sensitivity(String change, CalibrationTable table) {
    /** Validates presence. */
    public Sensitivity {
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(table, "table");
    }
  }
}
