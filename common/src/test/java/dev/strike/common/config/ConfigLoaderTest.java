package dev.strike.common.config;

import static dev.strike.common.config.TestConfigs.file;
import static dev.strike.common.config.TestConfigs.loadExample;
import static dev.strike.common.config.TestConfigs.problemsOf;
import static dev.strike.common.config.TestConfigs.yamlFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.config.TestConfigs.ExampleRoot;
import dev.strike.common.config.TestConfigs.Mode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir
  Path dir;

  @Test
  void shouldReturnDefaultsWhenNoSourceIsGiven() {
    assertThat(loadExample(ConfigSources.none())).isEqualTo(ExampleRoot.defaults());
  }

  @Test
  void shouldUseTypeDefaultsWhenDefaultsInstanceIsNull() {
    assertThat(ConfigLoader.load(ExampleRoot.class, null, ConfigSources.none())).isEqualTo(ExampleRoot.defaults());
  }

  @Test
  void shouldOverrideOnlyTheKeysTheFileSetsWhenFileIsPartial() {
    Path file = yamlFile(dir, """
        mode: demo
        kafka:
          topicPrefix: bt-7
          embedded:
            port: 19092
        """);

    ExampleRoot config = loadExample(file(file));

    assertThat(config.mode()).isEqualTo(Mode.DEMO);
    assertThat(config.kafka().topicPrefix()).isEqualTo("bt-7");
    assertThat(config.kafka().embedded().port()).isEqualTo(19092);
    assertThat(config.kafka().embedded().controllerPort()).isEqualTo(9093);
    assertThat(config.http()).isEqualTo(HttpSettings.defaults());
  }

  @Test
  void shouldKeepDefaultsWhenSectionHasNoValue() {
    Path file = yamlFile(dir, """
        kafka:
        http: ~
        """);

    assertThat(loadExample(file(file))).isEqualTo(ExampleRoot.defaults());
  }

  @Test
  void shouldReadEmptyFileAsDefaults() {
    assertThat(loadExample(file(yamlFile(dir, "# nothing set\n")))).isEqualTo(ExampleRoot.defaults());
  }

  @Test
  void shouldReportExactlyThreeProblemsByKeyWhenFileHasThreeMistakesInDifferentSections() {
    Path file = yamlFile(dir, """
        mode: paper
        kafka:
          replicationFactor: 0
          embedded:
            port: abc
        http:
          prot: 9500
        """);

    assertThat(problemsOf(() -> loadExample(file(file)))).containsExactly(
        "http.prot: unknown key (did you mean 'http.port'?)",
        "kafka.embedded.port: expected an integer, got 'abc'",
        "kafka.replicationFactor: must be at least 1, got 0");
  }

  @Test
  void shouldListEveryProblemOnePerLineSortedByKeyWhenThrowing() {
    Path file = yamlFile(dir, """
        mode: papr
        kafka:
          embeded:
            port: 9092
        http:
          port: 70000
        """);

    assertThatThrownBy(() -> loadExample(file(file)))
        .isInstanceOf(ConfigException.class)
        .hasMessage("""
            invalid configuration (3 problems):
              http.port: must be within 0..65535, got 70000
              kafka.embeded: unknown key (did you mean 'kafka.embedded'?)
              mode: must be one of paper, demo, live, got 'papr'""");
  }

  @Test
  void shouldSuggestKeyOfAnotherSectionWhenNameBelongsThere() {
    Path file = yamlFile(dir, """
        kafka:
          dataDir: /var/strike/kafka
        """);

    assertThat(problemsOf(() -> loadExample(file(file))))
        .containsExactly("kafka.dataDir: unknown key (did you mean 'kafka.embedded.dataDir'?)");
  }

  @Test
  void shouldSuggestCorrectCaseWhenKeyDiffersOnlyInCase() {
    Path file = yamlFile(dir, "kafka:\n  BootstrapServers: kafka:9092\n");

    assertThat(problemsOf(() -> loadExample(file(file))))
        .containsExactly("kafka.BootstrapServers: unknown key (did you mean 'kafka.bootstrapServers'?)");
  }

  @Test
  void shouldReportUnknownKeyWithoutSuggestionWhenNothingIsClose() {
    Path file = yamlFile(dir, "telemetry: true\n");

    assertThat(problemsOf(() -> loadExample(file(file)))).containsExactly("telemetry: unknown key");
  }

  @Test
  void shouldReportSyntaxErrorWithFileLineAndColumnWhenYamlIsMalformed() {
    Path file = yamlFile(dir, """
        kafka:
          topicPrefix: dev
            port: 9092
        """);

    List<String> problems = problemsOf(() -> loadExample(file(file)));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0)).startsWith(file + ": invalid YAML at line 3, column 9: ")
        .contains("mapping values are not allowed here")
        .doesNotContain("\n");
  }

  @Test
  void shouldReportDuplicateKeyWithLineWhenFileRepeatsAKey() {
    Path file = yamlFile(dir, """
        http:
          port: 9400
          port: 9401
        """);

    assertThat(problemsOf(() -> loadExample(file(file))))
        .singleElement().asString().startsWith(file + ": invalid YAML at line 3").contains("Duplicate field 'port'");
  }

  @Test
  void shouldReportMissingFileWhenNamedFileDoesNotExist() {
    Path missing = dir.resolve("nope.yaml");

    assertThat(problemsOf(() -> loadExample(file(missing))))
        .containsExactly(missing + ": configuration file not found");
  }

  @Test
  void shouldReportTopLevelListWhenFileIsNotASection() {
    Path file = yamlFile(dir, "- a\n- b\n");

    assertThat(problemsOf(() -> loadExample(file(file))))
        .containsExactly(file + ": expected key: value lines at the top level, got a list");
  }

  @Test
  void shouldReportSecondDocumentWhenFileHasTwo() {
    Path file = yamlFile(dir, "mode: demo\n---\nmode: live\n");

    assertThat(problemsOf(() -> loadExample(file(file))))
        .containsExactly(file + ": only one YAML document is allowed, found another at line 3");
  }

  @Test
  void shouldReportSectionGivenAsValueWhenKeyExpectsSection() {
    Path file = yamlFile(dir, "http: 9400\n");

    assertThat(problemsOf(() -> loadExample(file(file))))
        .containsExactly("http: expected a section (key: value lines), got 9400");
  }

  @Test
  void shouldReportBindingAndRuleProblemsOfDifferentSectionsTogether() {
    Path file = yamlFile(dir, """
        mode: 3
        kafka:
          topicPrefix: "no spaces"
          partitions:
            md.book: 0
        services:
          enabled: [risk, riks]
        """);

    assertThat(problemsOf(() -> loadExample(file(file)))).containsExactly(
        "kafka.partitions.md.book: must be at least 1, got 0",
        "kafka.topicPrefix: must be empty or at most 100 letters, digits, '-' and '_', starting with a letter or"
            + " digit, got 'no spaces'",
        "mode: must be one of paper, demo, live, got 3",
        "services.enabled[1]: unknown service 'riks'; services: ingest-market, ingest-spot, signals, risk,"
            + " execution, alerts, api");
  }

  @Test
  void shouldCheckTheRestOfASectionWhenOneOfItsKeysFailsToBind() {
    Path file = yamlFile(dir, """
        http:
          host: " "
          port: abc
        """);

    assertThat(problemsOf(() -> loadExample(file(file)))).containsExactly(
        "http.host: must not be blank",
        "http.port: expected an integer, got 'abc'");
  }

  @Test
  void shouldDropRuleProblemsAtAKeyWhenThatKeyFailedToBind() {
    // controllerPort fails to bind, so the section is checked with the default (9093) standing in; it clashes with
    // port, but that rule problem is about the stand-in, not about the file, and is dropped
    Path file = yamlFile(dir, """
        kafka:
          embedded:
            port: 9093
            controllerPort: 9093x
        """);

    assertThat(problemsOf(() -> loadExample(file(file))))
        .containsExactly("kafka.embedded.controllerPort: expected an integer, got '9093x'");
  }

  @Test
  void shouldValidateDefaultsWhenCheckingAConfigBuiltInCode() {
    ExampleRoot bad = new ExampleRoot(Mode.LIVE, KafkaSettings.defaults(), new HttpSettings("", 9400),
        TestConfigs.ServicesSection.defaults());

    assertThat(problemsOf(() -> ConfigLoader.validate(ExampleRoot.class, bad)))
        .containsExactly("http.host: must not be blank");
  }

  @Test
  void shouldListKeysAndTheirVariablesWhenAskedForTheRootType() {
    assertThat(ConfigLoader.keys(ExampleRoot.class)).containsExactly("mode", "kafka.bootstrapServers",
        "kafka.topicPrefix", "kafka.replicationFactor", "kafka.partitions", "kafka.embedded.dataDir",
        "kafka.embedded.port", "kafka.embedded.controllerPort", "kafka.clientProperties", "http.host", "http.port",
        "services.enabled");
    assertThat(ConfigLoader.environmentVariable("kafka.embedded.controllerPort"))
        .isEqualTo("STRIKE_KAFKA_EMBEDDED_CONTROLLER_PORT");
  }

  record WithProfiles(String profiles) {}

  record WithSet(java.util.Set<String> names) {}

  record Twin(String aB, Inner a) {
    record Inner(String b) {}
  }

  @Test
  void shouldRefuseRootTypeWhenItHasAProfilesKey() {
    assertThatThrownBy(() -> ConfigLoader.load(WithProfiles.class, new WithProfiles("x"), ConfigSources.none()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'profiles'");
  }

  @Test
  void shouldRefuseRootTypeWhenAComponentTypeIsUnsupported() {
    assertThatThrownBy(() -> ConfigLoader.keys(WithSet.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WithSet.names");
  }

  @Test
  void shouldRefuseRootTypeWhenTwoKeysShareAnEnvironmentVariable() {
    assertThatThrownBy(() -> ConfigLoader.keys(Twin.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("STRIKE_A_B");
  }

  @Test
  void shouldKeepProblemsSortedByKeyWhenExceptionIsBuiltFromUnsortedList() {
    ConfigException e = new ConfigException(List.of(new ConfigProblem("b", "two"), new ConfigProblem("a", "one")));

    assertThat(e.problems()).extracting(ConfigProblem::key).containsExactly("a", "b");
    assertThat(e.getMessage()).isEqualTo("invalid configuration (2 problems):\n  a: one\n  b: two");
  }
}
