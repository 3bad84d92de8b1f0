package dev.strike.ingest.spot.core;

import dev.strike.common.id.SourceId;
import java.util.List;
import java.util.Objects;

/**
 * A feed's health at one instant, for metrics and the health endpoint. Immutable.
 *
 * @param source the feed
 * @param condition up, degraded or down (see {@link FeedState#assess})
 * @param summary one line for operators, e.g. {@code live} or {@code stale: SOL 12.4 s}
 * @param phase the connection phase
 * @param messageAgeNs nanoseconds since the last frame of any kind, or since the feed started if none
 * @param connections successful connections so far
 * @param consecutiveFailures connection attempts that failed since the last useful connection
 * @param lastProblem the latest connection problem or exchange error, "" if none
 * @param assets one view per asset, in configuration order
 */
public record FeedAssessment(SourceId source, FeedCondition condition, String summary, FeedPhase phase,
    long messageAgeNs, int connections, int consecutiveFailures, String lastProblem, List<AssetView> assets) {
  /** Checks presence and copies the list. */
  public FeedAssessment {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(phase, "phase");
    Objects.requireNonNull(lastProblem, "lastProblem");
    assets = List.copyOf(assets);
  }
}
