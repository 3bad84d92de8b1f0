package dev.strike.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.topic.Topics;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KafkaSettingsTest {
  private static List<String> problems(KafkaSettings settings) {
    ConfigProblems problems = ConfigProblems.create();
    settings.validate(problems.at("kafka"));
    return problems.all().stream().map(ConfigProblem::toString).toList();
  }

  private static KafkaSettings withServers(String servers, int replicationFactor) {
    KafkaSettings d = KafkaSettings.defaults();
    return new KafkaSettings(servers, d.topicPrefix(), replicationFactor, d.partitions(), d.embedded(),
        d.clientProperties());
  }

  private static KafkaSettings withPrefix(String prefix) {
    KafkaSettings d = KafkaSettings.defaults();
    return new KafkaSettings(d.bootstrapServers(), prefix, 1, d.partitions(), d.embedded(), d.clientProperties());
  }

  @Test
  void shouldPassWhenSettingsAreTheDefaults() {
    assertThat(problems(KafkaSettings.defaults())).isEmpty();
    assertThat(KafkaSettings.defaults().usesEmbeddedBroker()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost:9092", "kafka-1:9092,kafka-2:9092", "10.0.0.5:19092", "[::1]:9092",
      "broker_1.internal:9092 , broker_2.internal:9092"})
  void shouldAcceptServersWhenTheyAreHostPortPairs(String servers) {
    assertThat(problems(withServers(servers, 3))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"localhost", "localhost:", ":9092", "localhost:0", "localhost:70000", "a:1,,b:2",
      "kafka:9092;kafka2:9092", "PLAINTEXT://kafka:9092"})
  void shouldRefuseServersWhenTheyAreNotHostPortPairs(String servers) {
    assertThat(problems(withServers(servers, 1))).containsExactly("kafka.bootstrapServers: must be comma-separated"
        + " host:port pairs (e.g. kafka-1:9092,kafka-2:9092) or empty for the embedded broker, got '" + servers + "'");
  }

  @Test
  void shouldRefuseReplicationAboveOneWhenBrokerIsEmbedded() {
    assertThat(problems(withServers("", 3)))
        .containsExactly("kafka.replicationFactor: must be 1 with the embedded broker (a single node), got 3");
  }

  @Test
  void shouldRefuseReplicationBelowOneWhenClusterIsExternal() {
    assertThat(problems(withServers("kafka:9092", 0)))
        .containsExactly("kafka.replicationFactor: must be at least 1, got 0");
  }

  @Provide
  Arbitrary<String> prefixes() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcXYZ019-_. /").ofMaxLength(12),
        Arbitraries.strings().withChars("ab1-_").ofMinLength(95).ofMaxLength(105));
  }

  @Property
  void shouldJudgePrefixExactlyLikeTopicsWhenValidating(@ForAll("prefixes") String prefix) {
    boolean topicsAccepts;
    try {
      Topics.withPrefix(prefix);
      topicsAccepts = true;
    } catch (IllegalArgumentException e) {
      topicsAccepts = false;
    }

    assertThat(problems(withPrefix(prefix)).isEmpty()).isEqualTo(topicsAccepts);
  }

  @Test
  void shouldNameTheTopicWhenPartitionOverrideIsWrong() {
    KafkaSettings d = KafkaSettings.defaults();
    KafkaSettings settings = new KafkaSettings("", "", 1, Map.of("md.book", 0, "md.bok", 3, "signals", 4),
        d.embedded(), Map.of());

    assertThat(problems(settings)).containsExactly(
        "kafka.partitions.md.bok: unknown topic (did you mean 'md.book'?); topics: " + String.join(", ",
            Topics.BASE_NAMES),
        "kafka.partitions.md.book: must be at least 1, got 0");
  }

  @Test
  void shouldRefuseBootstrapServersWhenGivenAsClientProperty() {
    KafkaSettings d = KafkaSettings.defaults();
    KafkaSettings settings = new KafkaSettings("", "", 1, Map.of(), d.embedded(),
        Map.of("bootstrap.servers", "x:1", "linger.ms", "5"));

    assertThat(problems(settings))
        .containsExactly("kafka.clientProperties.bootstrap.servers: set bootstrapServers of this section instead");
  }

  @Test
  void shouldBuildTopicsWithPrefixAndPartitionsWhenAsked() {
    KafkaSettings d = KafkaSettings.defaults();
    KafkaSettings settings = new KafkaSettings("", "bt-7", 1, Map.of("md.book", 12), d.embedded(), Map.of());

    Topics topics = settings.topics();

    assertThat(topics.mdBook().name()).isEqualTo("bt-7.md.book");
    assertThat(topics.mdBook().spec().partitions()).isEqualTo(12);
  }

  @Test
  void shouldKeepMapsSortedAndUnmodifiableWhenConstructed() {
    KafkaSettings d = KafkaSettings.defaults();
    KafkaSettings settings = new KafkaSettings("", "", 1, Map.of("signals", 2, "md.book", 3), d.embedded(),
        Map.of());

    assertThat(settings.partitions().keySet()).containsExactly("md.book", "signals");
    assertThatThrownBy(() -> settings.partitions().put("dlq", 1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void shouldRefuseNullWhenConstructed() {
    assertThatThrownBy(() -> new KafkaSettings(null, "", 1, Map.of(), EmbeddedKafkaSettings.defaults(), Map.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("bootstrapServers");
  }
}
