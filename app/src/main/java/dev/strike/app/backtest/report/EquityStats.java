package dev.strike.app.backtest.report;

import dev.strike.app.backtest.core.EquityPoint;
import dev.strike.common.money.FixedPoint;
import dev.strike.common.money.Money;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Statistics of the equity curve: exposure, drawdown, and the Sharpe and Sortino ratios of the returns between
 * consecutive points. Money stays exact; only ratios are {@code double}. Stateless.
 */
final class EquityStats {
  private EquityStats() {}

  /** Nanoseconds in a 365-day year: Kalshi's crypto markets trade around the clock, every day. */
  static final long YEAR_NS = 365L * 24 * 3600 * 1_000_000_000L;

  /** One point of the drawdown curve: equity and its distance below the running peak (zero or negative). */
  record DrawdownPoint(long tsNs, Money equity, Money peak, Money drawdown) {}

  /** Exposure and drawdown. */
  record Risk(Money maxExposure, Money averageExposure, Money maxDrawdown, double maxDrawdownPct) {}

  /** Sharpe and Sortino, annualised, with what they were computed from. */
  record Ratios(double sharpe, double sortino, int returns, double periodSeconds, double annualisation) {}

  /**
   * The drawdown at every point. The running peak starts at {@code startingCash} (the account before the first
   * event), so a run that only loses shows its loss as drawdown.
   */
  static List<DrawdownPoint> drawdowns(Money startingCash, List<EquityPoint> equity) {
    List<DrawdownPoint> out = new ArrayList<>(equity.size());
    Money peak = startingCash;
    for (EquityPoint point : equity) {
      peak = peak.max(point.equity());
      out.add(new DrawdownPoint(point.tsNs(), point.equity(), peak, point.equity().minus(peak)));
    }
    return out;
  }

  /**
   * Exposure (maximum, and the mean over the points rounded half-even to a micro-dollar) and maximum drawdown, in
   * dollars and as a share of the peak it fell from. The two maxima are taken separately, so they may come from
   * different points.
   */
  static Risk risk(Money startingCash, List<EquityPoint> equity) {
    long maxExposure = 0;
    long exposureSum = 0;
    for (EquityPoint point : equity) {
      maxExposure = Math.max(maxExposure, point.exposure().micros());
      exposureSum = Math.addExact(exposureSum, point.exposure().micros());
    }
    long averageExposure = equity.isEmpty() ? 0 : FixedPoint.divide(exposureSum, equity.size(), RoundingMode.HALF_EVEN);
    Money maxDrawdown = Money.ZERO;
    double maxPct = 0;
    for (DrawdownPoint point : drawdowns(startingCash, equity)) {
      Money depth = point.drawdown().negate();
      maxDrawdown = maxDrawdown.max(depth);
      if (point.peak().isPositive()) {
        maxPct = Math.max(maxPct, (double) depth.micros() / point.peak().micros());
      }
    }
    return new Risk(Money.ofMicros(maxExposure), Money.ofMicros(averageExposure), maxDrawdown, maxPct);
  }

  /**
   * Sharpe and Sortino of the simple returns {@code r_i = e_i / e_(i−1) − 1} between consecutive equity points
   * (a point whose predecessor is not positive is skipped). The period is the median spacing of the points
   * (one minute for the backtest's per-minute curve), and both ratios are annualised by
   * {@code sqrt(365-day year / period)} (√525,600 for minutes). Risk-free rate 0. Sharpe is the mean over the
   * sample standard deviation (n − 1); Sortino is the mean over the downside deviation
   * {@code sqrt(Σ min(r, 0)² / n)}. With fewer than two returns, a zero deviation, or no spacing, the ratio is 0.
   */
  static Ratios ratios(List<EquityPoint> equity) {
    int n = Math.max(0, equity.size() - 1);
    double[] returns = new double[n];
    long[] spacing = new long[n];
    int count = 0;
    for (int i = 1; i < equity.size(); i++) {
      long previous = equity.get(i - 1).equity().micros();
      if (previous <= 0) {
        continue;
      }
      returns[count] = (double) (equity.get(i).equity().micros() - previous) / previous;
      spacing[count] = equity.get(i).tsNs() - equity.get(i - 1).tsNs();
      count++;
    }
    if (count < 2) {
      return new Ratios(0, 0, count, 0, 0);
    }
    long[] sorted = Arrays.copyOf(spacing, count);
    Arrays.sort(sorted);
    long periodNs = sorted[count / 2];
    double annualisation = periodNs > 0 ? Math.sqrt((double) YEAR_NS / periodNs) : 0;
    double mean = 0;
    for (int i = 0; i < count; i++) {
      mean += returns[i];
    }
    mean /= count;
    double squares = 0;
    double downside = 0;
    for (int i = 0; i < count; i++) {
      double d = returns[i] - mean;
      squares += d * d;
      double loss = Math.min(returns[i], 0);
      downside += loss * loss;
    }
    double sd = Math.sqrt(squares / (count - 1));
    double downsideDeviation = Math.sqrt(downside / count);
    double sharpe = sd > 0 ? mean / sd * annualisation : 0;
    double sortino = downsideDeviation > 0 ? mean / downsideDeviation * annualisation : 0;
    return new Ratios(sharpe, sortino, count, periodNs / 1e9, annualisation);
  }
}
