package dev.strike.signals.core.model;

import dev.strike.common.event.StrikeType;

/**
 * Fair value of Kalshi crypto contracts under a lognormal model of the underlying (zero drift), with the settlement
 * rule of {@code kalshi-api.md} §9: the settlement value is the simple average of the 60 one-second index values in
 * the minute before the close, not a point print.
 *
 * <h2>Model</h2>
 *
 * <ul>
 *   <li><b>Dynamics.</b> The index is a driftless geometric Brownian motion in price: {@code S(t+u) = S(t)·exp(σ·W(u)
 *       − σ²u/2)}, so {@code E[S(t+u)] = S(t)} (the martingale, "risk-neutral at zero rate" choice; over minutes the
 *       difference to a zero log drift is of order σ²u/2 ≈ 1e-6 and immaterial). σ is per √second, time in seconds.
 *   <li><b>Settlement samples.</b> The window {@code [close − windowNs, close)} is sampled at {@code close − windowNs
 *       + i·1 s} for every {@code i ≥ 0} with the sample before the close ({@code n = ⌈windowNs / 1 s⌉} samples; 60 for
 *       Kalshi). The settlement value is their simple average.
 *   <li><b>Known and random parts.</b> Samples strictly before {@code nowNs} are known: their average is
 *       {@code averageSoFar} (the caller's {@code [close − windowNs, now)}), {@code k} of them. The other {@code m = n
 *       − k} samples are random; one exactly at {@code nowNs} equals {@code spot}. With {@code F} the sum of the random
 *       samples, {@code average > K ⇔ F > n·K − k·averageSoFar}: the threshold moves to the future sum; when it is ≤ 0
 *       the known part alone decides (probability 0 or 1).
 *   <li><b>Moment matching (Lévy / Turnbull–Wakeman).</b> {@code F} (a sum of correlated lognormals) is replaced by
 *       the lognormal with the same first two moments: {@code E[F] = m·S}, {@code E[F²] = S²·Σ_{j,l}
 *       exp(σ²·min(u_j, u_l))} with {@code u_j} the time from now to random sample j. Then {@code ln F ~ N(ln E[F] −
 *       v/2, v)}, {@code v = ln(E[F²]/E[F]²)}, and {@code P(F > X) = Φ((ln(E[F]/X) − v/2)/√v)}. For the Kalshi window
 *       the log-variance of the average is tiny (σ²·20 s ≈ 1e-6 for BTC), where the matched lognormal is exact to far
 *       below any price tick; far before the window {@code v → σ²·(τ_start + (n−1)(2n−1)/(6n) s)}, i.e. ≈ σ²(τ_start +
 *       w/3). We prefer it to the geometric-average closed form, which is biased low by about σ²w/12 in the mean.
 *   <li><b>Point settlement.</b> {@code windowNs = 0} is the plain lognormal digital: {@code P(S_T > K) = Φ(d₂)},
 *       {@code d₂ = (ln(S/K) − σ²τ/2)/(σ√τ)}.
 * </ul>
 *
 * <h2>Strike types</h2>
 *
 * {@code GREATER}: average > floor; {@code GREATER_OR_EQUAL}: average ≥ floor; {@code LESS}: average < cap;
 * {@code LESS_OR_EQUAL}: average ≤ cap; {@code BETWEEN}: floor ≤ average ≤ cap, both ends inclusive — Kalshi's range
 * buckets are published as {@code floor_strike 61750.0, cap_strike 61999.99} (the next bucket starts at 62000), and
 * the weather buckets of §9 ({@code floor x, cap x+1}) include both degrees. The strict and inclusive forms differ only
 * when the value is already known (at or after the close, or decided by the known part); in the continuous model a tie
 * has probability 0. {@code FUNCTIONAL}, {@code CUSTOM}, {@code STRUCTURED} are not modelled: NaN.
 *
 * <p>Pure functions of their arguments (no clock), allocation-free, thread-safe.
 */
public final class FairValue {
  /** Kalshi's crypto settlement averaging window: 60 s. */
  public static final long SETTLEMENT_WINDOW_NS = 60_000_000_000L;

  /** The spacing of the settlement samples inside the window: 1 s. */
  public static final long SAMPLE_INTERVAL_NS = 1_000_000_000L;

  /**
   * The longest averaging window modelled (one day, 86,400 samples); longer windows give NaN, since the moment sum is
   * linear in the number of samples.
   */
  public static final long MAX_WINDOW_NS = 86_400L * SAMPLE_INTERVAL_NS;

  private static final double NS_PER_SECOND = 1e9;

  private FairValue() {}

  /**
   * The probability that the market settles YES, in [0, 1].
   *
   * <p>Returns NaN when: the strike type is null or not one of the five modelled types; a strike the type needs is
   * not finite (or, for {@code BETWEEN}, cap &lt; floor); {@code windowNs} is negative or above {@link #MAX_WINDOW_NS};
   * before the close, {@code spot} is not finite and positive or {@code volPerSqrtSecond} is not finite and positive;
   * inside the window (at least one sample known), {@code averageSoFar} is not finite and positive; at or after the
   * close, {@code averageSoFar} is not finite and positive; the volatility is so large that the log-variance
   * overflows (far outside any market). At or after the close the result is the known outcome, 0 or 1, and
   * {@code spot}/{@code volPerSqrtSecond} are not used. Before the window {@code averageSoFar} is ignored. For point
   * settlement ({@code windowNs = 0}) {@code averageSoFar} at or after the close is the settlement print itself.
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
    if (strikeType == null || windowNs < 0 || windowNs > MAX_WINDOW_NS) {
      return Double.NaN;
    }
    boolean needsFloor;
    boolean needsCap;
    switch (strikeType) {
      case GREATER, GREATER_OR_EQUAL -> {
        needsFloor = true;
        needsCap = false;
      }
      case LESS, LESS_OR_EQUAL -> {
        needsFloor = false;
        needsCap = true;
      }
      case BETWEEN -> {
        needsFloor = true;
        needsCap = true;
      }
      default -> {
        return Double.NaN;
      }
    }
    if ((needsFloor && !Double.isFinite(floor)) || (needsCap && !Double.isFinite(cap))
        || (needsFloor && needsCap && cap < floor)) {
      return Double.NaN;
    }
    if (nowNs >= closeNs) {
      return usablePrice(averageSoFar) ? outcome(strikeType, floor, cap, averageSoFar) : Double.NaN;
    }
    if (!usablePrice(spot) || !(volPerSqrtSecond > 0) || !Double.isFinite(volPerSqrtSecond)) {
      return Double.NaN;
    }
    long startNs = closeNs - windowNs;
    long sampleCount = sampleCount(windowNs);
    long knownCount = nowNs <= startNs ? 0 : ceilDiv(nowNs - startNs, SAMPLE_INTERVAL_NS);
    if (windowNs == 0) {
      knownCount = 0;
    }
    if (knownCount > 0 && !usablePrice(averageSoFar)) {
      return Double.NaN;
    }
    double knownSum = knownCount == 0 ? 0.0 : knownCount * averageSoFar;
    long randomCount = sampleCount - knownCount;
    if (randomCount <= 0) {
      return outcome(strikeType, floor, cap, knownSum / sampleCount);
    }
    // time from now to the first random sample (0 when a sample falls exactly on now)
    long firstRandomNs = windowNs == 0 ? closeNs : startNs + knownCount * SAMPLE_INTERVAL_NS;
    double v = sumLogVariance(volPerSqrtSecond, (firstRandomNs - nowNs) / NS_PER_SECOND, randomCount);
    if (!Double.isFinite(v)) {
      return Double.NaN;
    }
    double meanSum = randomCount * spot;
    if (v == 0.0) {
      return outcome(strikeType, floor, cap, (knownSum + meanSum) / sampleCount);
    }
    double sd = Math.sqrt(v);
    double result = switch (strikeType) {
      case GREATER, GREATER_OR_EQUAL -> above(floor, sampleCount, knownSum, meanSum, v, sd);
      case LESS, LESS_OR_EQUAL -> below(cap, sampleCount, knownSum, meanSum, v, sd);
      case BETWEEN -> between(floor, cap, sampleCount, knownSum, meanSum, v, sd);
      default -> Double.NaN;
    };
    return clamp(result);
  }

  /**
   * The log-variance {@code v} of the lognormal matched to the random part of the settlement value seen from
   * {@code nowNs} (see the class comment): {@code σ²τ} for a point settlement, about {@code σ²(τ_start + w/3)} far
   * before an averaging window, falling to 0 as the window fills. Its square root is the effective volatility of the
   * settlement over the remaining time, for strategies that scale spreads or thresholds by it.
   *
   * @param volPerSqrtSecond index volatility per √second, positive and finite
   * @param nowNs now, epoch ns
   * @param closeNs the close, epoch ns
   * @param windowNs the averaging window, ns, 0..{@link #MAX_WINDOW_NS}
   * @return the log-variance (dimensionless, ≥ 0); 0 when nothing random is left; NaN for unusable inputs
   */
  public static double settlementLogVariance(double volPerSqrtSecond, long nowNs, long closeNs, long windowNs) {
    if (!(volPerSqrtSecond > 0) || !Double.isFinite(volPerSqrtSecond) || windowNs < 0 || windowNs > MAX_WINDOW_NS) {
      return Double.NaN;
    }
    if (nowNs >= closeNs) {
      return 0.0;
    }
    long startNs = closeNs - windowNs;
    long knownCount = windowNs == 0 || nowNs <= startNs ? 0 : ceilDiv(nowNs - startNs, SAMPLE_INTERVAL_NS);
    long randomCount = sampleCount(windowNs) - knownCount;
    if (randomCount <= 0) {
      return 0.0;
    }
    long firstRandomNs = windowNs == 0 ? closeNs : startNs + knownCount * SAMPLE_INTERVAL_NS;
    double v = sumLogVariance(volPerSqrtSecond, (firstRandomNs - nowNs) / NS_PER_SECOND, randomCount);
    return Double.isFinite(v) ? v : Double.NaN;
  }

  /** Number of one-second samples in a window; a point settlement is one sample at the close. */
  private static long sampleCount(long windowNs) {
    return windowNs == 0 ? 1 : ceilDiv(windowNs, SAMPLE_INTERVAL_NS);
  }

  /**
   * ln(E[F²]/E[F]²) for F = Σ_{j<m} exp(σW(u₀ + jΔ) − σ²(u₀ + jΔ)/2), Δ = 1 s: σ²u₀ + ln(Σ_{j,l} e^{a·min(j,l)}/m²),
   * a = σ²Δ. Σ_{j,l} e^{a·min(j,l)} = Σ_i (2(m−i)−1)·e^{a·i}; the "− 1" parts are accumulated with expm1 so that a tiny
   * a keeps its relative precision, and e^{a·i} − 1 is built by the recurrence E_{i+1} = E_i·e^a + (e^a − 1) (all
   * terms positive, no cancellation, one expm1 per call).
   */
  /** Below this a·m the variance sum uses its third-order series (see {@link #sumLogVariance}). */
  private static final double TAYLOR_LIMIT = 1e-3;

  private static double sumLogVariance(double sigma, double firstOffsetSeconds, long m) {
    double varPerSecond = sigma * sigma;
    double a = varPerSecond * (SAMPLE_INTERVAL_NS / NS_PER_SECOND);
    double md = m;
    if (a * md < TAYLOR_LIMIT) {
      // e^{a·i} − 1 = a·i + (a·i)²/2 + (a·i)³/6 + …, so the excess is a·S₁ + a²/2·S₂ + a³/6·S₃ with
      // S_k = Σ_{i<m} (2(m−i)−1)·i^k = (2m−1)·P_k − 2·P_{k+1} from the power sums P_k = Σ_{i<m} i^k; the next term is
      // below (a·m)³/24 relative to the first, under 1e-10 here. Constant time instead of a loop over the samples.
      double n = md - 1; // power sums over i = 1 … m−1
      double p1 = n * (n + 1) / 2;
      double p2 = n * (n + 1) * (2 * n + 1) / 6;
      double p3 = p1 * p1;
      double p4 = n * (n + 1) * (2 * n + 1) * (3 * n * n + 3 * n - 1) / 30;
      double k = 2 * md - 1;
      double s1 = k * p1 - 2 * p2;
      double s2 = k * p2 - 2 * p3;
      double s3 = k * p3 - 2 * p4;
      double series = a * (s1 + a * (s2 / 2 + a * s3 / 6));
      return varPerSecond * firstOffsetSeconds + Math.log1p(series / (md * md));
    }
    double expm1A = Math.expm1(a);
    double excess = 0.0;
    double e = 0.0;
    for (long i = 1; i < m; i++) {
      e = e * (1.0 + expm1A) + expm1A;
      excess += (2.0 * (m - i) - 1.0) * e;
    }
    return varPerSecond * firstOffsetSeconds + Math.log1p(excess / (md * md));
  }

  /** P(average > strike) given the known sum and the matched lognormal of the random sum. */
  private static double above(double strike, long n, double knownSum, double meanSum, double v, double sd) {
    double threshold = n * strike - knownSum;
    if (threshold <= 0) {
      return 1.0;
    }
    return Normal.cdf(d(meanSum, threshold, v, sd));
  }

  /** P(average < strike), computed as the lower tail directly (no 1 − p cancellation). */
  private static double below(double strike, long n, double knownSum, double meanSum, double v, double sd) {
    double threshold = n * strike - knownSum;
    if (threshold <= 0) {
      return 0.0;
    }
    return Normal.cdf(-d(meanSum, threshold, v, sd));
  }

  private static double between(double floor, double cap, long n, double knownSum, double meanSum, double v,
      double sd) {
    double capThreshold = n * cap - knownSum;
    if (capThreshold <= 0) {
      return 0.0;
    }
    double dCap = d(meanSum, capThreshold, v, sd);
    double floorThreshold = n * floor - knownSum;
    if (floorThreshold <= 0) {
      return Normal.cdf(-dCap);
    }
    double dFloor = d(meanSum, floorThreshold, v, sd);
    // Φ(dFloor) − Φ(dCap), evaluated in whichever tail keeps precision
    return dCap > 0 ? Normal.cdf(-dCap) - Normal.cdf(-dFloor) : Normal.cdf(dFloor) - Normal.cdf(dCap);
  }

  private static double d(double meanSum, double threshold, double v, double sd) {
    return (Math.log(meanSum / threshold) - 0.5 * v) / sd;
  }

  private static double outcome(StrikeType type, double floor, double cap, double value) {
    boolean yes = switch (type) {
      case GREATER -> value > floor;
      case GREATER_OR_EQUAL -> value >= floor;
      case LESS -> value < cap;
      case LESS_OR_EQUAL -> value <= cap;
      case BETWEEN -> value >= floor && value <= cap;
      default -> false;
    };
    return yes ? 1.0 : 0.0;
  }

  private static boolean usablePrice(double x) {
    return x > 0 && Double.isFinite(x);
  }

  private static double clamp(double p) {
    if (Double.isNaN(p)) {
      return Double.NaN;
    }
    return Math.max(0.0, Math.min(1.0, p));
  }

  private static long ceilDiv(long x, long y) {
    return -Math.floorDiv(-x, y);
  }
}
