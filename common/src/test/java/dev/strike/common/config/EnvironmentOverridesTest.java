package dev.strike.common.config;

import static dev.strike.common.config.TestConfigs.environment;
import static dev.strike.common.config.TestConfigs.file;
import static dev.strike.common.config.TestConfigs.loadExample;
import static dev.strike.common.config.TestConfigs.loadRich;
import static dev.strike.common.config.TestConfigs.problemsOf;
import static dev.strike.common.config.TestConfigs.yamlFile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.config.TestConfigs.Channel;
import dev.strike.common.config.TestConfigs.ExampleRoot;
import dev.strike.common.config.TestConfigs.Mode;
import dev.strike.common.config.TestConfigs.RichRoot;
import dev.strike.common.id.Asset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentOverridesTest {
  @TempDir
  Path dir;

  @Test
  void shouldSetTopLevelAndNestedKeysWhenVariablesNameThem() {
    ExampleRoot config = loadExample(environment(Map.of(
        "STRIKE_MODE", "live",
        "STRIKE_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092",
        "STRIKE_KAFKA_EMBEDDED_CONTROLLER_PORT", "19093",
        "STRIKE_HTTP_PORT", "9500")));

    assertThat(config.mode()).isEqualTo(Mode.LIVE);
    assertThat(config.kafka().bootstrapServers()).isEqualTo("kafka-1:9092,kafka-2:9092");
    assertThat(config.kafka().embedded().controllerPort()).isEqualTo(19093);
    assertThat(config.http().port()).isEqualTo(9500);
  }

  @Test
  void shouldSplitOnCommasWhenVariableSetsAList() {
    ExampleRoot config = loadExample(environment(Map.of("STRIKE_SERVICES_ENABLED", "risk, execution")));

    assertThat(config.services().enabled()).containsExactly("risk", "execution");
  }

  @Test
  void shouldSetAnEmptyListWhenVariableIsEmpty() {
    assertThat(loadExample(environment(Map.of("STRIKE_SERVICES_ENABLED", ""))).services().enabled()).isEmpty();
  }

  @Test
  void shouldReadElementsLikeFileValuesWhenVariableSetsATypedList() {
    RichRoot config = loadRich(environment(Map.of("STRIKE_PORTS", "80,443", "STRIKE_ASSETS", "ETH,SOL")));

    assertThat(config.ports()).containsExactly(80, 443);
    assertThat(config.assets()).containsExactly(Asset.of("ETH"), Asset.of("SOL"));
  }

  @Test
  void shouldNameTheElementWhenAListElementFromTheEnvironmentIsWrong() {
    assertThat(problemsOf(() -> loadRich(environment(Map.of("STRIKE_PORTS", "80,http")))))
        .containsExactly("ports[1]: expected an integer, got 'http' (from STRIKE_PORTS)");
  }

  @Test
  void shouldSetMapEntriesWhenVariableHoldsNameValuePairs() {
    ExampleRoot config = loadExample(environment(Map.of("STRIKE_KAFKA_PARTITIONS", "md.book=12, signals=3")));

    assertThat(config.kafka().partitions()).containsExactly(Map.entry("md.book", 12), Map.entry("signals", 3));
  }

  @Test
  void shouldReadUnderscoresAsDotsWhenVariableNamesANewMapEntry() {
    ExampleRoot config = loadExample(environment(Map.of(
        "STRIKE_KAFKA_PARTITIONS_MD_BOOK", "12",
        "STRIKE_KAFKA_CLIENT_PROPERTIES_LINGER_MS", "5")));

    assertThat(config.kafka().partitions()).containsExactly(Map.entry("md.book", 12));
    assertThat(config.kafka().clientProperties()).containsExactly(Map.entry("linger.ms", "5"));
  }

  @Test
  void shouldUseTheExistingEntryNameWhenVariableMatchesIt() {
    RichRoot config = loadRich(environment(Map.of("STRIKE_LABELS_TEAM_NAME", "risk-desk")));

    assertThat(config.labels()).containsExactly(Map.entry("team-name", "risk-desk"));
  }

  @Test
  void shouldSetOneKeyOfAMapEntrySectionWhenVariableNamesIt() {
    RichRoot config = loadRich(environment(Map.of(
        "STRIKE_CHANNELS_OPS_TIMEOUT", "10s",
        "STRIKE_CHANNELS_PAGER_URL", "https://pager.example")));

    assertThat(config.channels()).containsEntry("ops",
        new Channel("https://ops.example", Duration.ofSeconds(10), true));
    assertThat(config.channels()).containsEntry("pager",
        new Channel("https://pager.example", Duration.ofSeconds(5), true));
  }

  @Test
  void shouldMatchIgnoringCaseWhenVariableIsNotUpperCase() {
    assertThat(loadExample(environment(Map.of("strike_http_port", "9501"))).http().port()).isEqualTo(9501);
  }

  @Test
  void shouldWinOverFileAndProfileWhenVariableIsSet() {
    Path file = yamlFile(dir, """
        http:
          port: 9401
        profiles:
          dev:
            http:
              port: 9402
        """);

    ExampleRoot config = loadExample(file(file).withProfile("dev")
        .withEnvironment(Map.of("STRIKE_HTTP_PORT", "9403")));

    assertThat(config.http().port()).isEqualTo(9403);
  }

  @Test
  void shouldNameTheVariableWhenItsValueIsWrong() {
    assertThat(problemsOf(() -> loadExample(environment(Map.of("STRIKE_HTTP_PORT", "abc")))))
        .containsExactly("http.port: expected an integer, got 'abc' (from STRIKE_HTTP_PORT)");
  }

  @Test
  void shouldNameTheVariableWhenItsValueBreaksARule() {
    assertThat(problemsOf(() -> loadExample(environment(Map.of("STRIKE_HTTP_PORT", "70000")))))
        .containsExactly("http.port: must be within 0..65535, got 70000 (from STRIKE_HTTP_PORT)");
  }

  @Test
  void shouldReportUnknownVariableWithSuggestionWhenItMatchesNoKey() {
    assertThat(problemsOf(() -> loadExample(environment(Map.of(
        "STRIKE_KAFKA_BOOTSTRAP", "kafka:9092",
        "STRIKE_HTTP_PROT", "9400")))))
        .containsExactly(
            "STRIKE_HTTP_PROT: no configuration key has this environment variable"
                + " (did you mean 'STRIKE_HTTP_PORT'?)",
            "STRIKE_KAFKA_BOOTSTRAP: no configuration key has this environment variable"
                + " (did you mean 'STRIKE_KAFKA_BOOTSTRAP_SERVERS'?)");
  }

  @Test
  void shouldSkipReservedAndForeignVariablesWhenReadingTheEnvironment() {
    ExampleRoot config = loadExample(environment(Map.of(
        "STRIKE_PROFILE", "dev",
        "STRIKE_CONFIG", "/etc/strike.yaml",
        "STRIKE_JAVA_OPTS", "-Xmx1g",
        "STRIKE_HOME", "/opt/strike",
        "STRIKE_LIVE_CONFIRM", "trade-real-money",
        "PATH", "/usr/bin",
        "KAFKA_HEAP_OPTS", "-Xmx1g")));

    assertThat(config).isEqualTo(ExampleRoot.defaults());
  }

  @Test
  void shouldSkipCallersOwnReservedNamesWhenGiven() {
    ConfigSources sources = ConfigSources.none()
        .withEnvironment(Map.of("STRIKE_LOG_LEVEL", "debug"), Set.of("strike_log_level"));

    assertThat(loadExample(sources)).isEqualTo(ExampleRoot.defaults());
  }

  @Test
  void shouldReportSectionWhenVariableNamesOne() {
    assertThat(problemsOf(() -> loadExample(environment(Map.of("STRIKE_HTTP", "0.0.0.0:9400")))))
        .containsExactly("STRIKE_HTTP: is a section; set its keys instead (host, port)");
  }

  @Test
  void shouldReportMalformedPairsWhenVariableSetsAMap() {
    assertThat(problemsOf(() -> loadExample(environment(Map.of("STRIKE_KAFKA_PARTITIONS", "md.book:12")))))
        .containsExactly("STRIKE_KAFKA_PARTITIONS: expected name=value pairs separated by commas, got 'md.book:12'");
  }

  @Provide
  Arbitrary<String> richKeys() {
    return Arbitraries.of(ConfigLoader.keys(RichRoot.class));
  }

  @Property
  void shouldFindEveryKeyByItsVariable(@ForAll("richKeys") String key) {
    ConfigShape.Section root = ConfigShape.of(RichRoot.class);
    String variable = ConfigLoader.environmentVariable(key);

    OverrideTargets.Target target = OverrideTargets.forVariable(root,
        variable.substring(ConfigLoader.ENVIRONMENT_PREFIX.length()), path -> Set.of());

    assertThat(target).isNotNull();
    assertThat(target.key()).isEqualTo(key);
  }

  @Property
  void shouldWriteOnlyUpperCaseLettersDigitsAndUnderscoresWhenFormingNames(
      @ForAll("keyLike") String key) {
    assertThat(EnvironmentNames.form(key)).matches("[A-Z0-9_]*");
  }

  @Provide
  Arbitrary<String> keyLike() {
    return Arbitraries.strings().withChars("abcXYZ019.-").ofMinLength(1).ofMaxLength(30);
  }

  @Test
  void shouldSplitCamelCaseAndAcronymsWhenFormingNames() {
    assertThat(List.of("bootstrapServers", "httpURLPath", "md.book", "ingest-market", "ttl2Ms"))
        .extracting(EnvironmentNames::form)
        .containsExactly("BOOTSTRAP_SERVERS", "HTTP_URL_PATH", "MD_BOOK", "INGEST_MARKET", "TTL2_MS");
  }
}
