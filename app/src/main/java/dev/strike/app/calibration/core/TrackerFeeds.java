package dev.strike.app.calibration.core;

import dev.strike.common.event.SpotTick;
import dev.strike.common.id.Asset;
import dev.strike.signals.core.SpotView;
import java.util.List;

/**
 * INTERIM (replaced by the signals' SpotTracker when it lands): the spot feeds the calibration uses.
 */
public final class TrackerFeeds {
  private static final long BAR_NS = 2_000_000_000L;
  private static final double LAMBDA = 0.94;
  private static final int MIN_BARS = 10;

  private TrackerFeeds() {}

  /** The calibration's settings. */
  public static TrackerFeeds calibration() {
    return new TrackerFeeds();
  }

  /** A new feed for {@code asset}. */
  public SpotFeed feed(Asset asset) {
    return new Interim(asset);
  }

  /** The settings as Markdown bullet lines. */
  public List<String> describe() {
    return List.of("INTERIM: 2 s bars, EWMA lambda 0.94 per bar, carry-forward");
  }

  private static final class Interim implements SpotFeed, SpotView {
    final Asset asset;
    double last = Double.NaN;
    long lastTs;
    long barEnd = Long.MIN_VALUE;
    double barClose = Double.NaN;
    double variance = Double.NaN;
    int bars;

    Interim(Asset asset) {
      this.asset = asset;
    }

    @Override
    public void onTick(SpotTick tick) {
      advanceTo(tick.tsEvent());
      last = tick.price().doubleValue();
      lastTs = tick.tsEvent();
      if (barEnd == Long.MIN_VALUE) {
        barEnd = Math.floorDiv(tick.tsEvent(), BAR_NS) * BAR_NS + BAR_NS;
      }
    }

    @Override
    public void advanceTo(long nowNs) {
      while (barEnd != Long.MIN_VALUE && nowNs >= barEnd) {
        if (!Double.isNaN(barClose)) {
          double r = Math.log(last / barClose);
          variance = Double.isNaN(variance) ? r * r : LAMBDA * variance + (1 - LAMBDA) * r * r;
          bars++;
        }
        barClose = last;
        barEnd += BAR_NS;
      }
    }

    @Override
    public SpotView view() {
      return this;
    }

    @Override
    public Asset asset() {
      return asset;
    }

    @Override
    public double index() {
      return last;
    }

    @Override
    public long indexTsNs() {
      return lastTs;
    }

    @Override
    public boolean degraded() {
      return Double.isNaN(last);
    }

    @Override
    public int freshSources() {
      return 1;
    }

    @Override
    public double ewmaVolPerSqrtSecond() {
      return bars >= MIN_BARS ? Math.sqrt(variance / (BAR_NS / 1e9)) : Double.NaN;
    }

    @Override
    public double realizedVolPerSqrtSecond(long windowNs) {
      return Double.NaN;
    }

    @Override
    public double logReturn(long windowNs) {
      return Double.NaN;
    }

    @Override
    public double zScore(long windowNs) {
      return Double.NaN;
    }

    @Override
    public double averageOver(long fromNs, long toNs) {
      return Double.NaN;
    }
  }
}
