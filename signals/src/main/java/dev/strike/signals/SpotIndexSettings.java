package dev.strike.signals;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import dev.strike.common.id.SourceId;
import dev.strike.signals.core.spot.SpotIndexParams;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the signals build the spot index of an asset from the exchange feeds (configuration section
 * {@code signals.spotIndex}); the core form is {@link SpotIndexParams}.
 *
 * @param staleAfter a source's latest price leaves the index when it is older than this (event time)
 * @param coreSources the sources the quorum counts
 * @param quorum how many core sources must be fresh for the index to be trusted
 * @param bar the index is sampled on bars of this length for returns and volatility
 * @param ewmaLambda EWMA decay per bar of the squared log returns, in (0, 1)
 * @param history how much bar history is kept (the longest window a strategy may ask for)
 * @param minBarsForVol how many returns before a volatility is reported
 */
public record SpotIndexSettings(Duration staleAfter, List<SourceId> coreSources, int quorum, Duration bar,
    double ewmaLambda, Duration history, int minBarsForVol) implements Validatable {

  /** Copies the list. */
  public SpotIndexSettings {
    Objects.requireNonNull(staleAfter, "staleAfter");
    coreSources = List.copyOf(coreSources);
    Objects.requireNonNull(bar, "bar");
    Objects.requireNonNull(history, "history");
  }

  /** The defaults of {@link SpotIndexParams#defaults()}. */
  public static SpotIndexSettings defaults() {
    SpotIndexParams p = SpotIndexParams.defaults();
    return new SpotIndexSettings(Duration.ofNanos(p.staleAfterNs()), p.coreSources(), p.quorum(),
        Duration.ofNanos(p.barNs()), p.ewmaLambda(), Duration.ofNanos(p.historyNs()), p.minBarsForVol());
  }

  /** The core form. */
  public SpotIndexParams toParams() {
    return new SpotIndexParams(staleAfter.toNanos(), coreSources, quorum, bar.toNanos(), ewmaLambda,
        history.toNanos(), minBarsForVol);
  }

  @Override
  public void validate(ConfigProblems problems) {
    problems.check((!staleAfter.isNegative() && !staleAfter.isZero()), "staleAfter", "must be positive, got " + staleAfter);
    problems.check((!bar.isNegative() && !bar.isZero()), "bar", "must be positive, got " + bar);
    problems.check(history.compareTo(bar) >= 0, "history", "must be at least one bar (" + bar + "), got " + history);
    problems.check(quorum >= 1 && quorum <= coreSources.size(), "quorum",
        "must be between 1 and the number of core sources (" + coreSources.size() + "), got " + quorum);
    problems.check(new java.util.HashSet<>(coreSources).size() == coreSources.size(), "coreSources",
        "must not repeat a source");
    problems.check(ewmaLambda > 0 && ewmaLambda < 1, "ewmaLambda", "must be in (0, 1), got " + ewmaLambda);
    problems.check(minBarsForVol >= 2, "minBarsForVol", "must be at least 2, got " + minBarsForVol);
    if ((!bar.isNegative() && !bar.isZero())) {
      problems.check(history.toNanos() / bar.toNanos() <= SpotIndexParams.MAX_HISTORY_BARS, "history",
          "must hold at most " + SpotIndexParams.MAX_HISTORY_BARS + " bars, got " + history + " of " + bar);
    }
  }
}
