package dev.strike.app.calibration.core;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@code docs/calibration.md}: a fixed text on the data and the method around the generated {@link
 * CalibrationTable#section() section}. Pure text building; the same inputs give the same bytes.
 */
public final class CalibrationDoc {
  /** How to regenerate the doc from the repository root. */
  public static final String REGENERATE = "./strike calibrate --dataset kapelame --in "
      + "samples/kalshi-crypto15m-2026-02-25 --out docs/calibration.md";

  private CalibrationDoc() {}

  /**
   * The whole doc.
   *
   * @param table the table to show
   * @param spotMethod how the spot index and its volatility were built, one Markdown bullet per line (without the
   *     leading {@code - })
   */
  public static String render(CalibrationTable table, List<String> spotMethod) {
    Objects.requireNonNull(table, "table");
    CalibrationParams p = table.params();
    CalibrationResult r = table.result();
    TreeSet<String> markets = new TreeSet<>();
    r.forecasts().forEach(f -> markets.add(f.ticker().value()));
    r.exclusions().forEach(e -> markets.add(e.ticker().value()));
    String horizons = p.horizonsNs().stream().map(CalibrationTable::horizon).collect(Collectors.joining(", "));
    String clip = BigDecimal.valueOf(p.probabilityClip()).toPlainString();
    String oneMinusClip = BigDecimal.ONE.subtract(BigDecimal.valueOf(p.probabilityClip())).toPlainString();
    StringBuilder out = new StringBuilder();
    out.append("# Calibration of the fair-value model on recorded 15-minute crypto markets\n\n");
    out.append("This file is generated: `").append(REGENERATE).append("`. `CalibrationTableTest` recomputes the "
        + "section between the markers from the committed sample and fails when it differs, so a change to the "
        + "model, the spot index or the volatility that moves a number fails the build until this file is "
        + "regenerated. The numbers are measurements, not a verdict.\n\n");
    out.append("## Data\n\n");
    out.append("`samples/kalshi-crypto15m-2026-02-25/sample_features.csv.gz` (kapelame/kalshi-crypto-pairs, MIT; "
        + "`../shared/data/README.md` §1 and §2.2): one row every 2 s from 2026-02-25 04:22:45 to 05:45:08 UTC "
        + "with, for BTC, ETH, SOL and XRP, the 15-minute market the collector followed (`greater_or_equal` with "
        + "its floor strike), its YES bid and ask in whole cents from Kalshi REST, and the Coinbase "
        + "`/v2/exchange-rates` spot price. It is read with the same import as `strike import-csv --dataset "
        + "kapelame` (`HistoryImport`, `KapelameCsv`): ").append(markets.size()).append(" markets. The file has no "
        + "result field: results are inferred from each market's final quote after its close (YES bid at least "
        + "95¢: yes; YES ask at most 5¢: no); the data README finds them in agreement with spot against strike at "
        + "the close in every case. "
        + "The spot is not the CF Benchmarks real-time index Kalshi settles on, and the Coinbase rate changes only "
        + "every few seconds (median about 10 s between changes), although the row repeats it every 2 s.\n\n");
    out.append("## Method\n\n");
    out.append("- **Scoring times.** For each market and each horizon h in {").append(horizons)
        .append("}, the forecasts are taken at t = close − h. The imported events are replayed in event-time "
            + "order; at t every event stamped at or before t has been applied and none later. The result is "
            + "the only later fact used, as the label.\n");
    out.append("- **Observation.** The market's last row at or before t: its newest book (at most ")
        .append(seconds(p.maxQuoteAgeNs())).append(" old, else the pair is excluded as stale; the rows are 2 s "
            + "apart). The **mid** is (YES bid + YES ask) / 2 in dollars, taken as the probability of YES; a "
            + "missing side counts at its bound (no YES bid: $0, no YES ask: $1), as Kalshi REST writes it and as "
            + "the file's own `mid` column does. Deep in- or out-of-the-money markets are often one-sided near "
            + "the close.\n");
    out.append("- **Model.** `FairValue.probabilityYes(greater_or_equal, floor strike, NaN, index at t, EWMA "
        + "volatility at t, now = t, close, 60 s settlement window, average so far)`. The average so far is NaN "
        + "at these horizons: t is at or before the start of the 60-second averaging window.\n");
    out.append("- **Spot index and volatility**, from the file's spot series only, causally (only ticks at or "
        + "before t), with the signals' `SpotTracker`:\n");
    for (String line : spotMethod) {
      out.append("  - ").append(line).append('\n');
    }
    out.append("- **Scores.** Brier score: the mean of (p − y)², y = 1 for YES, 0 for NO. Log loss: the mean of "
        + "−ln p for YES and −ln(1 − p) for NO, natural logarithm, with p clipped to [").append(clip)
        .append(", ").append(oneMinusClip).append("] first (model and mid alike; the mid never needs it: "
            + "whole-cent quotes keep it within [0.005, 0.995]). "
            + "Lower is better for both. Model and mid are scored on the same markets at each horizon.\n");
    out.append("- **Exclusions.** A market is left out at a horizon, with its reason listed below, when it has no "
        + "result (the BTC market still open when the file ends), no quote at or before t (the partial window "
        + "closing 04:30 UTC is first seen at 04:22:45, after its 10-minute time), a stale quote, no spot index, "
        + "no volatility yet, or no model value.\n");
    out.append("- **Size.** At most one market per asset per window, five complete windows and one partial one, "
        + "all inside 80 minutes; the four assets moved together (every window settled the same way for all "
        + "four), so the markets are far from independent and the per-asset rows hold five or six markets "
        + "each.\n\n");
    out.append("## Results\n\n");
    out.append(table.section());
    return out.toString();
  }

  /**
   * The generated section of a doc: from the {@link CalibrationTable#BEGIN} line to the {@link CalibrationTable#END}
   * line, both included, with a line break after the end; null when the doc has no such section.
   */
  public static @Nullable String sectionOf(String doc) {
    int begin = doc.indexOf(CalibrationTable.BEGIN);
    int end = doc.indexOf(CalibrationTable.END, begin < 0 ? 0 : begin);
    if (begin < 0 || end < 0) {
      return null;
    }
    return doc.substring(begin, end + CalibrationTable.END.length()) + "\n";
  }

  private static String seconds(long ns) {
    return ns % 1_000_000_000L == 0 ? ns / 1_000_000_000L + " s"
        : String.format(Locale.ROOT, "%.3f s", ns / 1e9);
  }
}
