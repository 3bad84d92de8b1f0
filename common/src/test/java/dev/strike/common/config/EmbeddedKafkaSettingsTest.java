package dev.strike.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaSettingsTest {
  private static List<String> problems(int port, int controllerPort) {
    ConfigProblems problems = ConfigProblems.create();
    new EmbeddedKafkaSettings(Path.of("data"), port, controllerPort).validate(problems.at("embedded"));
    return problems.all().stream().map(ConfigProblem::toString).toList();
  }

  @Test
  void shouldUseDataKafkaAndKafkasPortsWhenDefaulted() {
    assertThat(EmbeddedKafkaSettings.defaults())
        .isEqualTo(new EmbeddedKafkaSettings(Path.of("data/kafka"), 9092, 9093));
  }

  @Property
  void shouldAcceptPortsWhenDistinctAndInRange(@ForAll @IntRange(max = 65535) int port,
      @ForAll @IntRange(max = 65535) int controllerPort) {
    assertThat(problems(port, controllerPort).isEmpty()).isEqualTo(port == 0 || port != controllerPort);
  }

  @Test
  void shouldAllowBothPortsZeroWhenFreePortsArePicked() {
    assertThat(problems(0, 0)).isEmpty();
  }

  @Test
  void shouldReportBothPortsWhenBothAreOutOfRange() {
    assertThat(problems(-1, 65536)).containsExactly(
        "embedded.port: must be within 0..65535, got -1",
        "embedded.controllerPort: must be within 0..65535, got 65536");
  }

  @Test
  void shouldReportControllerPortWhenPortsClash() {
    assertThat(problems(9092, 9092)).containsExactly("embedded.controllerPort: must differ from port (both are 9092)");
  }
}
