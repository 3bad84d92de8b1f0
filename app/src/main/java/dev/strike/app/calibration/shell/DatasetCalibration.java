package dev.strike.app.calibration.shell;

import dev.strike.app.calibration.core.CalibrationParams;
import dev.strike.app.calibration.core.CalibrationReplay;
import dev.strike.app.calibration.core.CalibrationReport;
import dev.strike.app.calibration.core.CalibrationResult;
import dev.strike.app.calibration.core.CalibrationTable;
import dev.strike.app.calibration.core.CollectedHistory;
import dev.strike.app.calibration.core.ProbabilityModel;
import dev.strike.app.calibration.core.SpotFeed;
import dev.strike.app.calibration.core.TrackerFeeds;
import dev.strike.app.dataset.core.HistoryImport;
import dev.strike.app.dataset.core.ImportReport;
import dev.strike.app.dataset.core.QuoteMapping;
import dev.strike.app.dataset.shell.Dataset;
import dev.strike.common.id.Asset;
import dev.strike.common.money.Qty;
import dev.strike.signals.core.model.FairValue;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Reads a recorded dataset with the import of {@code strike import-csv} (files under {@code in}, no Kafka) and
 * replays it through the calibration: the IO half of {@code strike calibrate}. Single-threaded.
 */
public final class DatasetCalibration {
  private static final long SECOND_NS = 1_000_000_000L;

  private final CollectedHistory events;
  private final ImportReport report;

  private DatasetCalibration(CollectedHistory events, ImportReport report) {
    this.events = events;
    this.report = report;
  }

  /**
   * Imports {@code dataset} at {@code in} into memory.
   *
   * @throws IllegalArgumentException if {@code in} does not hold the dataset's files
   * @throws IOException if a directory cannot be listed
   * @throws java.io.UncheckedIOException if a file cannot be read
   * @throws dev.strike.app.dataset.core.DatasetFormatException if a file is not the dataset
   */
  public static DatasetCalibration load(Dataset dataset, Path in) throws IOException {
    // The placeholder level size does not matter here: only prices are read.
    HistoryImport history = new HistoryImport(dataset.sources(in), new QuoteMapping(Qty.ofContracts(1)));
    CollectedHistory events = new CollectedHistory();
    ImportReport report = history.run(events);
    return new DatasetCalibration(events, report);
  }

  /**
   * The doc's report: the table with the signals' {@link FairValue} and {@link TrackerFeeds#calibration()} (2 s
   * bars), and the same with 1 s bars (the tracker's default bar) as a sensitivity.
   */
  public CalibrationReport report(CalibrationParams params) {
    TrackerFeeds feeds = TrackerFeeds.calibration();
    TrackerFeeds oneSecond = feeds.withBarNs(SECOND_NS);
    return new CalibrationReport(table(params, feeds::feed, FairValue::probabilityYes), feeds.describe(),
        List.of(new CalibrationReport.Sensitivity("1 s bars (the tracker's default)",
            table(params, oneSecond::feed, FairValue::probabilityYes))));
  }

  /** The table with the given spot feeds and model. */
  public CalibrationTable table(CalibrationParams params, Function<Asset, SpotFeed> feeds, ProbabilityModel model) {
    CalibrationResult result = new CalibrationReplay(params, feeds, model, FairValue.SETTLEMENT_WINDOW_NS)
        .run(events.events(), report.markets(), report.problemLines());
    return CalibrationTable.of(result, params);
  }
}
