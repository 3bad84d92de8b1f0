package dev.strike.signals.core.ta;

/**
 * Exponential moving average with smoothing {@code α = 2 / (period + 1)}, seeded with the simple average of the first
 * {@code period} inputs (the usual convention of MACD tables): ready after {@code period} inputs, NaN before. O(1),
 * no allocation per update. Not thread-safe.
 */
public final class Ema {
  private final int period;
  private final double alpha;
  private int count;
  private double sum;
  private double value = Double.NaN;

  /**
   * An EMA over {@code period} inputs.
   *
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Ema(int period) {
    if (period < 1) {
      throw new IllegalArgumentException("EMA period must be at least 1, got " + period);
    }
    this.period = period;
    this.alpha = 2.0 / (period + 1);
  }

  /**
   * Adds one input and returns the average (NaN until ready).
   *
   * @throws IllegalArgumentException if {@code x} is not finite
   */
  public double update(double x) {
    Inputs.requireFinite(x, "EMA input");
    if (count < period) {
      count++;
      sum += x;
      if (count == period) {
        value = sum / period;
      }
    } else {
      value += alpha * (x - value);
    }
    return value;
  }

  /** The average, or NaN before {@code period} inputs. */
  public double value() {
    return value;
  }

  /** Whether {@code period} inputs were seen. */
  public boolean isReady() {
    return count >= period;
  }

  /** The period. */
  public int period() {
    return period;
  }

  /** Forgets all inputs. */
  public void reset() {
    count = 0;
    sum = 0;
    value = Double.NaN;
  }
}
