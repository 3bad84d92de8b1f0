package dev.strike.app.calibration.core;

import dev.strike.common.event.SpotTick;
import dev.strike.common.id.Asset;
import dev.strike.signals.core.SpotView;
import java.util.ArrayList;
import java.util.List;

/**
 * A spot feed whose index is the last tick's price, whose volatility is a constant once {@code ticksForVol} ticks
 * were seen, and whose window average is a constant; it records what it was asked.
 */
final class FakeSpotFeed implements SpotFeed, SpotView {
  final Asset asset;
  final double vol;
  final int ticksForVol;
  final double average;
  final List<long[]> averageAsked = new ArrayList<>();
  long nowNs;
  int ticks;
  double last = Double.NaN;
  long lastTsNs;

  FakeSpotFeed(Asset asset, double vol, int ticksForVol, double average) {
    this.asset = asset;
    this.vol = vol;
    this.ticksForVol = ticksForVol;
    this.average = average;
  }

  @Override
  public void onTick(SpotTick tick) {
    if (tick.tsEvent() < nowNs) {
      throw new AssertionError("tick at " + tick.tsEvent() + " after advancing to " + nowNs);
    }
    ticks++;
    last = tick.price().doubleValue();
    lastTsNs = tick.tsEvent();
    nowNs = tick.tsEvent();
  }

  @Override
  public void advanceTo(long nowNs) {
    if (nowNs < this.nowNs) {
      throw new AssertionError("time goes back: " + nowNs + " < " + this.nowNs);
    }
    this.nowNs = nowNs;
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
    return lastTsNs;
  }

  @Override
  public boolean degraded() {
    return ticks == 0;
  }

  @Override
  public int freshSources() {
    return ticks == 0 ? 0 : 1;
  }

  @Override
  public double ewmaVolPerSqrtSecond() {
    return ticks >= ticksForVol ? vol : Double.NaN;
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
    averageAsked.add(new long[] {fromNs, toNs});
    return average;
  }
}
