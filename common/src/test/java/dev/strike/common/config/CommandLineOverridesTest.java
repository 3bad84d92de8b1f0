package dev.strike.common.config;

import static dev.strike.common.config.TestConfigs.loadExample;
import static dev.strike.common.config.TestConfigs.loadRich;
import static dev.strike.common.config.TestConfigs.problemsOf;
import static dev.strike.common.config.TestConfigs.yamlFile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.config.TestConfigs.ExampleRoot;
import dev.strike.common.config.TestConfigs.RichRoot;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineOverridesTest {
  @TempDir
  Path dir;

  private static ConfigSources overrides(Map<String, String> values) {
    return ConfigSources.none().withOverrides(values);
  }

  @Test
  void shouldWinOverEnvironmentAndFileWhenAllSetAKey() {
    Path file = yamlFile(dir, "kafka:\n  bootstrapServers: file:9092\n");

    ExampleRoot config = loadExample(ConfigSources.none().withFile(file)
        .withEnvironment(Map.of("STRIKE_KAFKA_BOOTSTRAP_SERVERS", "env:9092"))
        .withOverrides(Map.of("kafka.bootstrapServers", "flag:9092")));

    assertThat(config.kafka().bootstrapServers()).isEqualTo("flag:9092");
  }

  @Test
  void shouldSetAMapEntryWhoseNameHasDotsWhenKeyNamesIt() {
    ExampleRoot config = loadExample(overrides(Map.of("kafka.partitions.risk.decisions", "2")));

    assertThat(config.kafka().partitions()).containsExactly(Map.entry("risk.decisions", 2));
  }

  @Test
  void shouldSetOneKeyOfAMapEntrySectionWhenKeyNamesIt() {
    RichRoot config = loadRich(overrides(Map.of("channels.ops.enabled", "false")));

    assertThat(config.channels().get("ops").enabled()).isFalse();
    assertThat(config.channels().get("ops").url()).isEqualTo("https://ops.example");
  }

  @Test
  void shouldSplitOnCommasWhenKeyIsAList() {
    ExampleRoot config = loadExample(overrides(Map.of("services.enabled", "risk,signals")));

    assertThat(config.services().enabled()).containsExactly("risk", "signals");
  }

  @Test
  void shouldReportUnknownKeyWithSuggestionWhenKeyIsMisspelt() {
    assertThat(problemsOf(() -> loadExample(overrides(Map.of("kafka.bootstrap", "x:1")))))
        .containsExactly("kafka.bootstrap: unknown key (did you mean 'kafka.bootstrapServers'?)");
  }

  @Test
  void shouldSayCommandLineWhenOverrideValueIsWrong() {
    assertThat(problemsOf(() -> loadExample(overrides(Map.of("http.port", "-1")))))
        .containsExactly("http.port: must be within 0..65535, got -1 (from the command line)");
  }

  @Test
  void shouldReportSectionWhenKeyNamesOne() {
    assertThat(problemsOf(() -> loadExample(overrides(Map.of("kafka.embedded", "x")))))
        .containsExactly("kafka.embedded: is a section; set its keys instead (dataDir, port, controllerPort)");
  }

  @Test
  void shouldReportKeyBelowAValueWhenKeyGoesTooDeep() {
    assertThat(problemsOf(() -> loadExample(overrides(Map.of("http.port.max", "1")))))
        .containsExactly("http.port.max: unknown key: 'http.port' is a value, not a section");
  }

  @Test
  void shouldReportListOfSectionsWhenKeyNamesOne() {
    assertThat(problemsOf(() -> loadRich(overrides(Map.of("strategies", "a")))))
        .containsExactly(
            "strategies: holds lists or sections, which cannot be written as one value; set it in the file");
  }
}
