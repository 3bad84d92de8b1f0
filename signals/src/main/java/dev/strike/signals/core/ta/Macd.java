package dev.strike.signals.core.ta;

/**
 * Moving average convergence/divergence over bar closes: {@code macd = EMA(fast) − EMA(slow)}, {@code signal =
 * EMA(signalPeriod)} of the macd values, {@code histogram = macd − signal}, in the price's unit (USD). Each EMA is
 * seeded with the simple average of its first inputs ({@link Ema}), so the macd line exists from close
 * {@code slow} and the signal from close {@code slow + signalPeriod − 1}; all three outputs are NaN until then
 * ({@link #isReady()}). O(1), no allocation per update. Not thread-safe.
 */
public final class Macd {
  /** The classic fast period: 12 bars. */
  public static final int DEFAULT_FAST = 12;
  /** The classic slow period: 26 bars. */
  public static final int DEFAULT_SLOW = 26;
  /** The classic signal period: 9 macd values. */
  public static final int DEFAULT_SIGNAL = 9;

  private final Ema fast;
  private final Ema slow;
  private final Ema signal;
  private double macd = Double.NaN;

  /** MACD(12, 26, 9). */
  public Macd() {
    this(DEFAULT_FAST, DEFAULT_SLOW, DEFAULT_SIGNAL);
  }

  /**
   * MACD({@code fastPeriod}, {@code slowPeriod}, {@code signalPeriod}).
   *
   * @throws IllegalArgumentException unless {@code 1 <= fastPeriod < slowPeriod} and {@code signalPeriod >= 1}
   */
  public Macd(int fastPeriod, int slowPeriod, int signalPeriod) {
    if (fastPeriod < 1 || slowPeriod <= fastPeriod || signalPeriod < 1) {
      throw new IllegalArgumentException("MACD needs 1 <= fast < slow and signal >= 1, got " + fastPeriod + ", "
          + slowPeriod + ", " + signalPeriod);
    }
    this.fast = new Ema(fastPeriod);
    this.slow = new Ema(slowPeriod);
    this.signal = new Ema(signalPeriod);
  }

  /**
   * Adds a bar close.
   *
   * @throws IllegalArgumentException if {@code close} is not finite
   */
  public void update(double close) {
    fast.update(close);
    slow.update(close);
    if (slow.isReady()) {
      double line = fast.value() - slow.value();
      signal.update(line);
      macd = line;
    }
  }

  /** Whether the signal line exists ({@code slow + signal − 1} closes seen). */
  public boolean isReady() {
    return signal.isReady();
  }

  /** EMA(fast) − EMA(slow), USD; NaN before ready. */
  public double macd() {
    return isReady() ? macd : Double.NaN;
  }

  /** EMA of the macd line, USD; NaN before ready. */
  public double signal() {
    return signal.value();
  }

  /** macd − signal, USD; NaN before ready. */
  public double histogram() {
    return isReady() ? macd - signal.value() : Double.NaN;
  }

  /** Closes needed before ready. */
  public int warmUpBars() {
    return slow.period() + signal.period() - 1;
  }

  /** Forgets all closes. */
  public void reset() {
    fast.reset();
    slow.reset();
    signal.reset();
    macd = Double.NaN;
  }
}
