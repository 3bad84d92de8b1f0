package dev.strike.signals.core.ta;

/**
 * A running sum with Neumaier's compensation: adding and later subtracting the same values leaves (nearly) exactly
 * the sum of the rest, even when values of very different size pass through a window (a plain running sum would
 * keep the rounding residue of the large ones). O(1), no allocation.
 */
final class RunningSum {
  private double sum;
  private double compensation;

  void add(double x) {
    double t = sum + x;
    if (Math.abs(sum) >= Math.abs(x)) {
      compensation += (sum - t) + x;
    } else {
      compensation += (x - t) + sum;
    }
    sum = t;
  }

  double value() {
    return sum + compensation;
  }

  void reset() {
    sum = 0;
    compensation = 0;
  }
}
