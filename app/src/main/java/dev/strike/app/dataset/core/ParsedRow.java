package dev.strike.app.dataset.core;

import java.util.List;

/**
 * What one dataset line holds: quotes, spot prices, and the reasons for any part that was skipped (empty when the
 * line mapped whole). A header line parses to an empty row.
 *
 * @param tsEventNs the row's time, epoch ns, or -1 when it could not be read
 * @param quotes the quotes, in column order
 * @param spots the spot prices, in column order
 * @param problems what is wrong with this line and what was skipped
 * @param staleSpots spot values present but flagged stale by the collector (skipped, counted)
 */
public record ParsedRow(long tsEventNs, List<QuoteObservation> quotes, List<SpotObservation> spots,
    List<String> problems, int staleSpots) {
  /** Copies the lists. */
  public ParsedRow {
    quotes = List.copyOf(quotes);
    spots = List.copyOf(spots);
    problems = List.copyOf(problems);
    if (staleSpots < 0) {
      throw new IllegalArgumentException("staleSpots must not be negative");
    }
  }

  /** A line that holds nothing (a header). */
  public static final ParsedRow EMPTY = new ParsedRow(-1, List.of(), List.of(), List.of(), 0);

  /** A line skipped whole for {@code reason}. */
  public static ParsedRow skipped(long tsEventNs, String reason) {
    return new ParsedRow(tsEventNs, List.of(), List.of(), List.of(reason + " (row skipped)"), 0);
  }
}
