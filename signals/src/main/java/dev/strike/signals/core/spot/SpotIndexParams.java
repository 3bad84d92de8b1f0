package dev.strike.signals.core.spot;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import dev.strike.common.id.SourceId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Settings of the composite spot index and its volatility ({@link SpotTracker}). Times are nanoseconds of event time.
 * Immutable; the ranges are checked by {@link #validate} (the loader) and again by the tracker's constructor.
 *
 * @param staleAfterNs a source whose latest tick is older than this (against the latest event time seen) drops out
 *     of the index; positive (default 10 s)
 * @param coreSources the exchanges the quorum counts (default coinbase, kraken, bitstamp); not empty, no duplicates.
 *     Other sources still enter the median, they only do not count toward the quorum
 * @param quorum how many core sources must be fresh for the index not to be degraded; 1..{@code coreSources.size()}
 *     (default 2)
 * @param barNs the sampling bar of the index history (returns, volatility, averages); 1 ms..1 h (default 1 s, the
 *     settlement sampling of Kalshi's crypto markets)
 * @param ewmaLambda the EWMA decay per bar, in (0, 1) (default 0.94)
 * @param historyNs how much bar history is kept; at least one bar, at most 10,000,000 bars (default 1 h)
 * @param minBarsForVol how many bar returns the volatility needs before it is reported (and that seed the EWMA);
 *     1..the bars in the history (default 30)
 */
public record SpotIndexParams(long staleAfterNs, List<SourceId> coreSources, int quorum, long barNs, double ewmaLambda,
    long historyNs, int minBarsForVol) implements Validatable {

  /** The largest history in bars (80 MB of ring buffers per asset at most). */
  public static final long MAX_HISTORY_BARS = 10_000_000L;

  private static final long SECOND_NS = 1_000_000_000L;

  /** Copies the source list (null elements are rejected). */
  public SpotIndexParams {
    coreSources = List.copyOf(Objects.requireNonNull(coreSources, "coreSources"));
  }

  /** 10 s staleness, core coinbase/kraken/bitstamp with a quorum of 2, 1 s bars, λ 0.94, 1 h history, 30 bars. */
  public static SpotIndexParams defaults() {
    return new SpotIndexParams(10 * SECOND_NS,
        List.of(SourceId.of("coinbase"), SourceId.of("kraken"), SourceId.of("bitstamp")), 2, SECOND_NS, 0.94,
        3600 * SECOND_NS, 30);
  }

  /** The number of bars the history holds ({@code historyNs / barNs}, at least 1 when valid). */
  public long historyBars() {
    return barNs > 0 ? historyNs / barNs : 0;
  }

  @Override
  public void validate(ConfigProblems problems) {
    problems.check(staleAfterNs > 0, "staleAfterNs", "must be positive, got " + staleAfterNs);
    boolean sourcesOk = problems.check(!coreSources.isEmpty(), "coreSources", "must name at least one source");
    problems.check(new HashSet<>(coreSources).size() == coreSources.size(), "coreSources",
        "must not repeat a source, got " + coreSources);
    if (sourcesOk) {
      problems.inRange("quorum", quorum, 1, coreSources.size());
    }
    boolean barOk = problems.inRange("barNs", barNs, 1_000_000L, 3600 * SECOND_NS);
    problems.check(ewmaLambda > 0 && ewmaLambda < 1, "ewmaLambda", "must be within (0, 1), got " + ewmaLambda);
    if (barOk && problems.check(historyNs >= barNs, "historyNs", "must hold at least one bar (" + barNs + " ns)")) {
      problems.check(historyBars() <= MAX_HISTORY_BARS, "historyNs",
          "must hold at most " + MAX_HISTORY_BARS + " bars, got " + historyBars());
      problems.inRange("minBarsForVol", minBarsForVol, 1, Math.min(historyBars(), Integer.MAX_VALUE));
    }
  }
}
