package dev.strike.app.calibration.core;

import dev.strike.common.id.Asset;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The calibration table of a replay: per horizon, for all assets and for each asset, the number of markets scored and
 * the model's and the mid's mean Brier score and log loss; what was left out and why; and every forecast. Rendered as
 * Markdown with fixed decimals in {@link Locale#ROOT}, so the same result always gives the same text.
 *
 * @param params what the replay used
 * @param all one row per horizon over every asset, in the params' order
 * @param perAsset one row per asset and horizon, assets in alphabetical order
 * @param result the replay's forecasts and exclusions
 */
public record CalibrationTable(CalibrationParams params, List<Row> all, List<Row> perAsset,
    CalibrationResult result) {
  private static final DateTimeFormatter UTC_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS",
      Locale.ROOT).withZone(ZoneOffset.UTC);

  /**
   * One line of the table.
   *
   * @param asset the underlying, or null for all assets
   * @param horizonNs time before the close, ns
   * @param scores the means
   */
  public record Row(@Nullable Asset asset, long horizonNs, ScoreSummary scores) {}

  /** Copies the lists. */
  public CalibrationTable {
    Objects.requireNonNull(params, "params");
    Objects.requireNonNull(result, "result");
    all = List.copyOf(all);
    perAsset = List.copyOf(perAsset);
  }

  /** The table of {@code result}. */
  public static CalibrationTable of(CalibrationResult result, CalibrationParams params) {
    TreeSet<Asset> assets = new TreeSet<>();
    result.forecasts().forEach(f -> assets.add(f.asset()));
    List<Row> all = new ArrayList<>();
    List<Row> perAsset = new ArrayList<>();
    for (long h : params.horizonsNs()) {
      List<Forecast> at = result.forecasts().stream().filter(f -> f.horizonNs() == h).toList();
      all.add(new Row(null, h, ScoreSummary.of(at, params.probabilityClip())));
    }
    for (Asset asset : assets) {
      for (long h : params.horizonsNs()) {
        List<Forecast> at = result.forecasts().stream()
            .filter(f -> f.horizonNs() == h && f.asset().equals(asset)).toList();
        perAsset.add(new Row(asset, h, ScoreSummary.of(at, params.probabilityClip())));
      }
    }
    return new CalibrationTable(params, all, perAsset, result);
  }

  /** The table over all assets, one row per horizon. */
  public String allAssetsMarkdown() {
    StringBuilder out = new StringBuilder();
    scoreTable(out, all, false);
    return out.toString();
  }

  /** The summary: all assets, per asset, what was not scored. */
  public String summaryMarkdown() {
    StringBuilder out = new StringBuilder();
    out.append("### All assets\n\n");
    scoreTable(out, all, false);
    out.append("\n### Per asset\n\n");
    scoreTable(out, perAsset, true);
    out.append("\n### Not scored\n\n");
    exclusionTable(out);
    return out.toString();
  }

  /** Every forecast, one row each, in the result's order. */
  public String forecastsMarkdown() {
    StringBuilder out = new StringBuilder();
    forecastTable(out);
    return out.toString();
  }

  private static void scoreTable(StringBuilder out, List<Row> rows, boolean withAsset) {
    out.append(withAsset ? "| Asset " : "").append(
        "| Before close | Markets scored | Model Brier | Mid Brier | Model log loss | Mid log loss |\n");
    out.append(withAsset ? "|:---" : "").append("|---:|---:|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      ScoreSummary s = row.scores();
      if (withAsset) {
        out.append("| ").append(row.asset() == null ? "all" : row.asset().symbol()).append(' ');
      }
      out.append("| ").append(horizon(row.horizonNs())).append(" | ").append(s.markets())
          .append(" | ").append(fixed(s.modelBrier())).append(" | ").append(fixed(s.midBrier()))
          .append(" | ").append(fixed(s.modelLogLoss())).append(" | ").append(fixed(s.midLogLoss())).append(" |\n");
    }
  }

  private void exclusionTable(StringBuilder out) {
    if (result.exclusions().isEmpty()) {
      out.append("Every market was scored at every horizon.\n");
      return;
    }
    out.append("| Before close | Market | Reason | Detail |\n|---:|:---|:---|:---|\n");
    for (Exclusion e : result.exclusions()) {
      out.append("| ").append(horizon(e.horizonNs())).append(" | ").append(e.ticker().value()).append(" | ")
          .append(e.reason().label()).append(" | ").append(e.detail()).append(" |\n");
    }
    Map<Exclusion.Reason, Integer> counts = new EnumMap<>(Exclusion.Reason.class);
    result.exclusions().forEach(e -> counts.merge(e.reason(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((reason, n) -> parts.add(n + " " + reason.label()));
    out.append("\nIn all: ").append(String.join(", ", parts)).append(" (market-horizon pairs).\n");
  }

  private void forecastTable(StringBuilder out) {
    out.append("| Before close | Market | Quote at (UTC) | Strike | Spot | σ per √s | Model | Mid | Result |\n");
    out.append("|---:|:---|:---|---:|---:|---:|---:|---:|:---|\n");
    for (Forecast f : result.forecasts()) {
      out.append("| ").append(horizon(f.horizonNs())).append(" | ").append(f.ticker().value()).append(" | ")
          .append(utc(f.quoteTsNs())).append(" | ")
          .append(f.floorStrike() == null ? "–" : f.floorStrike().toPlainString()).append(" | ")
          .append(String.format(Locale.ROOT, "%.4f", f.spot())).append(" | ")
          .append(String.format(Locale.ROOT, "%.3e", f.volPerSqrtSecond())).append(" | ")
          .append(fixed(f.model())).append(" | ").append(fixed(f.mid())).append(" | ")
          .append(f.yes() ? "yes" : "no").append(" |\n");
    }
  }

  /** Epoch ns as {@code 2026-02-25 04:57:58.855} (UTC, milliseconds, truncated). */
  public static String utc(long epochNs) {
    return UTC_MILLIS.format(Instant.ofEpochSecond(0, epochNs));
  }

  /** {@code 600 s} → {@code 10 min}; {@code 90 s} → {@code 90 s}. */
  public static String horizon(long ns) {
    long minute = 60_000_000_000L;
    if (ns % minute == 0) {
      return ns / minute + " min";
    }
    return String.format(Locale.ROOT, "%.3f s", ns / 1e9);
  }

  /** Four decimals in {@link Locale#ROOT}; {@code –} for NaN. */
  public static String fixed(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.4f", value);
  }
}
