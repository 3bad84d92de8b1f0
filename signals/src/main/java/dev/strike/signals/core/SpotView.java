package dev.strike.signals.core;

import dev.strike.common.id.Asset;

/**
 * The spot state of one underlying as the signals see it: the composite index over the exchange feeds, its
 * volatility and recent history. Spot prices here are model inputs (doubles, US dollars), not money we pay: contract
 * prices and money stay exact elsewhere (ARCHITECTURE §2). Every value is a function of the spot ticks seen so far
 * and their event times only, so replays give the same numbers. Read-only for strategies; not thread-safe.
 *
 * <p>Methods that cannot answer yet (no index, not enough history) return {@code NaN}; callers check with
 * {@link Double#isFinite(double)} before use, and a NaN never reaches a signal.
 */
public interface SpotView {
  /** The underlying. */
  Asset asset();

  /**
   * The composite index in USD: the median of the fresh sources' latest prices, or NaN if there is none. Present
   * even when {@linkplain #degraded() degraded}; strategies that need a trustworthy index check that first.
   */
  double index();

  /** Event time of the tick that last changed the index, epoch ns; 0 if none. */
  long indexTsNs();

  /**
   * True when fewer fresh core sources than the quorum are left (or none was ever seen): strategies that need the
   * index go quiet.
   */
  boolean degraded();

  /** How many sources are fresh now. */
  int freshSources();

  /**
   * EWMA volatility of the index's log returns (sampled on fixed bars), per square root of a second; NaN until
   * enough bars were seen. Multiply by {@code sqrt(seconds)} for a horizon.
   */
  double ewmaVolPerSqrtSecond();

  /**
   * Realized volatility of the index's log returns over the last {@code windowNs}, per square root of a second; NaN
   * if the history does not cover the window.
   */
  double realizedVolPerSqrtSecond(long windowNs);

  /** Log return of the index over the last {@code windowNs} (from the bar {@code windowNs} ago to now); NaN if the history does not reach back that far. */
  double logReturn(long windowNs);

  /**
   * Z-score of the index against its mean and standard deviation over the last {@code windowNs} (bar closes); NaN
   * if the window is not covered or its deviation is 0.
   */
  double zScore(long windowNs);

  /**
   * Simple average of the index sampled once per second over {@code [fromNs, toNs)} (the way Kalshi's crypto
   * markets settle: the 60 one-second values before the stated time); NaN if the history does not cover it.
   */
  double averageOver(long fromNs, long toNs);
}
