package dev.strike.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {
  private static List<String> problems(HttpSettings settings) {
    ConfigProblems problems = ConfigProblems.create();
    settings.validate(problems.at("http"));
    return problems.all().stream().map(ConfigProblem::toString).toList();
  }

  @Test
  void shouldServeLoopbackOn9400WhenDefaulted() {
    assertThat(HttpSettings.defaults()).isEqualTo(new HttpSettings("127.0.0.1", 9400));
    assertThat(problems(HttpSettings.defaults())).isEmpty();
  }

  @Test
  void shouldAcceptPortZeroWhenAFreePortIsWanted() {
    assertThat(problems(new HttpSettings("0.0.0.0", 0))).isEmpty();
  }

  @Test
  void shouldReportEveryProblemWhenHostAndPortAreBothWrong() {
    assertThat(problems(new HttpSettings("", 70000))).containsExactly(
        "http.host: must not be blank",
        "http.port: must be within 0..65535, got 70000");
  }
}
