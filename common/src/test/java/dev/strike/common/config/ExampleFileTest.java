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

/**
 * strike.example.yaml at the repository root stays loadable, and honest about the defaults, for the sections this
 * module owns (mode, kafka, http, services). Sections of other modules (spot, kalshi, …) are checked by app's
 * StrikeConfigTest against the real root; here they are cut out before loading.
 */
class ExampleFileTest {
  /** Surefire runs in the module directory: common/../strike.example.yaml. */
  static final Path FILE = Path.of(System.getProperty("user.dir")).resolve("../strike.example.yaml").normalize();
  static final Path EXAMPLE = commonPart();

  /** The example with only this module's sections, top level and in every profile, as a temporary file. */
  private static Path commonPart() {
    try {
      List<ConfigProblem> problems = new ArrayList<>();
      ObjectNode tree = ConfigTree.read(FILE, problems).orElseThrow();
      java.util.Set<String> own = java.util.Set.of("mode", "kafka", "http", "services");
      tree.retain(new ArrayList<>(java.util.List.of("mode", "kafka", "http", "services", ConfigLoader.PROFILES)));
      JsonNode profiles = tree.get(ConfigLoader.PROFILES);
      if (profiles instanceof ObjectNode byName) {
        byName.properties().forEach(e -> {
          if (e.getValue() instanceof ObjectNode profile) {
            profile.retain(new ArrayList<>(own));
          }
        });
      }
      Path copy = Files.createTempFile("strike-example-common", ".yaml");
      copy.toFile().deleteOnExit();
      dev.strike.common.json.StrikeJson.mapper().writeValue(copy.toFile(), tree); // JSON is valid YAML
      return copy;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static List<String> profiles() {
    return ConfigLoader.profiles(EXAMPLE);
  }

  @Test
  void shouldLoadWithoutProblemsWhenNoProfileIsSelected() {
    assertThat(Files.isRegularFile(FILE)).as(FILE.toString()).isTrue();

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
    ObjectNode tree = ConfigTree.read(FILE, problems).orElseThrow();

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
