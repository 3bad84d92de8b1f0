package dev.strike.app.calibration.core;

/**
 * Proper scoring rules for a probability forecast {@code p} of a binary outcome (YES = 1, NO = 0); lower is better.
 * Pure functions, thread-safe.
 */
public final class ScoringRules {
  private ScoringRules() {}

  /**
   * The Brier score {@code (p − y)²}.
   *
   * @param p the forecast probability of YES, in [0, 1]
   * @param yes the outcome
   * @throws IllegalArgumentException if {@code p} is not in [0, 1]
   */
  public static double brier(double p, boolean yes) {
    checkProbability(p);
    double miss = p - (yes ? 1.0 : 0.0);
    return miss * miss;
  }

  /**
   * The log loss {@code −ln(p)} for YES and {@code −ln(1 − p)} for NO, natural logarithm, with {@code p} first clipped
   * to {@code [clip, 1 − clip]} so that a confident miss costs at most {@code −ln(clip)} instead of infinity.
   *
   * @param p the forecast probability of YES, in [0, 1]
   * @param yes the outcome
   * @param clip the clipping bound, in (0, 0.5)
   * @throws IllegalArgumentException if {@code p} is not in [0, 1] or {@code clip} not in (0, 0.5)
   */
  public static double logLoss(double p, boolean yes, double clip) {
    checkProbability(p);
    checkClip(clip);
    double clipped = clip(p, clip);
    return -Math.log(yes ? clipped : 1.0 - clipped);
  }

  /** {@code p} limited to {@code [clip, 1 − clip]}. */
  public static double clip(double p, double clip) {
    checkClip(clip);
    return Math.min(1.0 - clip, Math.max(clip, p));
  }

  static void checkClip(double clip) {
    if (!(clip > 0.0 && clip < 0.5)) {
      throw new IllegalArgumentException("the probability clip lies in (0, 0.5), got " + clip);
    }
  }

  private static void checkProbability(double p) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("a probability lies in [0, 1], got " + p);
    }
  }
}
