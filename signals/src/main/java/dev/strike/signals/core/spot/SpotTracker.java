package dev.strike.signals.core.spot;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.event.SpotTick;
import dev.strike.common.id.Asset;
import dev.strike.common.id.SourceId;
import dev.strike.signals.core.SpotView;
import java.util.Arrays;
import java.util.Objects;

/**
 * The composite spot index of one asset, its bar history and volatility, folded from {@code md.spot} ticks. Driven
 * only by event times ({@code SpotTick.tsEvent} and the times passed to {@link #advanceTo}), so a replay of the same
 * events in the same order gives the same numbers bit for bit. One writer (the lane that owns the asset); not
 * thread-safe. No allocation per tick or per {@code advanceTo} once every source has been seen.
 *
 * <h2>Time</h2>
 *
 * "Now" is the latest event time seen ({@link #nowNs()}): the maximum of every tick's {@code tsEvent} and every
 * {@code advanceTo} argument; it never moves backwards (an older time is ignored).
 *
 * <h2>Index</h2>
 *
 * Each source's latest price and event time are kept. A source is <em>fresh</em> while {@code now − its tsEvent ≤
 * staleAfterNs}. The index is the median of the fresh sources' latest prices (core or not; the mean of the two middle
 * values for an even count), NaN when no source is fresh. It is <em>degraded</em> when fewer core sources than the
 * quorum are fresh (or the index is NaN). Staleness is re-evaluated at the exact event time at which a source expires,
 * also between ticks (in {@code advanceTo}). A tick older than its source's latest tick is ignored and counted
 * ({@link #outOfOrder()}); a tick with the same time as the latest replaces the price. {@link #indexTsNs()} is the
 * event time of the tick that last changed the index value (a drop-out that changes it leaves it as is).
 *
 * <h2>Bars</h2>
 *
 * The index is sampled at every bar boundary (multiples of {@code barNs} of epoch time, starting at the first boundary
 * after the first index value): the sample at boundary B is the index after every event before B (a tick exactly at B
 * falls into the next bar). Bars without ticks carry the last value forward; when no source is fresh the last finite
 * index is carried too (check {@link #degraded()}). The bars and everything derived from them are bit-identical
 * however often {@code advanceTo} is called between the same ticks. A fixed ring of {@code historyNs / barNs + 2} bars holds the
 * samples and their log returns; a jump over more bars than that fills the ring with the carried value without
 * looping over the gap. Bars are never revised: a late tick only affects bars after it.
 *
 * <h2>Volatility</h2>
 *
 * Per-bar log returns {@code r = ln(v_k / v_{k−1})}. EWMA variance {@code σ²_k = λσ²_{k−1} + (1 − λ)r_k²} (λ per bar),
 * seeded with the mean of {@code r²} over the first {@code minBarsForVol} returns and reported from then on. Realized
 * volatility over a window is the root mean square of the returns in it (zero mean: at second bars the drift is
 * noise). Both are converted per √second: {@code σ_bar / √(barNs / 1 s)}.
 */
public final class SpotTracker implements SpotView {
  private static final double NS_PER_SECOND = 1e9;
  private static final long SAMPLE_NS = 1_000_000_000L;
  private static final long NONE = Long.MAX_VALUE;

  private final Asset asset;
  private final SpotIndexParams params;
  private final long staleAfterNs;
  private final long barNs;
  private final double barSeconds;
  private final double lambda;
  private final int minBarsForVol;

  private SourceId[] sourceIds = new SourceId[4];
  private double[] sourcePrice = new double[4];
  private long[] sourceTsNs = new long[4];
  private boolean[] sourceCore = new boolean[4];
  private double[] scratch = new double[4];
  private int sourceCount;

  private long nowNs = Long.MIN_VALUE;
  private long nextExpiryNs = NONE;
  private double index = Double.NaN;
  private double lastFiniteIndex = Double.NaN;
  private long indexTsNs;
  private int freshSources;
  private int freshCoreSources;
  private long outOfOrder;

  private final int capacity;
  private final double[] barValue;
  private final double[] barReturn;
  private long barsClosed;
  private long lastBarNs;
  private long nextBarNs = NONE;
  private long returnsSeen;
  private double seedSumOfSquares;
  private double ewmaVariance = Double.NaN;

  private long realizedKeyWindow = -1;
  private long realizedKeyLastBar;
  private long realizedKeyCount;
  private double realizedValue;
  private long zKeyWindow = -1;
  private long zKeyLastBar;
  private long zKeyCount;
  private double zMean;
  private double zDeviation;
  private long averageKeyFrom;
  private long averageKeyTo;
  private long averageKeyLastBar = NONE;
  private double averageValue;

  /**
   * A tracker with no source seen yet (index NaN, degraded).
   *
   * @param asset the underlying whose ticks this tracker takes; not null
   * @param params the settings; not null, valid
   * @throws dev.strike.common.config.ConfigException if {@code params} break a rule of {@link SpotIndexParams#validate}
   */
  public SpotTracker(Asset asset, SpotIndexParams params) {
    this.asset = Objects.requireNonNull(asset, "asset");
    this.params = Objects.requireNonNull(params, "params");
    ConfigProblems problems = ConfigProblems.create();
    params.validate(problems);
    problems.throwIfAny();
    this.staleAfterNs = params.staleAfterNs();
    this.barNs = params.barNs();
    this.barSeconds = barNs / NS_PER_SECOND;
    this.lambda = params.ewmaLambda();
    this.minBarsForVol = params.minBarsForVol();
    this.capacity = Math.toIntExact(params.historyBars() + 2);
    this.barValue = new double[capacity];
    this.barReturn = new double[capacity];
  }

  /** The settings this tracker runs with. */
  public SpotIndexParams params() {
    return params;
  }

  /**
   * Takes one spot tick: advances time to its {@code tsEvent} (if later), updates its source's latest price and time
   * and recomputes the index.
   *
   * @param tick a tick of this tracker's asset; not null
   * @return whether the index value changed (NaN to a value counts; an ignored out-of-order tick returns false)
   * @throws IllegalArgumentException if the tick is for another asset (a routing bug)
   */
  public boolean onTick(SpotTick tick) {
    if (!asset.equals(tick.asset())) {
      throw new IllegalArgumentException("tracker for " + asset + " got a tick of " + tick.asset());
    }
    long ts = tick.tsEvent();
    advanceTo(ts);
    int i = sourceSlot(tick.source());
    if (ts < sourceTsNs[i]) {
      outOfOrder++;
      return false;
    }
    sourcePrice[i] = tick.price().doubleValue();
    sourceTsNs[i] = ts;
    double before = index;
    refresh(nowNs);
    boolean changed = Double.compare(before, index) != 0;
    if (changed) {
      indexTsNs = ts;
    }
    return changed;
  }

  /**
   * Moves event time forward to {@code eventNs}: sources that expire by then drop out (at their exact expiry time) and
   * bar boundaries up to it are closed. An earlier or equal time does nothing. O(1) unless a source expires or a bar
   * closes.
   *
   * @param eventNs an event time, epoch ns
   */
  public void advanceTo(long eventNs) {
    if (eventNs <= nowNs) {
      return;
    }
    if (eventNs < nextExpiryNs && eventNs < nextBarNs) {
      nowNs = eventNs;
      return;
    }
    while (true) {
      long next = Math.min(nextExpiryNs, nextBarNs);
      if (next > eventNs || next == NONE) {
        break;
      }
      if (nextExpiryNs <= nextBarNs) {
        nowNs = nextExpiryNs;
        refresh(nextExpiryNs);
      } else {
        long until = nextExpiryNs == NONE ? eventNs : Math.min(eventNs, nextExpiryNs - 1);
        closeBars((until - nextBarNs) / barNs + 1);
      }
    }
    nowNs = eventNs;
  }

  /** The latest event time seen, epoch ns; {@code Long.MIN_VALUE} before the first. */
  public long nowNs() {
    return nowNs;
  }

  /** Ticks ignored because they were older than their source's latest tick. */
  public long outOfOrder() {
    return outOfOrder;
  }

  /** How many core sources are fresh now. */
  public int freshCoreSources() {
    return freshCoreSources;
  }

  /** Bars closed since the start (including ones that fell out of the history). */
  public long barsClosed() {
    return barsClosed;
  }

  @Override
  public Asset asset() {
    return asset;
  }

  @Override
  public double index() {
    return index;
  }

  @Override
  public long indexTsNs() {
    return indexTsNs;
  }

  @Override
  public boolean degraded() {
    return freshCoreSources < params.quorum() || Double.isNaN(index);
  }

  @Override
  public int freshSources() {
    return freshSources;
  }

  /** NaN until {@code minBarsForVol} bar returns were seen. */
  @Override
  public double ewmaVolPerSqrtSecond() {
    return Math.sqrt(ewmaVariance / barSeconds);
  }

  /**
   * The window holds the bars whose boundaries fall in {@code (now − windowNs, now]}; it is covered when the bar
   * just before it is still in the history (so every return in it is known). NaN when the window holds no bar
   * boundary or is not covered.
   */
  @Override
  public double realizedVolPerSqrtSecond(long windowNs) {
    long count = barsInWindow(windowNs);
    if (count <= 0) {
      return Double.NaN;
    }
    if (realizedKeyWindow != windowNs || realizedKeyLastBar != lastBarNs || realizedKeyCount != count) {
      double sumOfSquares = 0;
      for (long age = 0; age < count; age++) {
        double r = barReturn[slot(barsClosed - 1 - age)];
        sumOfSquares += r * r;
      }
      realizedValue = Math.sqrt(sumOfSquares / count / barSeconds);
      realizedKeyWindow = windowNs;
      realizedKeyLastBar = lastBarNs;
      realizedKeyCount = count;
    }
    return realizedValue;
  }

  /**
   * {@code ln(index now / the bar sample at the latest boundary ≤ now − windowNs)}; NaN if that bar is no longer (or
   * not yet) in the history, {@code windowNs} is negative, or the index is NaN now.
   */
  @Override
  public double logReturn(long windowNs) {
    if (windowNs < 0 || barsClosed == 0 || !Double.isFinite(index)) {
      return Double.NaN;
    }
    long reference = Math.floorDiv(nowNs - windowNs, barNs) * barNs;
    long age = (lastBarNs - reference) / barNs;
    if (reference > lastBarNs || age >= available()) {
      return Double.NaN;
    }
    return Math.log(index / barValue[slot(barsClosed - 1 - age)]);
  }

  /**
   * {@code (index now − mean) / sd} over the bar samples in {@code (now − windowNs, now]} (sample deviation, n − 1),
   * with the coverage rule of {@link #realizedVolPerSqrtSecond}; NaN with fewer than two bars, a zero deviation or a
   * NaN index.
   */
  @Override
  public double zScore(long windowNs) {
    long count = barsInWindow(windowNs);
    if (count < 2 || !Double.isFinite(index)) {
      return Double.NaN;
    }
    if (zKeyWindow != windowNs || zKeyLastBar != lastBarNs || zKeyCount != count) {
      double sum = 0;
      for (long age = 0; age < count; age++) {
        sum += barValue[slot(barsClosed - 1 - age)];
      }
      double mean = sum / count;
      double squares = 0;
      for (long age = 0; age < count; age++) {
        double d = barValue[slot(barsClosed - 1 - age)] - mean;
        squares += d * d;
      }
      zMean = mean;
      zDeviation = Math.sqrt(squares / (count - 1));
      zKeyWindow = windowNs;
      zKeyLastBar = lastBarNs;
      zKeyCount = count;
    }
    return zDeviation > 0 ? (index - zMean) / zDeviation : Double.NaN;
  }

  /**
   * The mean of the one-second samples at {@code fromNs, fromNs + 1 s, …} before {@code toNs}. Each sample is the bar
   * sample at the latest boundary at or before its time: with 1 s bars aligned to whole seconds that is exactly the
   * index at that second; with other bars it is the step function of the bars (coarser for longer bars). NaN if
   * {@code toNs ≤ fromNs}, a sample lies after now, or the oldest needed bar is not in the history.
   */
  @Override
  public double averageOver(long fromNs, long toNs) {
    if (toNs <= fromNs || barsClosed == 0) {
      return Double.NaN;
    }
    long samples = (toNs - fromNs - 1) / SAMPLE_NS + 1;
    long lastSample = fromNs + (samples - 1) * SAMPLE_NS;
    long oldestBar = Math.floorDiv(fromNs, barNs) * barNs;
    if (lastSample > nowNs || oldestBar > lastBarNs || (lastBarNs - oldestBar) / barNs >= available()) {
      return Double.NaN;
    }
    if (averageKeyFrom != fromNs || averageKeyTo != toNs || averageKeyLastBar != lastBarNs) {
      double sum = 0;
      for (long t = fromNs; t < toNs; t += SAMPLE_NS) {
        long age = (lastBarNs - Math.floorDiv(t, barNs) * barNs) / barNs;
        sum += barValue[slot(barsClosed - 1 - age)];
      }
      averageValue = sum / samples;
      averageKeyFrom = fromNs;
      averageKeyTo = toNs;
      averageKeyLastBar = lastBarNs;
    }
    return averageValue;
  }

  /** Number of bars in {@code (now − windowNs, now]} if the bar before them is in the history, else 0. */
  private long barsInWindow(long windowNs) {
    if (windowNs <= 0 || barsClosed == 0) {
      return 0;
    }
    long first = Math.floorDiv(nowNs - windowNs, barNs) * barNs + barNs;
    if (first > lastBarNs) {
      return 0;
    }
    long count = (lastBarNs - first) / barNs + 1;
    return count < available() ? count : 0;
  }

  private long available() {
    return Math.min(barsClosed, capacity);
  }

  private int slot(long bar) {
    return (int) (bar % capacity);
  }

  /** Recomputes freshness, the index and the next expiry as of event time {@code t}. */
  private void refresh(long t) {
    int fresh = 0;
    int freshCore = 0;
    long nextExpiry = NONE;
    for (int i = 0; i < sourceCount; i++) {
      long ts = sourceTsNs[i];
      if (t - ts <= staleAfterNs) {
        scratch[fresh++] = sourcePrice[i];
        if (sourceCore[i]) {
          freshCore++;
        }
        nextExpiry = Math.min(nextExpiry, ts + staleAfterNs + 1);
      }
    }
    freshSources = fresh;
    freshCoreSources = freshCore;
    nextExpiryNs = nextExpiry;
    index = fresh == 0 ? Double.NaN : median(scratch, fresh);
    if (fresh > 0) {
      lastFiniteIndex = index;
      if (nextBarNs == NONE) {
        nextBarNs = Math.floorDiv(t, barNs) * barNs + barNs;
      }
    }
  }

  /** Closes {@code count ≥ 1} consecutive bars from {@code nextBarNs}, all sampling the current (carried) index. */
  private void closeBars(long count) {
    double value = lastFiniteIndex;
    double firstReturn = barsClosed > 0 ? Math.log(value / barValue[slot(barsClosed - 1)]) : Double.NaN;
    boolean hadBar = barsClosed > 0;
    writeBar(value, firstReturn);
    if (hadBar) {
      onReturn(firstReturn);
    }
    long rest = count - 1;
    if (rest > 0) {
      long written = Math.min(rest, capacity);
      barsClosed += rest - written;
      for (long k = 0; k < written; k++) {
        writeBar(value, 0.0);
      }
      onZeroReturns(rest);
    }
    lastBarNs = nextBarNs + (count - 1) * barNs;
    nextBarNs = lastBarNs + barNs;
  }

  private void writeBar(double value, double logReturn) {
    int s = slot(barsClosed);
    barValue[s] = value;
    barReturn[s] = logReturn;
    barsClosed++;
  }

  private void onReturn(double r) {
    returnsSeen++;
    if (returnsSeen < minBarsForVol) {
      seedSumOfSquares += r * r;
    } else if (returnsSeen == minBarsForVol) {
      seedSumOfSquares += r * r;
      ewmaVariance = seedSumOfSquares / minBarsForVol;
    } else {
      ewmaVariance = lambda * ewmaVariance + (1 - lambda) * r * r;
    }
  }

  private void onZeroReturns(long count) {
    long left = count;
    while (left > 0 && returnsSeen < minBarsForVol) {
      onReturn(0.0);
      left--;
    }
    // λ·σ² + (1 − λ)·0 is exactly λ·σ², so multiplying one bar at a time gives bit-identical results however the
    // bars were grouped (pow would differ in the last bit); it stops once σ² has underflowed to 0
    returnsSeen += left;
    for (long k = 0; k < left && ewmaVariance != 0; k++) {
      ewmaVariance *= lambda;
    }
  }

  private int sourceSlot(SourceId source) {
    for (int i = 0; i < sourceCount; i++) {
      if (sourceIds[i].equals(source)) {
        return i;
      }
    }
    if (sourceCount == sourceIds.length) {
      int grown = sourceCount * 2;
      sourceIds = Arrays.copyOf(sourceIds, grown);
      sourcePrice = Arrays.copyOf(sourcePrice, grown);
      sourceTsNs = Arrays.copyOf(sourceTsNs, grown);
      sourceCore = Arrays.copyOf(sourceCore, grown);
      scratch = new double[grown];
    }
    int i = sourceCount++;
    sourceIds[i] = source;
    sourceTsNs[i] = Long.MIN_VALUE;
    sourcePrice[i] = Double.NaN;
    sourceCore[i] = params.coreSources().contains(source);
    return i;
  }

  /** Median of {@code values[0, n)}, n ≥ 1; sorts that prefix in place (n is a handful of exchanges). */
  private static double median(double[] values, int n) {
    for (int i = 1; i < n; i++) {
      double v = values[i];
      int j = i - 1;
      while (j >= 0 && values[j] > v) {
        values[j + 1] = values[j];
        j--;
      }
      values[j + 1] = v;
    }
    int mid = n >>> 1;
    return (n & 1) == 1 ? values[mid] : 0.5 * (values[mid - 1] + values[mid]);
  }
}
