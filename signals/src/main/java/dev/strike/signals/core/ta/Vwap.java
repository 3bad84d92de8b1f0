package dev.strike.signals.core.ta;

import java.util.Arrays;

/**
 * Volume-weighted average price {@code Σ price × volume / Σ volume}, USD, in one of two modes:
 *
 * <ul>
 *   <li>{@linkplain #rolling(int) rolling}: over the last {@code n} updates (feed it once per bar with the bar's own
 *       VWAP and volume, so the window is {@code n} bars); ready once {@code n} updates were seen and the window
 *       holds volume;
 *   <li>{@linkplain #session(long) session}: over every update since the start of the current session, sessions
 *       being the event-time intervals {@code [k × sessionNs, (k + 1) × sessionNs)} from the epoch (so
 *       {@code session(86_400 s)} restarts at 00:00 UTC); ready once the session holds volume. An update whose time
 *       lies before the current session (a late tick) counts in the current one.
 * </ul>
 *
 * <p>Updates with zero volume move nothing (sources that send no sizes do not count). Compensated running sums make
 * each update O(1) without keeping the rounding residue of bars that left the window; when a rolling window holds no
 * volume any more its sums are set back to exactly 0, so residue never divides by a near-zero volume. No allocation
 * per update. Not thread-safe.
 */
public final class Vwap {
  private final int windowBars;
  private final long sessionNs;
  private final double[] pv;
  private final double[] v;
  private int next;
  private long count;
  private int withVolume;
  private long sessionStartNs = Long.MIN_VALUE;
  private final RunningSum sumPv = new RunningSum();
  private final RunningSum sumV = new RunningSum();

  private Vwap(int windowBars, long sessionNs) {
    this.windowBars = windowBars;
    this.sessionNs = sessionNs;
    this.pv = new double[windowBars];
    this.v = new double[windowBars];
  }

  /**
   * A VWAP over the last {@code bars} updates.
   *
   * @throws IllegalArgumentException if {@code bars < 1}
   */
  public static Vwap rolling(int bars) {
    if (bars < 1) {
      throw new IllegalArgumentException("VWAP window must be at least 1 bar, got " + bars);
    }
    return new Vwap(bars, 0);
  }

  /**
   * A VWAP that restarts every {@code sessionNs} of event time (aligned to the epoch).
   *
   * @throws IllegalArgumentException if {@code sessionNs <= 0}
   */
  public static Vwap session(long sessionNs) {
    if (sessionNs <= 0) {
      throw new IllegalArgumentException("VWAP session must be positive, got " + sessionNs + " ns");
    }
    return new Vwap(0, sessionNs);
  }

  /**
   * Adds a price with its volume at event time {@code tsNs} (epoch ns; used by the session mode only).
   *
   * @param price USD, finite and positive
   * @param volume units of the asset, finite, not negative
   * @throws IllegalArgumentException if a value is out of range
   */
  public void update(double price, double volume, long tsNs) {
    Inputs.requirePositivePrice(price, "VWAP price");
    if (!(volume >= 0) || !Double.isFinite(volume)) {
      throw new IllegalArgumentException("VWAP volume must be finite and not negative, got " + volume);
    }
    double addPv = volume > 0 ? price * volume : 0;
    if (sessionNs > 0) {
      long start = Math.floorDiv(tsNs, sessionNs) * sessionNs;
      if (start > sessionStartNs) {
        sessionStartNs = start;
        sumPv.reset();
        sumV.reset();
      }
      sumPv.add(addPv);
      sumV.add(volume);
      count++;
      return;
    }
    if (count >= windowBars) {
      if (v[next] > 0) {
        withVolume--;
      }
      sumPv.add(-pv[next]);
      sumV.add(-v[next]);
    }
    pv[next] = addPv;
    v[next] = volume;
    if (volume > 0) {
      withVolume++;
    }
    sumPv.add(addPv);
    sumV.add(volume);
    if (withVolume == 0) {
      sumPv.reset();
      sumV.reset();
    }
    next = next + 1 == windowBars ? 0 : next + 1;
    count++;
  }

  /** Whether the window (or session) is covered and holds volume. */
  public boolean isReady() {
    boolean covered = sessionNs > 0 ? count > 0 : count >= windowBars;
    return covered && sumV.value() > 0;
  }

  /** The VWAP, USD, or NaN before ready. */
  public double value() {
    return isReady() ? sumPv.value() / sumV.value() : Double.NaN;
  }

  /** The volume in the window (or session), units of the asset. */
  public double volume() {
    return sumV.value();
  }

  /** Forgets all updates (a session VWAP starts a new session with the next update). */
  public void reset() {
    Arrays.fill(pv, 0);
    Arrays.fill(v, 0);
    next = 0;
    count = 0;
    withVolume = 0;
    sessionStartNs = Long.MIN_VALUE;
    sumPv.reset();
    sumV.reset();
  }
}
