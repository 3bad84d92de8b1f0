package dev.strike.common.config;

import static dev.strike.common.config.TestConfigs.file;
import static dev.strike.common.config.TestConfigs.loadExample;
import static dev.strike.common.config.TestConfigs.loadRich;
import static dev.strike.common.config.TestConfigs.problemsOf;
import static dev.strike.common.config.TestConfigs.yamlFile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.config.TestConfigs.Channel;
import dev.strike.common.config.TestConfigs.Mode;
import dev.strike.common.config.TestConfigs.RichRoot;
import dev.strike.common.config.TestConfigs.Strategy;
import dev.strike.common.id.Asset;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueBindingTest {
  @TempDir
  Path dir;

  private RichRoot rich(String yaml) {
    return loadRich(file(yamlFile(dir, yaml)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"live", "LIVE", "Live", "\"live\""})
  void shouldReadEnumIgnoringCaseWhenFileWritesItAnyWay(String text) {
    assertThat(loadExample(file(yamlFile(dir, "mode: " + text + "\n"))).mode()).isEqualTo(Mode.LIVE);
  }

  @Test
  void shouldListAllowedValuesInLowerCaseWhenEnumValueIsUnknown() {
    assertThat(problemsOf(() -> rich("mode: papr\n")))
        .containsExactly("mode: must be one of paper, demo, live, got 'papr'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"250ms", "PT0.25S", "pt0.25s", "250000us", "250000000ns"})
  void shouldReadDurationWhenWrittenInAnySupportedForm(String text) {
    assertThat(rich("pollEvery: " + text + "\n").pollEvery()).isEqualTo(Duration.ofMillis(250));
  }

  @Test
  void shouldReadCompoundDurationWhenPartsAreChained() {
    assertThat(rich("pollEvery: 1h30m\n").pollEvery()).isEqualTo(Duration.ofMinutes(90));
  }

  @ParameterizedTest
  @ValueSource(strings = {"5", "5 s", "5sec", "5S", "-5s", "1.5s", "soon"})
  void shouldRefuseDurationWhenFormIsNotSupported(String text) {
    assertThat(problemsOf(() -> rich("pollEvery: " + text + "\n"))).singleElement().asString()
        .startsWith("pollEvery: expected a duration such as 500ms, 5s, 2m, 1h, 1d or PT5S, got ");
  }

  @Test
  void shouldReadEveryScalarKindWhenFileSetsThem() {
    RichRoot config = rich("""
        limits:
          maxPositionMicros: 5_000_000_000
          kellyFraction: 0.1
          maxOpenOrders: "3"
          halted: TRUE
          journal: /var/strike/journal
        assets: [ETH]
        """);

    assertThat(config.limits().maxPositionMicros()).isEqualTo(5_000_000_000L);
    assertThat(config.limits().kellyFraction()).isEqualTo(0.1);
    assertThat(config.limits().maxOpenOrders()).isEqualTo(3);
    assertThat(config.limits().halted()).isTrue();
    assertThat(config.limits().journal()).isEqualTo(Path.of("/var/strike/journal"));
    assertThat(config.assets()).containsExactly(Asset.of("ETH"));
  }

  @Test
  void shouldRefuseFractionWhenIntegerIsExpected() {
    assertThat(problemsOf(() -> rich("limits:\n  maxOpenOrders: 2.5\n")))
        .containsExactly("limits.maxOpenOrders: expected an integer, got 2.5");
  }

  @Test
  void shouldGiveTheBoundsWhenIntegerIsTooLarge() {
    assertThat(problemsOf(() -> rich("limits:\n  maxOpenOrders: 3000000000\n")))
        .containsExactly("limits.maxOpenOrders: expected an integer within -2147483648..2147483647,"
            + " got 3000000000");
  }

  @Test
  void shouldRefuseWordsWhenBooleanIsExpected() {
    assertThat(problemsOf(() -> rich("limits:\n  halted: maybe\n")))
        .containsExactly("limits.halted: expected true or false, got 'maybe'");
  }

  @Test
  void shouldRefuseListWhenScalarIsExpected() {
    assertThat(problemsOf(() -> rich("limits:\n  kellyFraction: [0.1]\n")))
        .containsExactly("limits.kellyFraction: expected a number, got a list");
  }

  @Test
  void shouldPassTheTypesOwnReasonWhenAJsonValueIsRefused() {
    assertThat(problemsOf(() -> rich("assets: [btc]\n"))).singleElement().asString()
        .startsWith("assets[0]: expected a valid Asset, got 'btc'")
        .contains("upper-case letters or digits");
  }

  @Test
  void shouldReadDecimalsExactlyWhenSectionHasBigDecimal() {
    RichRoot config = rich("""
        strategies:
          - name: fade
            minEdge: 0.0300
            ttl: 2s
        """);

    assertThat(config.strategies()).hasSize(1);
    assertThat(config.strategies().get(0).minEdge()).isEqualByComparingTo(new BigDecimal("0.03"));
    assertThat(config.strategies().get(0).ttl()).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void shouldNameListElementsByIndexWhenListOfSectionsHasProblems() {
    assertThat(problemsOf(() -> rich("""
        strategies:
          - name: fade
            minEdge: -0.01
            ttl: 2s
          - name: drift
            minEdge: 0.02
          - name: lag
            minEdge: 0.01
            ttl: 1s
            tll: 2s
        """))).containsExactly(
        "strategies[0].minEdge: must not be negative, got -0.01",
        "strategies[1].ttl: is required (there is no default)",
        "strategies[2].tll: unknown key (did you mean 'strategies[2].ttl'?)");
  }

  @Test
  void shouldRefuseEmptyListElementWhenListHasOne() {
    assertThat(problemsOf(() -> rich("ports: [80, ~]\n")))
        .containsExactly("ports[1]: expected an integer, got nothing");
  }

  @Test
  void shouldBindMapOfSectionsOverDefaultEntriesAndTypeDefaults() {
    RichRoot config = rich("""
        channels:
          ops:
            timeout: 1m
          pager:
            url: https://pager.example
        """);

    assertThat(config.channels()).containsExactly(
        Map.entry("ops", new Channel("https://ops.example", Duration.ofMinutes(1), true)),
        Map.entry("pager", new Channel("https://pager.example", Duration.ofSeconds(5), true)));
  }

  @Test
  void shouldNameMapEntriesByNameWhenMapOfSectionsHasProblems() {
    assertThat(problemsOf(() -> rich("""
        channels:
          pager:
            url: https://pager.example
            enabled: sometimes
            retries: 3
        """))).containsExactly(
        "channels.pager.enabled: expected true or false, got 'sometimes'",
        "channels.pager.retries: unknown key");
  }

  @Test
  void shouldMergeMapEntriesWhenFileAddsToDefaults() {
    RichRoot config = rich("labels:\n  desk: crypto\n");

    assertThat(config.labels()).containsExactly(Map.entry("desk", "crypto"), Map.entry("team-name", "quant"));
  }

  @Test
  void shouldKeepTheMapEntryWhenFileGivesItNoValue() {
    RichRoot config = rich("labels:\n  team-name:\n");

    assertThat(config.labels()).containsEntry("team-name", "");
  }

  @Test
  void shouldRequireEveryKeyWhenListEntryHasNoDefaults() {
    assertThat(problemsOf(() -> rich("strategies:\n  - {}\n"))).containsExactly(
        "strategies[0].minEdge: is required (there is no default)",
        "strategies[0].name: is required (there is no default)",
        "strategies[0].ttl: is required (there is no default)");
  }

  @Test
  void shouldReadNumbersAsTextWhenStringIsExpected() {
    assertThat(rich("labels:\n  year: 2026\n").labels()).containsEntry("year", "2026");
  }

  @Test
  void shouldKeepStrategyRecordsEqualWhenBoundFromTheSameText() {
    String yaml = "strategies:\n  - {name: a, minEdge: 0.01, ttl: 1s}\n";

    assertThat(rich(yaml).strategies())
        .containsExactly(new Strategy("a", new BigDecimal("0.01"), Duration.ofSeconds(1)));
  }
}
