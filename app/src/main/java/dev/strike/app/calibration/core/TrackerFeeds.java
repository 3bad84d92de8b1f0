package dev.strike.app.calibration.core;

import dev.strike.app.dataset.core.KapelameCsv;
import dev.strike.common.event.SpotTick;
import dev.strike.common.id.Asset;
import dev.strike.common.id.SourceId;
import dev.strike.signals.core.SpotView;
import dev.strike.signals.core.spot.SpotIndexParams;
import dev.strike.signals.core.spot.SpotTracker;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Spot feeds backed by the signals' {@link SpotTracker}, one per underlying, all with the same settings.
 *
 * @param params the tracker settings
 */
public record TrackerFeeds(SpotIndexParams params) {
  private static final long SECOND_NS = 1_000_000_000L;

  /** Validates presence. */
  public TrackerFeeds {
    Objects.requireNonNull(params, "params");
  }

  /**
   * The settings of the calibration on the kapelame file: {@link SpotIndexParams#defaults()} except that the one
   * source the file has ({@link KapelameCsv#SPOT_SOURCE}) is the only core source with a quorum of 1, and bars are
   * 2 s, the file's row cadence.
   */
  public static TrackerFeeds calibration() {
    SpotIndexParams d = SpotIndexParams.defaults();
    return new TrackerFeeds(new SpotIndexParams(d.staleAfterNs(), List.of(KapelameCsv.SPOT_SOURCE), 1,
        2 * SECOND_NS, d.ewmaLambda(), d.historyNs(), d.minBarsForVol()));
  }

  /** The same settings with bars of {@code barNs}. */
  public TrackerFeeds withBarNs(long barNs) {
    return new TrackerFeeds(new SpotIndexParams(params.staleAfterNs(), params.coreSources(), params.quorum(), barNs,
        params.ewmaLambda(), params.historyNs(), params.minBarsForVol()));
  }

  /** A new feed for {@code asset}. */
  public SpotFeed feed(Asset asset) {
    SpotTracker tracker = new SpotTracker(asset, params);
    return new SpotFeed() {
      @Override
      public void onTick(SpotTick tick) {
        tracker.onTick(tick);
      }

      @Override
      public void advanceTo(long nowNs) {
        tracker.advanceTo(nowNs);
      }

      @Override
      public SpotView view() {
        return tracker;
      }
    };
  }

  /** The settings for {@code docs/calibration.md}, one Markdown bullet per line. */
  public List<String> describe() {
    double bars = 1.0 / (1.0 - params.ewmaLambda());
    double barSeconds = params.barNs() / (double) SECOND_NS;
    String sources = params.coreSources().stream().map(SourceId::value).map(s -> "`" + s + "`")
        .collect(Collectors.joining(", "));
    return List.of(
        "Index: the median of the fresh sources' latest prices. The file has one source, the Coinbase rate "
            + "(`<asset>_real_price`, source " + sources + "), made the only core source with a quorum of "
            + params.quorum() + "; a source is stale after " + seconds(params.staleAfterNs())
            + " (rows come every 2 s, so it never is here).",
        "Bars: " + seconds(params.barNs()) + " of epoch time, the row cadence. The index is sampled at every bar "
            + "boundary; a bar without a tick carries the last value forward (row gaps range from 1.7 "
            + "to 2.4 s, so now and then a bar carries and the next takes two rows' move). History kept: "
            + seconds(params.historyNs()) + ".",
        String.format(Locale.ROOT, "Volatility: EWMA of the per-bar log returns, λ = %s per bar (a memory of about "
            + "1/(1 − λ) ≈ %.0f bars ≈ %.0f s), seeded with the mean square of the first %d returns (%s) and "
            + "reported from then on; per √s it is σ_bar / √%s. Zero mean, no floor or cap.",
            params.ewmaLambda(), bars, bars * barSeconds, params.minBarsForVol(),
            seconds(params.minBarsForVol() * params.barNs()), trim(barSeconds)),
        "Causality: the tracker takes every spot tick of the file stamped at or before t and is then advanced to "
            + "t; one tracker per asset runs through the whole file, so each scoring time sees exactly the history "
            + "before it.");
  }

  private static String seconds(long ns) {
    if (ns % (3600 * SECOND_NS) == 0) {
      return ns / (3600 * SECOND_NS) + " h";
    }
    return trim(ns / (double) SECOND_NS) + " s";
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value);
  }
}
