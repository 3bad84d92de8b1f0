package dev.strike.signals.core.ta;

import java.util.Arrays;

/**
 * Classifies recent bar closes as {@link Regime#RANGE} or {@link Regime#TREND} by Kaufman's efficiency ratio over
 * {@code period} bars: {@code ER = |close_t − close_(t−period)| / Σ |close_i − close_(i−1)|}, the share of the path
 * that was net progress, in [0, 1] (1 = a straight line, near 0 = back and forth; a random walk gives about
 * {@code 1/√period}). A window without any move has ER 0.
 *
 * <p>The regime switches with hysteresis, so a ratio hovering at one threshold does not flip it every bar: it becomes
 * TREND when ER ≥ {@code trendAbove}, RANGE when ER ≤ {@code rangeBelow}, and otherwise keeps what it was (the first
 * ready bar in between counts as RANGE). {@link Regime#UNKNOWN} and NaN before {@code period + 1} closes.
 *
 * <p>O(1) per update over rings of the last {@code period + 1} closes and {@code period} moves and a compensated
 * running sum of the absolute moves (set back to exactly 0 when no move is left in the window, so rounding residue
 * never counts as a move). No allocation per update. Not thread-safe.
 */
public final class RegimeDetector {
  /** Default window: 20 bars. */
  public static final int DEFAULT_PERIOD = 20;
  /** Default ER at or above which the regime becomes TREND: 0.5 (about 2.2× a random walk's over 20 bars). */
  public static final double DEFAULT_TREND_ABOVE = 0.5;
  /** Default ER at or below which the regime becomes RANGE: 0.3. */
  public static final double DEFAULT_RANGE_BELOW = 0.3;

  private final int period;
  private final double trendAbove;
  private final double rangeBelow;
  private final double[] closes;
  private final double[] moves;
  private int nextClose;
  private int nextMove;
  private long count;
  private double lastClose;
  private int nonZeroMoves;
  private final RunningSum sumMoves = new RunningSum();
  private double ratio = Double.NaN;
  private Regime regime = Regime.UNKNOWN;

  /** A detector with the defaults (20 bars, TREND at 0.5, RANGE at 0.3). */
  public RegimeDetector() {
    this(DEFAULT_PERIOD, DEFAULT_TREND_ABOVE, DEFAULT_RANGE_BELOW);
  }

  /**
   * A detector over {@code period} bars.
   *
   * @throws IllegalArgumentException unless {@code period >= 1} and {@code 0 <= rangeBelow <= trendAbove <= 1}
   */
  public RegimeDetector(int period, double trendAbove, double rangeBelow) {
    if (period < 1 || !(rangeBelow >= 0) || !(rangeBelow <= trendAbove) || !(trendAbove <= 1)) {
      throw new IllegalArgumentException("regime detector needs period >= 1 and 0 <= rangeBelow <= trendAbove <= 1,"
          + " got " + period + ", " + trendAbove + ", " + rangeBelow);
    }
    this.period = period;
    this.trendAbove = trendAbove;
    this.rangeBelow = rangeBelow;
    this.closes = new double[period + 1];
    this.moves = new double[period];
  }

  /**
   * Adds a bar close and returns the regime.
   *
   * @throws IllegalArgumentException if {@code close} is not finite
   */
  public Regime update(double close) {
    Inputs.requireFinite(close, "regime close");
    if (count > 0) {
      double move = Math.abs(close - lastClose);
      if (count > period) {
        // the ring of moves is full: the oldest move leaves the window
        if (moves[nextMove] != 0) {
          nonZeroMoves--;
        }
        sumMoves.add(-moves[nextMove]);
      }
      moves[nextMove] = move;
      if (move != 0) {
        nonZeroMoves++;
      }
      sumMoves.add(move);
      if (nonZeroMoves == 0) {
        sumMoves.reset();
      }
      nextMove = nextMove + 1 == period ? 0 : nextMove + 1;
    }
    closes[nextClose] = close;
    nextClose = nextClose == period ? 0 : nextClose + 1;
    lastClose = close;
    count++;
    if (count > period) {
      // nextClose now points at the oldest close of the window, period bars back
      double net = Math.abs(close - closes[nextClose]);
      double path = sumMoves.value();
      ratio = path > 0 ? Math.min(1.0, net / path) : 0.0;
      if (ratio >= trendAbove) {
        regime = Regime.TREND;
      } else if (ratio <= rangeBelow || regime == Regime.UNKNOWN) {
        regime = Regime.RANGE;
      }
    }
    return regime;
  }

  /** The efficiency ratio in [0, 1], or NaN before ready. */
  public double efficiencyRatio() {
    return ratio;
  }

  /** The regime ({@link Regime#UNKNOWN} before ready). */
  public Regime regime() {
    return regime;
  }

  /** Whether {@code period + 1} closes were seen. */
  public boolean isReady() {
    return count > period;
  }

  /** The window, bars. */
  public int period() {
    return period;
  }

  /** Forgets all closes. */
  public void reset() {
    Arrays.fill(closes, 0);
    Arrays.fill(moves, 0);
    nextClose = 0;
    nextMove = 0;
    count = 0;
    lastClose = 0;
    nonZeroMoves = 0;
    sumMoves.reset();
    ratio = Double.NaN;
    regime = Regime.UNKNOWN;
  }
}
