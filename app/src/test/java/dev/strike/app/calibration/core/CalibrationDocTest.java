package dev.strike.app.calibration.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Finding the generated section in a doc. */
class CalibrationDocTest {
  @Test
  void shouldCutFromTheBeginMarkerToTheEndMarkerWhenBothArePresent() {
    String doc = "# Title\n\nprose\n\n" + CalibrationDoc.BEGIN + "\n\n| a |\n\n" + CalibrationDoc.END + "\ntrailer\n";
    assertThat(CalibrationDoc.sectionOf(doc)).isEqualTo(CalibrationDoc.BEGIN + "\n\n| a |\n\n" + CalibrationDoc.END
        + "\n");
  }

  @Test
  void shouldFindNoSectionWhenAMarkerIsMissing() {
    assertThat(CalibrationDoc.sectionOf("# Title\n" + CalibrationDoc.BEGIN + "\n| a |\n")).isNull();
    assertThat(CalibrationDoc.sectionOf("# Title\n| a |\n" + CalibrationDoc.END + "\n")).isNull();
  }
}
