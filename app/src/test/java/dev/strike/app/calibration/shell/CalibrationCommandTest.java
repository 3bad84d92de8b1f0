package dev.strike.app.calibration.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.app.CliRun;
import dev.strike.app.Samples;
import dev.strike.app.StrikeCli;
import dev.strike.app.calibration.core.CalibrationDoc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code strike calibrate} end to end on the committed sample. */
class CalibrationCommandTest {
  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void shouldPrintTheTablesAndWriteTheDocWhenOutIsGiven(@TempDir Path dir) throws Exception {
    Path doc = dir.resolve("docs/calibration.md");
    CliRun result = run("calibrate", "--dataset", "kapelame", "--in",
        Samples.dir().resolve("kalshi-crypto15m-2026-02-25").toString(), "--out", doc.toString());
    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("### All assets").contains("| 10 min | 20 |").contains("wrote " + doc);
    String written = Files.readString(doc, StandardCharsets.UTF_8);
    assertThat(written).startsWith("# Calibration").contains("## Method").contains(CalibrationDoc.BEGIN);
    String section = CalibrationDoc.sectionOf(written);
    assertThat(section).isNotNull();
    assertThat(result.out()).contains(section.substring(section.indexOf("### All assets"),
        section.indexOf("### Per asset")));
  }

  @Test
  void shouldRefuseADatasetWithoutStrikesWhenAsked() {
    CliRun result = run("calibrate", "--dataset", "johnnygod", "--in", Samples.johnnyGodXrp().toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("only --dataset kapelame");
  }

  @Test
  void shouldSayWhatIsMissingWhenTheInputDoesNotExist(@TempDir Path dir) {
    CliRun result = run("calibrate", "--dataset", "kapelame", "--in", dir.resolve("nope").toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("does not exist");
  }

  @Test
  void shouldListTheCommandWhenHelpIsAsked() {
    assertThat(run("--help").out()).contains("calibrate");
    assertThat(run("calibrate", "--help").out()).contains("--dataset").contains("--in").contains("--out")
        .contains("Brier");
  }
}
