package dev.strike.common.config;

import dev.strike.common.topic.Topics;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * How a Strike process reaches Kafka and names and sizes its topics. Immutable; maps are sorted copies; the values
 * are checked by {@link #validate} when loaded.
 *
 * @param bootstrapServers comma-separated {@code host:port} pairs of an external cluster; {@code ""} means: start
 *     the embedded broker ({@link #embedded}) and use it
 * @param topicPrefix run-wide topic namespace ({@code bt-7} → {@code bt-7.md.book}); {@code ""} for none; the rule of
 *     {@link Topics#isValidPrefix}
 * @param replicationFactor replicas of each partition when Strike creates topics, at least 1; 1 with the embedded
 *     broker (a single node)
 * @param partitions partition counts by topic base name ({@code md.book → 12}), overriding the defaults of
 *     {@link Topics}; names from {@link Topics#BASE_NAMES}, counts at least 1
 * @param embedded the embedded broker, used only when {@code bootstrapServers} is empty
 * @param clientProperties extra Kafka client properties ({@code linger.ms → 5}) given to every producer, consumer
 *     and admin client; not {@code bootstrap.servers}
 */
public record KafkaSettings(String bootstrapServers, String topicPrefix, int replicationFactor,
    Map<String, Integer> partitions, EmbeddedKafkaSettings embedded, Map<String, String> clientProperties)
    implements Validatable {
  private static final Pattern SERVER = Pattern.compile(
      "([A-Za-z0-9_]([A-Za-z0-9._-]*[A-Za-z0-9_])?|\\[[0-9A-Fa-f:.]+]):(\\d{1,5})");

  /** Checks presence and takes sorted, unmodifiable copies of the maps. */
  public KafkaSettings {
    Objects.requireNonNull(bootstrapServers, "bootstrapServers");
    Objects.requireNonNull(topicPrefix, "topicPrefix");
    Objects.requireNonNull(embedded, "embedded");
    partitions = sortedCopy(partitions, "partitions");
    clientProperties = sortedCopy(clientProperties, "clientProperties");
  }

  /** The embedded broker with its defaults, no prefix, replication 1, default partitions, no extra properties. */
  public static KafkaSettings defaults() {
    return new KafkaSettings("", "", 1, Map.of(), EmbeddedKafkaSettings.defaults(), Map.of());
  }

  /** Whether this process starts and uses the embedded broker (no {@code bootstrapServers} given). */
  public boolean usesEmbeddedBroker() {
    return bootstrapServers.isEmpty();
  }

  /**
   * The topic registry for {@link #topicPrefix} and {@link #partitions}.
   *
   * @throws IllegalArgumentException if the settings were not validated and break its rules
   */
  public Topics topics() {
    return new Topics(topicPrefix, partitions);
  }

  @Override
  public void validate(ConfigProblems problems) {
    if (!bootstrapServers.isEmpty() && !validServers(bootstrapServers)) {
      problems.at("bootstrapServers").fail("must be comma-separated host:port pairs (e.g. kafka-1:9092,kafka-2:9092)"
          + " or empty for the embedded broker, got '" + bootstrapServers + "'");
    }
    problems.check(Topics.isValidPrefix(topicPrefix), "topicPrefix", "must be empty or at most 100 letters, digits,"
        + " '-' and '_', starting with a letter or digit, got '" + topicPrefix + "'");
    if (problems.atLeast("replicationFactor", replicationFactor, 1) && usesEmbeddedBroker()) {
      problems.check(replicationFactor == 1, "replicationFactor",
          "must be 1 with the embedded broker (a single node), got " + replicationFactor);
    }
    ConfigProblems partitionProblems = problems.at("partitions");
    for (Map.Entry<String, Integer> entry : partitions.entrySet()) {
      if (Topics.BASE_NAMES.contains(entry.getKey())) {
        partitionProblems.atLeast(entry.getKey(), entry.getValue(), 1);
      } else {
        partitionProblems.at(entry.getKey()).fail("unknown topic"
            + Suggestions.didYouMean(Suggestions.closest(entry.getKey(), Topics.BASE_NAMES))
            + "; topics: " + String.join(", ", Topics.BASE_NAMES));
      }
    }
    if (clientProperties.containsKey("bootstrap.servers")) {
      problems.at("clientProperties").at("bootstrap.servers").fail("set bootstrapServers of this section instead");
    }
  }

  private static boolean validServers(String servers) {
    for (String server : servers.split(",", -1)) {
      var match = SERVER.matcher(server.trim());
      if (!match.matches()) {
        return false;
      }
      int port = Integer.parseInt(match.group(3));
      if (port < 1 || port > 65535) {
        return false;
      }
    }
    return true;
  }

  private static <V> SortedMap<String, V> sortedCopy(Map<String, V> values, String field) {
    Objects.requireNonNull(values, field);
    TreeMap<String, V> copy = new TreeMap<>();
    for (Map.Entry<String, V> entry : values.entrySet()) {
      if (entry.getKey() == null || entry.getKey().isBlank() || entry.getValue() == null) {
        throw new IllegalArgumentException(field + " must not hold blank names or missing values");
      }
      copy.put(entry.getKey(), entry.getValue());
    }
    return Collections.unmodifiableSortedMap(copy);
  }
}
