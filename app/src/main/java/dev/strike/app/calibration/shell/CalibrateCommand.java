package dev.strike.app.calibration.shell;

import dev.strike.app.calibration.core.CalibrationDoc;
import dev.strike.app.calibration.core.CalibrationParams;
import dev.strike.app.calibration.core.CalibrationReport;
import dev.strike.app.calibration.core.CalibrationTable;
import dev.strike.app.calibration.core.Forecast;
import dev.strike.app.dataset.core.DatasetFormatException;
import dev.strike.app.dataset.shell.Dataset;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strike calibrate}: Brier score and log loss of the fair-value model and of the market mid. */
@Command(name = "calibrate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Score the fair-value model and the market mid (as a probability) against each market's result at 10, 5, 2 "
          + "and 1 minutes before the close, on a recorded dataset read from files (no Kafka): Brier score and log "
          + "loss per horizon, for all assets and per asset, with the markets left out and why.",
      "Prints the tables; --out writes docs/calibration.md (data, method, tables, every forecast), which "
          + "CalibrationTableTest pins. Dataset: kapelame (--in sample_features.csv[.gz] or its directory; the "
          + "only one with floor strikes and a spot series)."})
public final class CalibrateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--dataset", required = true, paramLabel = "NAME", description = "kapelame")
  Dataset dataset;

  @Option(names = "--in", required = true, paramLabel = "PATH", description = "The dataset's file or directory")
  Path in;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the whole doc here (e.g. docs/calibration.md)")
  @Nullable Path out;

  @Option(names = {"-v", "--verbose"}, description = "Also print every forecast")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (dataset != Dataset.KAPELAME) {
      err.println("strike calibrate: only --dataset kapelame can be scored: " + dataset.label()
          + " has no floor strikes, so the model cannot price its markets");
      return 2;
    }
    CalibrationReport report;
    try {
      report = DatasetCalibration.load(dataset, in).report(CalibrationParams.defaults());
    } catch (IllegalArgumentException | DatasetFormatException e) {
      err.println("strike calibrate: " + e.getMessage());
      return 2;
    } catch (IOException | UncheckedIOException e) {
      err.println("strike calibrate: cannot read " + in + ": " + e.getMessage());
      return 1;
    }
    CalibrationTable table = report.table();
    stdout.printf("calibration of %s from %s: %d forecasts scored, %d left out, %d dataset lines with problems%n%n",
        dataset.label(), in, table.result().forecasts().size(), table.result().exclusions().size(),
        table.result().problemLines());
    stdout.print(table.summaryMarkdown());
    for (CalibrationReport.Sensitivity s : report.sensitivities()) {
      stdout.printf("%n### All assets with %s%n%n", s.change());
      stdout.print(s.table().allAssetsMarkdown());
    }
    if (verbose) {
      stdout.println();
      for (Forecast f : table.result().forecasts()) {
        stdout.printf(Locale.ROOT, "  %-7s %-26s quote %s  spot %.4f  vol %.3e  model %.4f  mid %.4f  %s%n",
            CalibrationTable.horizon(f.horizonNs()), f.ticker(), CalibrationTable.utc(f.quoteTsNs()), f.spot(),
            f.volPerSqrtSecond(), f.model(), f.mid(), f.yes() ? "yes" : "no");
      }
    }
    if (out != null) {
      try {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(out, CalibrationDoc.render(report),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("strike calibrate: cannot write " + out + ": " + e.getMessage());
        return 1;
      }
      stdout.println();
      stdout.println("wrote " + out);
    }
    stdout.flush();
    return 0;
  }
}
