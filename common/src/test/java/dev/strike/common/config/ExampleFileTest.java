package dev.strike.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strike.common.config.TestConfigs.ExampleRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** strike.example.yaml at the repository root stays loadable, and honest about the defaults. */
class ExampleFileTest {
  /** Surefire runs in the module directory: common/../strike.example.yaml. */
  static final Path EXAMPLE = Path.of(System.getProperty("user.dir")).resolve("../strike.example.yaml").normalize();

  static List<String> profiles() {
    return ConfigLoader.profiles(EXAMPLE);
  }

  @Test
  void shouldLoadWithoutProblemsWhenNoProfileIsSelected() {
    assertThat(Files.isRegularFile(EXAMPLE)).as(EXAMPLE.toString()).isTrue();

    TestConfigs.loadExample(ConfigSources.none().withFile(EXAMPLE));
  }

  @Test
  void shouldDefineTheDocumentedProfiles() {
    assertThat(profiles()).containsExactly("dev", "external-kafka");
  }

  @ParameterizedTest
  @MethodSource("profiles")
  void shouldLoadWithoutProblemsWhenAProfileIsSelected(String profile) {
    ExampleRoot config = TestConfigs.loadExample(ConfigSources.none().withFile(EXAMPLE).withProfile(profile));

    assertThat(config).isNotEqualTo(ExampleRoot.defaults());
  }

  @Test
  void shouldStateTheDefaultsWhenItSetsEveryKeyToItsDefault() {
    assertThat(TestConfigs.loadExample(ConfigSources.none().withFile(EXAMPLE))).isEqualTo(ExampleRoot.defaults());
  }

  @Test
  void shouldDocumentEveryKeyWhenReadAsATree() {
    List<ConfigProblem> problems = new ArrayList<>();
    ObjectNode tree = ConfigTree.read(EXAMPLE, problems).orElseThrow();

    List<String> missing = new ArrayList<>();
    for (String key : ConfigLoader.keys(ExampleRoot.class)) {
      JsonNode node = ConfigTree.at(tree, List.of(key.split("\\.")));
      if (node == null) {
        missing.add(key);
      }
    }

    assertThat(problems).isEmpty();
    assertThat(missing).isEmpty();
  }
}
