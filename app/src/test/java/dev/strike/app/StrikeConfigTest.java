package dev.strike.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.app.config.StrikeConfig;
import dev.strike.common.config.ConfigException;
import dev.strike.common.config.ConfigLoader;
import dev.strike.common.config.ConfigProblem;
import dev.strike.common.config.ConfigSources;
import dev.strike.common.event.Venue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrikeConfigTest {

  private static StrikeConfig load(ConfigSources sources) {
    return ConfigLoader.load(StrikeConfig.class, StrikeConfig.defaults(), sources);
  }

  @Test
  void shouldReportAllThreeMistakesOfAFileByKeyName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("strike.yaml");
    Files.writeString(file, """
        mode: paper
        kafka:
          embeded:
            port: 9092
        http:
          port: seventy
        services:
          enabled: [signals, rsk]
        """);
    assertThatThrownBy(() -> load(ConfigSources.none().withFile(file)))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.problems()).extracting(ConfigProblem::key)
              .containsExactly("http.port", "kafka.embeded", "services.enabled[1]");
          assertThat(e.getMessage())
              .contains("kafka.embeded")
              .contains("did you mean 'kafka.embedded'")
              .contains("http.port")
              .contains("seventy")
              .contains("services.enabled[1]")
              .contains("rsk");
        });
  }

  @Test
  void shouldRefuseAnApiPortThatClashesWithTheMetricsOrTheBrokerPorts() {
    assertThatThrownBy(() -> load(ConfigSources.none().withOverrides(Map.of("api.port", "9400"))))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.getMessage())
            .contains("api.port").contains("also http.port (9400)"));
    assertThatThrownBy(() -> load(ConfigSources.none().withOverrides(Map.of("api.port", "9093"))))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.getMessage())
            .contains("api.port").contains("embedded Kafka broker's port (9093)"));
    assertThatThrownBy(() -> load(ConfigSources.none().withOverrides(Map.of("api.history", "0",
        "api.feedStaleAfter", "0s"))))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .extracting(ConfigProblem::key).contains("api.history", "api.feedStaleAfter"));
    assertThat(load(ConfigSources.none().withOverrides(Map.of("api.port", "9411", "http.port", "0"))).api().port())
        .isEqualTo(9411);
  }

  @Test
  void shouldLoadTheExampleFileAndEachOfItsProfilesWithoutProblems() {
    Path example = Path.of("..", "strike.example.yaml");
    StrikeConfig base = load(ConfigSources.none().withFile(example));
    assertThat(base).isEqualTo(StrikeConfig.defaults());
    for (String profile : ConfigLoader.profiles(example)) {
      assertThat(load(ConfigSources.none().withFile(example).withProfile(profile))).isNotNull();
    }
  }

  @Test
  void shouldDocumentEveryKeyOfTheRootInTheExampleFile() throws Exception {
    com.fasterxml.jackson.databind.JsonNode tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
        .readTree(Path.of("..", "strike.example.yaml").toFile());
    java.util.List<String> missing = new java.util.ArrayList<>();
    for (String key : ConfigLoader.keys(StrikeConfig.class)) {
      com.fasterxml.jackson.databind.JsonNode node = tree;
      for (String part : key.split("\\.")) {
        node = node == null ? null : node.get(part);
      }
      if (node == null) {
        missing.add(key);
      }
    }
    assertThat(missing).as("keys without an entry in strike.example.yaml").isEmpty();
  }

  @Test
  void shouldRefuseDemoAndLiveUntilTheKalshiVenueExists() {
    assertThatThrownBy(() -> load(ConfigSources.none().withOverrides(Map.of("mode", "live"))))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .extracting(ConfigProblem::key).containsExactly("mode"));
  }

  @Test
  void shouldRefuseTheBenchStrategyWhenTheModeIsNotPaper() {
    assertThatThrownBy(() -> load(ConfigSources.none().withOverrides(Map.of("mode", "demo",
        "kalshi.environment", "demo", "signals.enabled", "bench"))))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .extracting(ConfigProblem::key).contains("signals.enabled"));
    assertThat(load(ConfigSources.none().withOverrides(Map.of("signals.enabled", "bench"))).signals().enabled())
        .containsExactly(dev.strike.signals.SignalsSettings.BENCH);
  }

  @Test
  void shouldRefuseAnHttpPortThatIsTheEmbeddedBrokersPort() {
    assertThatThrownBy(() -> load(ConfigSources.none().withOverrides(Map.of("http.port", "9092"))))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .extracting(ConfigProblem::key).containsExactly("http.port"));
  }

  @Test
  void shouldTakeServicesAndKafkaFromEnvironmentAndFlags() {
    StrikeConfig config = load(ConfigSources.none()
        .withEnvironment(Map.of("STRIKE_SERVICES_ENABLED", "signals,risk", "STRIKE_HTTP_PORT", "9500"))
        .withOverrides(Map.of("kafka.bootstrapServers", "kafka-1:9092")));
    assertThat(config.services().enabled()).containsExactly("signals", "risk");
    assertThat(config.http().port()).isEqualTo(9500);
    assertThat(config.kafka().bootstrapServers()).isEqualTo("kafka-1:9092");
    assertThat(config.mode()).isEqualTo(Venue.PAPER);
  }
}
