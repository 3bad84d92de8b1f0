package dev.strike.app.dataio.shell;

import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * Prepares a namespace to receive recorded history (ADR 0006): provisions every topic of the namespace with
 * {@link TopicProvisioner}, then sets {@code retention.ms=-1} on the topics that receive history. Imported records
 * keep their original timestamps, which are older than the 7- and 30-day retention of the market-data and dead-letter
 * topics, so with the default retention the broker would delete them at its next retention check (every 5 minutes).
 */
public final class HistoryTopics {
  private final Admin admin;
  private final Duration timeout;

  /** Uses {@code admin}, waiting at most {@code timeout} for each step. */
  public HistoryTopics(Admin admin, Duration timeout) {
    this.admin = admin;
    this.timeout = timeout;
  }

  /**
   * Provisions the namespace and keeps the {@code receiving} topics' records forever.
   *
   * @param replicationFactor replicas for topics created
   * @throws IllegalStateException if Kafka refuses or does not answer
   */
  public void prepare(Topics topics, int replicationFactor, Collection<Topic<?>> receiving) {
    new TopicProvisioner(admin, replicationFactor, timeout).ensure(topics.all());
    Map<ConfigResource, Collection<AlterConfigOp>> alter = new HashMap<>();
    for (Topic<?> topic : receiving) {
      alter.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()), List.of(new AlterConfigOp(
          new ConfigEntry(TopicConfig.RETENTION_MS_CONFIG, "-1"), AlterConfigOp.OpType.SET)));
    }
    call(() -> admin.incrementalAlterConfigs(alter).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS),
        "set retention.ms=-1");
    TopicProvisioner.awaitLeaders(admin, receiving.stream().map(Topic::name).toList(), timeout);
  }

  /** The partition count of each named topic. */
  public Map<String, Integer> partitions(Collection<String> names) {
    Map<String, TopicDescription> described = call(() -> admin.describeTopics(names).allTopicNames()
        .get(timeout.toMillis(), TimeUnit.MILLISECONDS), "describe topics");
    Map<String, Integer> counts = new TreeMap<>();
    described.forEach((name, d) -> counts.put(name, d.partitions().size()));
    return counts;
  }

  /**
   * The topics among {@code names} that hold or held records (an end offset above 0), with their summed end
   * offsets.
   */
  public Map<String, Long> nonEmpty(Collection<String> names) {
    Map<String, Integer> counts = partitions(names);
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    counts.forEach((name, n) -> {
      for (int p = 0; p < n; p++) {
        latest.put(new TopicPartition(name, p), OffsetSpec.latest());
      }
    });
    var offsets = call(() -> admin.listOffsets(latest).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS),
        "list offsets");
    Map<String, Long> ends = new TreeMap<>();
    offsets.forEach((tp, info) -> {
      if (info.offset() > 0) {
        ends.merge(tp.topic(), info.offset(), Long::sum);
      }
    });
    return ends;
  }

  private interface KafkaCall<T> {
    T get() throws ExecutionException, InterruptedException, TimeoutException;
  }

  private <T> T call(KafkaCall<T> call, String what) {
    try {
      return call.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + ": " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(what + ": Kafka did not answer within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(what + ": interrupted", e);
    }
  }

  /** The topics of {@code topics} with these base names, in the given order. */
  public static List<Topic<?>> byBaseNames(Topics topics, Collection<String> baseNames) {
    List<Topic<?>> out = new ArrayList<>();
    for (String base : baseNames) {
      out.add(topics.byBaseName(base).orElseThrow(() -> new IllegalArgumentException("unknown topic '" + base
          + "'; topics: " + String.join(", ", Topics.BASE_NAMES))));
    }
    return out;
  }
}
