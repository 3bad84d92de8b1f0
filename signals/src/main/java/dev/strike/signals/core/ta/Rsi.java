package dev.strike.signals.core.ta;

/**
 * Wilder's relative strength index over bar closes. The first average gain and loss are the simple averages of the
 * first {@code period} close-to-close changes (so the first value comes with close {@code period + 1}); after that
 * each is smoothed as {@code avg = (avg × (period − 1) + x) / period}. The value is
 * {@code 100 × avgGain / (avgGain + avgLoss)} (the same as {@code 100 − 100 / (1 + RS)}), in [0, 100]; a window
 * without any move is 50. NaN before ready. O(1), no allocation per update. Not thread-safe.
 */
public final class Rsi {
  /** Wilder's period: 14 bars. */
  public static final int DEFAULT_PERIOD = 14;

  private final int period;
  private double previous = Double.NaN;
  private int changes;
  private double avgGain;
  private double avgLoss;
  private double value = Double.NaN;

  /** An RSI over {@value #DEFAULT_PERIOD} bars. */
  public Rsi() {
    this(DEFAULT_PERIOD);
  }

  /**
   * An RSI over {@code period} bars.
   *
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Rsi(int period) {
    if (period < 1) {
      throw new IllegalArgumentException("RSI period must be at least 1, got " + period);
    }
    this.period = period;
  }

  /**
   * Adds a bar close and returns the RSI (NaN until ready).
   *
   * @throws IllegalArgumentException if {@code close} is not finite
   */
  public double update(double close) {
    Inputs.requireFinite(close, "RSI close");
    if (Double.isNaN(previous)) {
      previous = close;
      return value;
    }
    double change = close - previous;
    previous = close;
    double gain = change > 0 ? change : 0;
    double loss = change < 0 ? -change : 0;
    if (changes < period) {
      changes++;
      // while warming up avgGain/avgLoss hold the sums
      avgGain += gain;
      avgLoss += loss;
      if (changes < period) {
        return value;
      }
      avgGain /= period;
      avgLoss /= period;
    } else {
      avgGain = (avgGain * (period - 1) + gain) / period;
      avgLoss = (avgLoss * (period - 1) + loss) / period;
    }
    double total = avgGain + avgLoss;
    value = total > 0 ? 100.0 * avgGain / total : 50.0;
    return value;
  }

  /** The RSI in [0, 100], or NaN before {@code period + 1} closes. */
  public double value() {
    return value;
  }

  /** Whether {@code period + 1} closes were seen. */
  public boolean isReady() {
    return changes >= period;
  }

  /** The period. */
  public int period() {
    return period;
  }

  /** Forgets all closes. */
  public void reset() {
    previous = Double.NaN;
    changes = 0;
    avgGain = 0;
    avgLoss = 0;
    value = Double.NaN;
  }
}
