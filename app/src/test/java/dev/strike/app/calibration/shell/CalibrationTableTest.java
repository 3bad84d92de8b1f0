package dev.strike.app.calibration.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.app.Samples;
import dev.strike.app.calibration.core.CalibrationDoc;
import dev.strike.app.calibration.core.CalibrationParams;
import dev.strike.app.calibration.core.CalibrationReport;
import dev.strike.app.calibration.core.CalibrationTable;
import dev.strike.app.calibration.core.Exclusion;
import dev.strike.app.dataset.shell.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins {@code docs/calibration.md}: the table recomputed from the committed kapelame sample must be the one in the
 * doc, character for character, so a change that moves a number fails here until the doc is regenerated.
 */
class CalibrationTableTest {
  private static final long MINUTE = 60_000_000_000L;
  private static CalibrationReport report;
  private static CalibrationTable table;

  @BeforeAll
  static void computeOnce() throws IOException {
    report = DatasetCalibration.load(Dataset.KAPELAME, sample()).report(CalibrationParams.defaults());
    table = report.table();
  }

  private static Path sample() {
    return Samples.dir().resolve("kalshi-crypto15m-2026-02-25");
  }

  /** {@code ../docs/calibration.md} from the app module: the repository's docs directory. */
  private static Path doc() {
    return Samples.dir().resolveSibling("docs").resolve("calibration.md");
  }

  @Test
  void shouldMatchTheTableInTheDocWhenRecomputedFromTheCommittedSample() throws IOException {
    assertThat(doc()).as("docs/calibration.md is missing; generate it from the repository root with: %s",
        CalibrationDoc.REGENERATE).isRegularFile();
    String inDoc = CalibrationDoc.sectionOf(Files.readString(doc(), StandardCharsets.UTF_8));
    assertThat(inDoc).as("docs/calibration.md has no generated section; regenerate it from the repository root "
        + "with: %s", CalibrationDoc.REGENERATE).isNotNull();
    assertThat(CalibrationDoc.section(report)).as("the calibration table recomputed from the committed sample differs from "
        + "docs/calibration.md (the model, spot index or volatility changed?). If the change is intended, "
        + "regenerate the doc from the repository root with: %s", CalibrationDoc.REGENERATE).isEqualTo(inDoc);
  }

  @Test
  void shouldGiveTheSameBytesWhenComputedTwice() throws IOException {
    CalibrationReport again = DatasetCalibration.load(Dataset.KAPELAME, sample())
        .report(CalibrationParams.defaults());
    assertThat(CalibrationDoc.section(again)).isEqualTo(CalibrationDoc.section(report));
  }

  @Test
  void shouldLeaveOutTheOpenMarketAndThePartialWindowsWhenTheDataDoesNotCoverThem() {
    // KXBTC15M-26FEB250100-00 (closes 06:00 UTC) is still open when the file ends at 05:45:08: no result at any
    // horizon. The windows closing 04:30 UTC are first seen at 04:22:45, after their 10-minute time (04:20).
    assertThat(table.result().exclusions())
        .filteredOn(e -> e.ticker().value().equals("KXBTC15M-26FEB250100-00"))
        .extracting(Exclusion::reason).containsOnly(Exclusion.Reason.NO_RESULT).hasSize(4);
    assertThat(table.result().exclusions())
        .filteredOn(e -> e.horizonNs() == 10 * MINUTE && e.reason() == Exclusion.Reason.NO_QUOTE)
        .extracting(e -> e.ticker().value())
        .containsExactly("KXBTC15M-26FEB242330-30", "KXETH15M-26FEB242330-30", "KXSOL15M-26FEB242330-30",
            "KXXRP15M-26FEB242330-30");
    // 24 markets have a result; at 10 minutes the 4 partial windows drop out.
    assertThat(table.all().get(0).scores().markets()).isEqualTo(20);
    assertThat(table.result().problemLines()).isZero();
  }
}
