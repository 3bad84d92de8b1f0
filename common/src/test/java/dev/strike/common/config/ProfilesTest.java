package dev.strike.common.config;

import static dev.strike.common.config.TestConfigs.file;
import static dev.strike.common.config.TestConfigs.loadExample;
import static dev.strike.common.config.TestConfigs.problemsOf;
import static dev.strike.common.config.TestConfigs.yamlFile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.config.TestConfigs.ExampleRoot;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {
  @TempDir
  Path dir;

  Path file;

  @BeforeEach
  void writeFile() {
    file = yamlFile(dir, """
        kafka:
          topicPrefix: base
          embedded:
            port: 9092
            controllerPort: 9093
        services:
          enabled: [risk, execution]
        profiles:
          dev:
            kafka:
              embedded:
                port: 0
            services:
              enabled: [signals]
          paper:
          broken:
            http:
              port: 99999
        """);
  }

  @Test
  void shouldIgnoreProfilesWhenNoneIsSelected() {
    ExampleRoot config = loadExample(file(file));

    assertThat(config.kafka().embedded().port()).isEqualTo(9092);
    assertThat(config.services().enabled()).containsExactly("risk", "execution");
  }

  @Test
  void shouldOverlayProfileKeyByKeyWhenSelected() {
    ExampleRoot config = loadExample(file(file).withProfile("dev"));

    assertThat(config.kafka().topicPrefix()).isEqualTo("base");
    assertThat(config.kafka().embedded().port()).isZero();
    assertThat(config.kafka().embedded().controllerPort()).isEqualTo(9093);
  }

  @Test
  void shouldReplaceListsWholeWhenProfileSetsOne() {
    assertThat(loadExample(file(file).withProfile("dev")).services().enabled()).containsExactly("signals");
  }

  @Test
  void shouldChangeNothingWhenSelectedProfileIsEmpty() {
    assertThat(loadExample(file(file).withProfile("paper"))).isEqualTo(loadExample(file(file)));
  }

  @Test
  void shouldTreatBlankProfileAsNoneWhenSelected() {
    assertThat(loadExample(file(file).withProfile(" "))).isEqualTo(loadExample(file(file)));
  }

  @Test
  void shouldListDefinedProfilesWhenSelectedProfileIsNotInTheFile() {
    assertThat(problemsOf(() -> loadExample(file(file).withProfile("prod"))))
        .containsExactly("profile: profile 'prod' is not defined in " + file + "; defined: dev, paper, broken");
  }

  @Test
  void shouldSayTheFileHasNoProfilesWhenItDefinesNone() {
    Path plain = yamlFile(dir, "mode: demo\n");

    assertThat(problemsOf(() -> loadExample(file(plain).withProfile("dev"))))
        .containsExactly("profile: profile 'dev' is not defined in " + plain + "; it defines no profiles");
  }

  @Test
  void shouldReportSelectedProfileWhenThereIsNoFile() {
    assertThat(problemsOf(() -> loadExample(ConfigSources.none().withProfile("dev"))))
        .containsExactly("profile: profile 'dev' is selected, but no configuration file is given");
  }

  @Test
  void shouldNameTheProfileWhenItsValueIsWrong() {
    assertThat(problemsOf(() -> loadExample(file(file).withProfile("broken"))))
        .containsExactly("http.port: must be within 0..65535, got 99999 (from profile 'broken')");
  }

  @Test
  void shouldNameTheProfileWhenItHasAnUnknownKey() {
    Path typo = yamlFile(dir, """
        profiles:
          dev:
            kafka:
              embeded:
                port: 0
        """);

    assertThat(problemsOf(() -> loadExample(file(typo).withProfile("dev"))))
        .containsExactly("kafka.embeded: unknown key (did you mean 'kafka.embedded'?) (from profile 'dev')");
  }

  @Test
  void shouldReportProfilesWhenItIsNotASection() {
    Path bad = yamlFile(dir, "profiles: [dev]\n");

    assertThat(problemsOf(() -> loadExample(file(bad))))
        .containsExactly("profiles: expected a section mapping profile names to overrides, got a list");
  }

  @Test
  void shouldListProfileNamesInFileOrderWhenAsked() {
    assertThat(ConfigLoader.profiles(file)).isEqualTo(List.of("dev", "paper", "broken"));
  }
}
