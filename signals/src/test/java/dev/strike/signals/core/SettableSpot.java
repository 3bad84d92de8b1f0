package dev.strike.signals.core;

import dev.strike.common.id.Asset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * A {@link SpotView} whose every answer the test sets, through its fields or the fluent setters; degraded and empty
 * until set. {@link #zScore} and {@link #logReturn} give the set value for any window (the windows asked are
 * recorded), {@link #averageOver} asks {@link #average} (NaN by default). Shared by the strategies' test contexts.
 */
public final class SettableSpot implements SpotView {
  private final Asset asset;
  public double index = Double.NaN;
  public long indexTsNs;
  public boolean degraded = true;
  public int freshSources;
  public double vol = Double.NaN;
  public double realizedVol = Double.NaN;
  public double z = Double.NaN;
  public double logReturn = Double.NaN;
  public AverageOver average = (from, to) -> Double.NaN;
  public final List<Long> zWindows = new ArrayList<>();
  public final List<Long> returnWindows = new ArrayList<>();

  public SettableSpot(Asset asset) {
    this.asset = asset;
  }

  /** Answers {@link #averageOver}. */
  @FunctionalInterface
  public interface AverageOver {
    double average(long fromNs, long toNs);
  }

  /** {@code average} for every interval. */
  public static AverageOver constant(double average) {
    return (from, to) -> average;
  }

  /**
   * A healthy index at {@code index} USD changed at {@code tsNs}, with EWMA (and realized) volatility
   * {@code volPerSqrtSecond}.
   */
  public SettableSpot set(double index, long tsNs, double volPerSqrtSecond) {
    this.index = index;
    this.indexTsNs = tsNs;
    this.vol = volPerSqrtSecond;
    this.realizedVol = volPerSqrtSecond;
    this.degraded = false;
    this.freshSources = 3;
    return this;
  }

  /** Marks the index degraded (or not). */
  public SettableSpot degraded(boolean degraded) {
    this.degraded = degraded;
    return this;
  }

  /** What {@link #averageOver} answers, as a function of (fromNs, toNs). */
  public SettableSpot averages(ToDoubleBiFunction<Long, Long> averages) {
    this.average = averages::applyAsDouble;
    return this;
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
    return degraded;
  }

  @Override
  public int freshSources() {
    return freshSources;
  }

  @Override
  public double ewmaVolPerSqrtSecond() {
    return vol;
  }

  @Override
  public double realizedVolPerSqrtSecond(long windowNs) {
    return realizedVol;
  }

  @Override
  public double logReturn(long windowNs) {
    returnWindows.add(windowNs);
    return logReturn;
  }

  @Override
  public double zScore(long windowNs) {
    zWindows.add(windowNs);
    return z;
  }

  @Override
  public double averageOver(long fromNs, long toNs) {
    return average.average(fromNs, toNs);
  }
}
