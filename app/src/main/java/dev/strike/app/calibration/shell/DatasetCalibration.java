package dev.strike.app.calibration.shell;

import dev.strike.app.calibration.core.CalibrationParams;
import dev.strike.app.calibration.core.CalibrationReplay;
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
import java.util.function.Function;

/**
 * Reads a recorded dataset with the import of {@code strike import-csv} (files under {@code in}, no Kafka) and
 * replays it through the calibration: the IO half of {@code strike calibrate}. Single-threaded.
 */
public final class DatasetCalibration {
  private DatasetCalibration() {}

  /**
   * The table of {@code dataset} at {@code in}, scored with the signals' {@link FairValue} and the spot feeds of
   * {@link TrackerFeeds#calibration()}.
   *
   * @throws IllegalArgumentException if {@code in} does not hold the dataset's files
   * @throws IOException if a directory cannot be listed
   * @throws java.io.UncheckedIOException if a file cannot be read
   * @throws dev.strike.app.dataset.core.DatasetFormatException if a file is not the dataset
   */
  public static CalibrationTable run(Dataset dataset, Path in, CalibrationParams params) throws IOException {
    return run(dataset, in, params, TrackerFeeds.calibration()::feed, FairValue::probabilityYes);
  }

  /** The same with another spot feed and model. */
  public static CalibrationTable run(Dataset dataset, Path in, CalibrationParams params,
      Function<Asset, SpotFeed> feeds, ProbabilityModel model) throws IOException {
    // The placeholder level size does not matter here: only prices are read.
    HistoryImport history = new HistoryImport(dataset.sources(in), new QuoteMapping(Qty.ofContracts(1)));
    CollectedHistory events = new CollectedHistory();
    ImportReport report = history.run(events);
    CalibrationResult result = new CalibrationReplay(params, feeds, model, FairValue.SETTLEMENT_WINDOW_NS)
        .run(events.events(), report.markets(), report.problemLines());
    return CalibrationTable.of(result, params);
  }
}
