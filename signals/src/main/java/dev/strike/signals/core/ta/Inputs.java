package dev.strike.signals.core.ta;

/** Argument checks shared by the indicators. */
final class Inputs {
  private Inputs() {}

  static void requireFinite(double x, String what) {
    if (!Double.isFinite(x)) {
      throw new IllegalArgumentException(what + " must be finite, got " + x);
    }
  }

  static void requirePositivePrice(double price, String what) {
    if (!(price > 0) || !Double.isFinite(price)) {
      throw new IllegalArgumentException(what + " must be a finite positive price, got " + price);
    }
  }
}
