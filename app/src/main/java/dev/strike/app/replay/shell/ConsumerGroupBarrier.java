package dev.strike.app.replay.shell;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * A {@link ReplayBarrier} on the consumer groups of running services: a topic counts as read once every group that is
 * assigned partitions of it has committed offsets at the topic's end offsets. The services commit only what they have
 * processed (every 100 ms), so after the barrier they have processed those records. Polls the admin client every
 * {@code pollEvery}; blocking.
 */
public final class ConsumerGroupBarrier implements ReplayBarrier {
  private final Admin admin;
  private final List<String> groups;
  private final Duration timeout;
  private final Duration pollEvery;

  /**
   * A barrier on {@code groups}.
   *
   * @param timeout longest wait of one call
   * @param pollEvery pause between two looks at the groups
   */
  public ConsumerGroupBarrier(Admin admin, Collection<String> groups, Duration timeout, Duration pollEvery) {
    this.admin = admin;
    this.groups = List.copyOf(groups);
    this.timeout = timeout;
    this.pollEvery = pollEvery;
  }

  /**
   * Waits until every group is stable and has members with assigned partitions (the services have joined), so that
   * what is published next is read in the order it is published.
   *
   * @throws IllegalStateException if they do not within the timeout
   */
  public void awaitJoined() throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Map<String, ConsumerGroupDescription> described = describe();
      List<String> waiting = new ArrayList<>();
      for (String group : groups) {
        ConsumerGroupDescription d = described.get(group);
        if (d == null || d.groupState() != GroupState.STABLE || assigned(d).isEmpty()) {
          waiting.add(group + (d == null ? "" : " (" + d.groupState() + ")"));
        }
      }
      if (waiting.isEmpty()) {
        return;
      }
      pause(deadline, "consumer groups did not join: " + waiting);
    }
  }

  @Override
  public void awaitConsumed(Collection<String> topics) throws InterruptedException {
    awaitCaughtUp(Set.copyOf(topics));
  }

  /**
   * Waits until the groups have committed the end offsets of every partition they are assigned among
   * {@code topics} (all topics when empty), looking until two looks in a row find nothing left.
   */
  public void awaitIdle() throws InterruptedException {
    int idleLooks = 0;
    long deadline = System.nanoTime() + timeout.toNanos();
    while (idleLooks < 2) {
      if (lagging(Set.of()).isEmpty()) {
        idleLooks++;
      } else {
        idleLooks = 0;
      }
      pause(deadline, "the services did not catch up: " + lagging(Set.of()));
    }
  }

  private void awaitCaughtUp(Set<String> topics) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Map<TopicPartition, Long> lagging = lagging(topics);
      if (lagging.isEmpty()) {
        return;
      }
      pause(deadline, "consumers did not read " + topics + " to its end: lag " + lagging);
    }
  }

  /** Partitions (of {@code topics}, or all when empty) where a group's committed offset is below the end, with lag. */
  private Map<TopicPartition, Long> lagging(Set<String> topics) {
    Map<String, ConsumerGroupDescription> described = describe();
    Map<String, Set<TopicPartition>> assignments = new HashMap<>();
    Set<TopicPartition> all = new HashSet<>();
    for (String group : groups) {
      ConsumerGroupDescription d = described.get(group);
      Set<TopicPartition> mine = new HashSet<>();
      if (d != null) {
        for (TopicPartition tp : assigned(d)) {
          if (topics.isEmpty() || topics.contains(tp.topic())) {
            mine.add(tp);
          }
        }
      }
      assignments.put(group, mine);
      all.addAll(mine);
    }
    if (all.isEmpty()) {
      return Map.of();
    }
    Map<TopicPartition, OffsetSpec> query = new HashMap<>();
    all.forEach(tp -> query.put(tp, OffsetSpec.latest()));
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = get(admin.listOffsets(query).all());
    Map<TopicPartition, Long> lagging = new HashMap<>();
    for (String group : groups) {
      Set<TopicPartition> mine = assignments.get(group);
      if (mine.isEmpty()) {
        continue;
      }
      Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group)
          .partitionsToOffsetAndMetadata());
      for (TopicPartition tp : mine) {
        OffsetAndMetadata at = committed.get(tp);
        long lag = ends.get(tp).offset() - (at == null ? 0 : at.offset());
        if (lag > 0) {
          lagging.merge(tp, lag, Math::max);
        }
      }
    }
    return lagging;
  }

  private static Set<TopicPartition> assigned(ConsumerGroupDescription description) {
    Set<TopicPartition> out = new HashSet<>();
    for (MemberDescription member : description.members()) {
      out.addAll(member.assignment().topicPartitions());
    }
    return out;
  }

  private Map<String, ConsumerGroupDescription> describe() {
    return get(admin.describeConsumerGroups(groups).all());
  }

  private void pause(long deadline, String failure) throws InterruptedException {
    if (System.nanoTime() > deadline) {
      throw new IllegalStateException(failure + " within " + timeout);
    }
    Thread.sleep(pollEvery.toMillis());
  }

  private <T> T get(org.apache.kafka.common.KafkaFuture<T> future) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException("consumer groups " + groups + ": " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("consumer groups " + groups + ": Kafka did not answer within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
