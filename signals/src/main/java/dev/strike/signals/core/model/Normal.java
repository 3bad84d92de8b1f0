package dev.strike.signals.core.model;

/**
 * The standard normal distribution function, accurate in both tails.
 *
 * <p>W. J. Cody's rational Chebyshev approximations ("Rational Chebyshev approximations for the error function",
 * Math. Comp. 23 (1969) 631–637; the ANORM routine, as used by R's {@code pnorm}) in three ranges: |x| ≤ 0.674,
 * 0.674 < |x| ≤ √32, and beyond. The tail is computed directly (never as {@code 1 − Φ}), so {@code cdf(-8)} keeps its
 * full relative precision (about 1e-15 relative over the whole range). Stateless and thread-safe.
 */
public final class Normal {
  private static final double SQRT_32 = 5.656854249492380195206754896838;
  private static final double ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
  private static final double SIXTEEN = 16.0;

  private static final double[] A = {
    2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249,
    0.065682337918207449113
  };
  private static final double[] B = {
    47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956
  };
  private static final double[] C = {
    0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226,
    2494.5375852903726711, 6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218,
    1.0765576773720192317e-8
  };
  private static final double[] D = {
    22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755,
    18615.571640885098091, 34900.952721145977266, 38912.003286093271411, 19685.429676859990727
  };
  private static final double[] P = {
    0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466,
    2.9112874951168792e-5, 0.02307344176494017303
  };
  private static final double[] Q = {
    1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244,
    7.29751555083966205e-5
  };

  private Normal() {}

  /**
   * Φ(x) = P(Z ≤ x) for a standard normal Z.
   *
   * @param x any double
   * @return a value in [0, 1]; NaN for NaN; exactly 0 below about −38.5 and exactly 1 above about 8.3 (where the
   *     true value rounds to 1 in double)
   */
  public static double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    double y = Math.abs(x);
    if (y <= 0.67448975) {
      return 0.5 + central(x);
    }
    double tail = upperTail(y);
    return x > 0 ? 1.0 - tail : tail;
  }

  /**
   * The upper tail 1 − Φ(x) = Φ(−x), computed without cancellation.
   *
   * @param x any double
   * @return a value in [0, 1]; NaN for NaN
   */
  public static double complementary(double x) {
    return cdf(-x);
  }

  /** The standard normal density φ(x) = exp(−x²/2)/√(2π); 0 for infinite x, NaN for NaN. */
  public static double pdf(double x) {
    return ONE_OVER_SQRT_2PI * Math.exp(-0.5 * x * x);
  }

  /** Φ(x) − 1/2 for |x| ≤ 0.674. */
  private static double central(double x) {
    double xsq = x * x;
    double xnum = A[4] * xsq;
    double xden = xsq;
    for (int i = 0; i < 3; i++) {
      xnum = (xnum + A[i]) * xsq;
      xden = (xden + B[i]) * xsq;
    }
    return x * (xnum + A[3]) / (xden + B[3]);
  }

  /** Φ(−y) for y > 0.674. */
  private static double upperTail(double y) {
    double ratio;
    if (y <= SQRT_32) {
      double xnum = C[8] * y;
      double xden = y;
      for (int i = 0; i < 7; i++) {
        xnum = (xnum + C[i]) * y;
        xden = (xden + D[i]) * y;
      }
      ratio = (xnum + C[7]) / (xden + D[7]);
    } else if (y < 38.5) {
      double xsq = 1.0 / (y * y);
      double xnum = P[5] * xsq;
      double xden = xsq;
      for (int i = 0; i < 4; i++) {
        xnum = (xnum + P[i]) * xsq;
        xden = (xden + Q[i]) * xsq;
      }
      double temp = xsq * (xnum + P[4]) / (xden + Q[4]);
      ratio = (ONE_OVER_SQRT_2PI - temp) / y;
    } else {
      return 0.0;
    }
    // exp(-y²/2) split as exp(-ys²/2)·exp(-del/2) with ys = y rounded down to 1/16, so that y² loses no bits
    double ys = Math.floor(y * SIXTEEN) / SIXTEEN;
    double del = (y - ys) * (y + ys);
    return Math.exp(-ys * ys * 0.5) * Math.exp(-del * 0.5) * ratio;
  }
}
