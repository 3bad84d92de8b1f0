package dev.strike.common.kafka;

import dev.strike.common.topic.Topic;
import dev.strike.common.topic.TopicSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the cluster's topics match their {@link TopicSpec}s, idempotently: creates missing topics, adds partitions
 * to topics that have fewer than specified (never removes any: Kafka can't, and keyed order would break), sets
 * {@code cleanup.policy} where it differs and lengthens {@code retention.ms} where it is shorter — never shortens it,
 * because that would delete history (an imported dataset keeps its records forever). Running it twice changes nothing the second
 * time. Works on the embedded broker and on an external cluster alike.
 */
public final class TopicProvisioner {
  private static final Logger log = LoggerFactory.getLogger(TopicProvisioner.class);

  private final Admin admin;
  private final short replicationFactor;
  private final Duration timeout;

  /**
   * A provisioner using {@code admin}.
   *
   * @param replicationFactor replicas for topics it creates (1 on a single broker)
   */
  public TopicProvisioner(Admin admin, int replicationFactor, Duration timeout) {
    if (replicationFactor < 1 || replicationFactor > Short.MAX_VALUE) {
      throw new IllegalArgumentException("replication factor must be at least 1, got " + replicationFactor);
    }
    this.admin = admin;
    this.replicationFactor = (short) replicationFactor;
    this.timeout = timeout;
  }

  /** What was done to one topic. */
  public enum Action {
    CREATED,
    PARTITIONS_ADDED,
    CONFIG_UPDATED,
    UNCHANGED
  }

  /** What {@link #ensure} did to one topic, with a note for people (e.g. "has 8 partitions, spec says 6"). */
  public record Outcome(String topic, Set<Action> actions, String note) {}

  /**
   * Ensures every topic exists as specified.
   *
   * @return one outcome per topic, in the given order
   * @throws IllegalStateException if the cluster does not answer within the timeout or refuses a change
   */
  public List<Outcome> ensure(Collection<Topic<?>> topics) {
    try {
      return doEnsure(topics);
    } catch (ExecutionException e) {
      throw new IllegalStateException("topic provisioning failed: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("topic provisioning: Kafka did not answer within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("topic provisioning interrupted", e);
    }
  }

  private List<Outcome> doEnsure(Collection<Topic<?>> topics)
      throws ExecutionException, InterruptedException, TimeoutException {
    long ms = timeout.toMillis();
    Set<String> existing = admin.listTopics().names().get(ms, TimeUnit.MILLISECONDS);
    Map<String, Set<Action>> actions = new HashMap<>();
    Map<String, String> notes = new HashMap<>();

    List<NewTopic> toCreate = new ArrayList<>();
    for (Topic<?> topic : topics) {
      actions.put(topic.name(), java.util.EnumSet.noneOf(Action.class));
      notes.put(topic.name(), "");
      if (!existing.contains(topic.name())) {
        toCreate.add(new NewTopic(topic.name(), topic.spec().partitions(), replicationFactor)
            .configs(configOf(topic.spec())));
      }
    }
    if (!toCreate.isEmpty()) {
      Map<String, org.apache.kafka.common.KafkaFuture<Void>> results = admin.createTopics(toCreate).values();
      for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> result : results.entrySet()) {
        try {
          result.getValue().get(ms, TimeUnit.MILLISECONDS);
          actions.get(result.getKey()).add(Action.CREATED);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          } // created concurrently by another process: treated as existing below
        }
      }
    }

    List<String> names = topics.stream().map(Topic::name).toList();
    // a topic just created may be unknown to the metadata for a moment: wait until its leaders answer
    awaitLeaders(admin, names, timeout);
    Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames()
        .get(ms, TimeUnit.MILLISECONDS);
    Map<String, NewPartitions> grow = new HashMap<>();
    for (Topic<?> topic : topics) {
      int actual = descriptions.get(topic.name()).partitions().size();
      int wanted = topic.spec().partitions();
      if (actual < wanted) {
        grow.put(topic.name(), NewPartitions.increaseTo(wanted));
        actions.get(topic.name()).add(Action.PARTITIONS_ADDED);
        notes.put(topic.name(), "partitions " + actual + " -> " + wanted + " (keys may move to new partitions)");
      } else if (actual > wanted) {
        notes.put(topic.name(), "has " + actual + " partitions, spec says " + wanted + " (left as is)");
      }
    }
    if (!grow.isEmpty()) {
      admin.createPartitions(grow).all().get(ms, TimeUnit.MILLISECONDS);
    }
    awaitLeaders(admin, names, timeout);

    List<ConfigResource> resources = names.stream()
        .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
    Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(ms, TimeUnit.MILLISECONDS);
    Map<ConfigResource, Collection<AlterConfigOp>> alter = new HashMap<>();
    for (Topic<?> topic : topics) {
      ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic.name());
      Config actual = configs.get(resource);
      List<AlterConfigOp> ops = new ArrayList<>();
      for (Map.Entry<String, String> wanted : configOf(topic.spec()).entrySet()) {
        ConfigEntry entry = actual.get(wanted.getKey());
        if (entry != null && wanted.getKey().equals(TopicConfig.RETENTION_MS_CONFIG)
            && keepsLonger(entry.value(), wanted.getValue())) {
          String note = notes.get(topic.name());
          notes.put(topic.name(), (note.isEmpty() ? "" : note + "; ") + "keeps its longer retention.ms "
              + entry.value() + " (spec " + wanted.getValue() + "; shortening would delete history)");
          continue;
        }
        if (entry == null || !wanted.getValue().equals(entry.value())) {
          ops.add(new AlterConfigOp(new ConfigEntry(wanted.getKey(), wanted.getValue()), AlterConfigOp.OpType.SET));
        }
      }
      if (!ops.isEmpty()) {
        alter.put(resource, ops);
        if (!actions.get(topic.name()).contains(Action.CREATED)) {
          actions.get(topic.name()).add(Action.CONFIG_UPDATED);
        }
      }
    }
    if (!alter.isEmpty()) {
      admin.incrementalAlterConfigs(alter).all().get(ms, TimeUnit.MILLISECONDS);
    }

    List<Outcome> outcomes = new ArrayList<>();
    for (Topic<?> topic : topics) {
      Set<Action> done = actions.get(topic.name());
      if (done.isEmpty()) {
        done.add(Action.UNCHANGED);
      }
      Outcome outcome = new Outcome(topic.name(), Set.copyOf(done), notes.get(topic.name()));
      if (!done.contains(Action.UNCHANGED)) {
        log.info("topic {}: {} {}", topic.name(), done, outcome.note());
      }
      outcomes.add(outcome);
    }
    return outcomes;
  }

  /**
   * Waits until every partition of {@code topics} has a leader that serves requests. A freshly created partition
   * can be known to the metadata before its leader accepts writes; an idempotent producer whose first batch hits
   * that window can end up retrying it forever (OUT_OF_ORDER_SEQUENCE_NUMBER), so nothing is produced to a new
   * topic before this returns.
   *
   * @throws IllegalStateException if the leaders are not ready within {@code timeout}
   */
  public static void awaitLeaders(Admin admin, Collection<String> topics, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Exception last = null;
    while (System.nanoTime() < deadline) {
      try {
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
            .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> latest =
            new HashMap<>();
        described.values().forEach(d -> d.partitions().forEach(p -> latest.put(
            new org.apache.kafka.common.TopicPartition(d.name(), p.partition()),
            org.apache.kafka.clients.admin.OffsetSpec.latest())));
        admin.listOffsets(latest).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS); // answered by each leader
        return;
      } catch (ExecutionException | TimeoutException e) {
        last = e;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for topic leaders", e);
      }
      java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
    }
    throw new IllegalStateException("partition leaders of " + topics + " not ready within " + timeout
        + (last == null ? "" : ": " + last.getMessage()), last);
  }

  /** Whether retention {@code actualMs} keeps records longer than {@code wantedMs} (-1 is forever). */
  static boolean keepsLonger(String actualMs, String wantedMs) {
    long actual = Long.parseLong(actualMs);
    long wanted = Long.parseLong(wantedMs);
    return wanted != -1 && (actual == -1 || actual > wanted);
  }

  static Map<String, String> configOf(TopicSpec spec) {
    Map<String, String> config = new HashMap<>();
    config.put(TopicConfig.CLEANUP_POLICY_CONFIG, spec.cleanup().kafkaValue());
    config.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(spec.retentionMs()));
    return config;
  }
}
