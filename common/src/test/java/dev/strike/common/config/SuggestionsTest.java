package dev.strike.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> KEYS = List.of("bootstrapServers", "topicPrefix", "replicationFactor",
      "partitions", "embedded", "clientProperties");

  @Test
  void shouldSuggestCloseKeyWhenOneLetterIsMissing() {
    assertThat(Suggestions.closest("embeded", KEYS)).contains("embedded");
  }

  @Test
  void shouldSuggestKeyWhenTwoLettersAreSwapped() {
    assertThat(Suggestions.closest("prot", List.of("port", "host"))).contains("port");
  }

  @Test
  void shouldSuggestLongerKeyWhenGivenItsStart() {
    assertThat(Suggestions.closest("bootstrap", KEYS)).contains("bootstrapServers");
  }

  @Test
  void shouldSuggestNothingWhenNoKeyIsClose() {
    assertThat(Suggestions.closest("telemetry", KEYS)).isEmpty();
  }

  @Test
  void shouldNotSuggestTheSameKeyWhenItIsKnown() {
    assertThat(Suggestions.closest("embedded", List.of("embedded"))).isEmpty();
  }

  @Property
  void shouldMeasureDistanceSymmetrically(@ForAll String a, @ForAll String b) {
    assertThat(Suggestions.distance(a, b)).isEqualTo(Suggestions.distance(b, a));
  }

  @Property
  void shouldNeverMeasureMoreThanTheLongerLength(@ForAll String a, @ForAll String b) {
    assertThat(Suggestions.distance(a, b)).isBetween(0, Math.max(a.length(), b.length()));
  }
}
