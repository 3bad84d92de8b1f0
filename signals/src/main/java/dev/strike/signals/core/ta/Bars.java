package dev.strike.signals.core.ta;

/**
 * Turns irregular ticks {@code (price, size, tsEventNs)} into fixed bars of {@code barNs} by event time. Bar {@code k}
 * covers {@code [k × barNs, (k + 1) × barNs)} from the epoch, so bars line up the same way in every run. A bar is
 * known to be closed when the first tick at or after its end arrives: {@link #onTick} then reports how many bars
 * closed, and the {@code closed…} accessors describe the last bar that had ticks. Bars in between that saw no tick
 * (a quiet feed) are empty: their close carries the previous close forward and their volume is 0 — a caller feeding
 * indicators repeats the carried close for them, or resets its indicators when the gap is too long to mean anything.
 * A tick older than the open bar's start (a late tick from a slower source) is folded into the open bar and counted
 * in {@link #lateTicks()}: bars never reopen.
 *
 * <p>Per bar: the close (the last price), the volume (the sum of sizes) and the bar's VWAP ({@code Σ price × size /
 * Σ size}, or the close when nothing with a size traded, so it is always a finite price). Prices are USD and sizes
 * units of the asset, both {@code double} model inputs. O(1), no allocation per tick. Not thread-safe.
 */
public final class Bars {
  private final long barNs;
  private boolean started;
  private long openStartNs;
  private double openClose;
  private double openVolume;
  private double openPv;
  private double closedClose = Double.NaN;
  private double closedVolume = Double.NaN;
  private double closedVwap = Double.NaN;
  private long closedStartNs;
  private long lateTicks;

  /**
   * Bars of {@code barNs}.
   *
   * @throws IllegalArgumentException if {@code barNs <= 0}
   */
  public Bars(long barNs) {
    if (barNs <= 0) {
      throw new IllegalArgumentException("bar length must be positive, got " + barNs + " ns");
    }
    this.barNs = barNs;
  }

  /**
   * Adds a tick.
   *
   * @param price USD, finite and positive
   * @param size units of the asset, finite, not negative (0 when the source gives none)
   * @param tsEventNs the tick's event time, epoch ns
   * @return how many bars this tick closed: 0 if it falls into the open bar; else {@code 1 + e}, the last bar with
   *     ticks (see {@code closed…}) followed by {@code e} empty bars
   * @throws IllegalArgumentException if a value is out of range
   */
  public long onTick(double price, double size, long tsEventNs) {
    Inputs.requirePositivePrice(price, "bar price");
    if (!(size >= 0) || !Double.isFinite(size)) {
      throw new IllegalArgumentException("bar size must be finite and not negative, got " + size);
    }
    long closedCount = 0;
    if (!started) {
      started = true;
      openStartNs = Math.floorDiv(tsEventNs, barNs) * barNs;
    } else if (tsEventNs < openStartNs) {
      lateTicks++;
    } else if (tsEventNs - openStartNs >= barNs) {
      closedCount = (tsEventNs - openStartNs) / barNs;
      closedClose = openClose;
      closedVolume = openVolume;
      closedVwap = openVolume > 0 ? openPv / openVolume : openClose;
      closedStartNs = openStartNs;
      openStartNs += closedCount * barNs;
      openVolume = 0;
      openPv = 0;
    }
    openClose = price;
    if (size > 0) {
      openVolume += size;
      openPv += price * size;
    }
    return closedCount;
  }

  /** The bar length, ns. */
  public long barNs() {
    return barNs;
  }

  /** Whether a tick was seen (a bar is open). */
  public boolean isStarted() {
    return started;
  }

  /** Start of the open bar, epoch ns (0 before the first tick). */
  public long openStartNs() {
    return openStartNs;
  }

  /** The open bar's latest price, USD (NaN before the first tick). */
  public double openClose() {
    return started ? openClose : Double.NaN;
  }

  /** The open bar's volume so far. */
  public double openVolume() {
    return openVolume;
  }

  /** Close of the last closed bar that had ticks, USD; NaN before any bar closed. */
  public double closedClose() {
    return closedClose;
  }

  /** Volume of the last closed bar that had ticks; NaN before any bar closed. */
  public double closedVolume() {
    return closedVolume;
  }

  /** VWAP of the last closed bar that had ticks (its close if nothing with a size traded), USD; NaN before. */
  public double closedVwap() {
    return closedVwap;
  }

  /** Start of the last closed bar that had ticks, epoch ns (0 before any bar closed). */
  public long closedStartNs() {
    return closedStartNs;
  }

  /** How many ticks arrived older than the open bar and were folded into it. */
  public long lateTicks() {
    return lateTicks;
  }

  /** Forgets every bar; the next tick opens a new one. */
  public void reset() {
    started = false;
    openStartNs = 0;
    openClose = 0;
    openVolume = 0;
    openPv = 0;
    closedClose = Double.NaN;
    closedVolume = Double.NaN;
    closedVwap = Double.NaN;
    closedStartNs = 0;
  }
}
