package dev.strike.app.dataset.core;

import dev.strike.common.event.MarketStatus;
import java.util.List;

/**
 * What an import did.
 *
 * @param files per file: name, lines read, lines with problems
 * @param marketInfos {@code md.markets} records published
 * @param books {@code md.book} snapshots published
 * @param spots {@code md.spot} ticks published
 * @param staleSpots spot values skipped because the collector flagged them stale
 * @param problemLines lines with a problem (each reported, skipped in part or whole, dead-lettered)
 * @param problems the first {@value #PROBLEMS_KEPT} problems, in the order met
 * @param markets every market, by file then ticker
 * @param disagreements official results that differ from a decisive final quote (the official result wins)
 */
public record ImportReport(List<FileTally> files, long marketInfos, long books, long spots, long staleSpots,
    long problemLines, List<DatasetProblem> problems, List<MarketOutcome> markets, List<String> disagreements) {
  /** How many problems the report keeps (all are counted and dead-lettered). */
  public static final int PROBLEMS_KEPT = 100;

  /** Copies the lists. */
  public ImportReport {
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    markets = List.copyOf(markets);
    disagreements = List.copyOf(disagreements);
  }

  /** Lines read and lines with problems in one file. */
  public record FileTally(String file, long lines, long problemLines) {
    /** Validates presence and counts. */
    public FileTally {
      java.util.Objects.requireNonNull(file, "file");
      if (lines < 0 || problemLines < 0 || problemLines > lines) {
        throw new IllegalArgumentException("bad tally of " + file + ": " + problemLines + " of " + lines);
      }
    }
  }

  /** Markets whose result came from {@code source}. */
  public long marketsWith(ResultSource source) {
    return markets.stream().filter(m -> m.source() == source).count();
  }

  /** Markets whose last record has {@code status}. */
  public long marketsIn(MarketStatus status) {
    return markets.stream().filter(m -> m.status() == status).count();
  }
}
