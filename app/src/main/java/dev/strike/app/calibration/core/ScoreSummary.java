package dev.strike.app.calibration.core;

import java.util.List;

/**
 * Mean scores of a set of forecasts: the model's and the mid's Brier score and log loss, each the plain mean over
 * the same markets (summed in list order, so the same list gives the same bits).
 *
 * @param markets how many forecasts were scored
 * @param modelBrier the model's mean Brier score, NaN when {@code markets} is 0
 * @param midBrier the mid's mean Brier score, NaN when {@code markets} is 0
 * @param modelLogLoss the model's mean log loss (natural log, clipped), NaN when {@code markets} is 0
 * @param midLogLoss the mid's mean log loss (natural log, clipped), NaN when {@code markets} is 0
 */
public record ScoreSummary(int markets, double modelBrier, double midBrier, double modelLogLoss,
    double midLogLoss) {
  /** Validates the count. */
  public ScoreSummary {
    if (markets < 0) {
      throw new IllegalArgumentException("markets must not be negative");
    }
  }

  /** The means over {@code forecasts}, with probabilities clipped to {@code [clip, 1 − clip]} for the log loss. */
  public static ScoreSummary of(List<Forecast> forecasts, double clip) {
    ScoringRules.checkClip(clip);
    if (forecasts.isEmpty()) {
      return new ScoreSummary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double modelBrier = 0;
    double midBrier = 0;
    double modelLogLoss = 0;
    double midLogLoss = 0;
    for (Forecast f : forecasts) {
      modelBrier += ScoringRules.brier(f.model(), f.yes());
      midBrier += ScoringRules.brier(f.mid(), f.yes());
      modelLogLoss += ScoringRules.logLoss(f.model(), f.yes(), clip);
      midLogLoss += ScoringRules.logLoss(f.mid(), f.yes(), clip);
    }
    int n = forecasts.size();
    return new ScoreSummary(n, modelBrier / n, midBrier / n, modelLogLoss / n, midLogLoss / n);
  }
}
