package dev.strike.app.replay.shell;

import dev.strike.app.dataio.core.TimeRange;
import dev.strike.app.replay.core.ReplayReport;
import dev.strike.app.replay.core.ReplaySpeed;
import dev.strike.app.replay.core.ReplayTopic;
import dev.strike.common.kafka.KafkaFlow;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.topic.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * One replay from namespace to namespace as {@code strike replay} and {@code strike run --replay} do it: check that
 * the source topics exist, provision the target namespace (every topic, as {@code strike topics create} does), replay
 * with a {@link KafkaReplayer}, print a progress line about every {@code progressEvery} and the summary line.
 *
 * @param bootstrapServers the Kafka cluster
 * @param clientProperties extra client properties of the configuration
 * @param replicationFactor replicas for topics created
 * @param nanoClock a monotonic clock in ns
 * @param sleeper waits for the pacing
 * @param progressEvery how often a progress line is printed
 */
public record NamespaceReplay(String bootstrapServers, Map<String, String> clientProperties, int replicationFactor,
    LongSupplier nanoClock, Sleeper sleeper, Duration progressEvery) {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Copies the properties. */
  public NamespaceReplay {
    clientProperties = Map.copyOf(clientProperties);
  }

  /** Real time and real sleeping, a progress line every 5 s. */
  public static NamespaceReplay of(String bootstrapServers, Map<String, String> clientProperties,
      int replicationFactor) {
    return new NamespaceReplay(bootstrapServers, clientProperties, replicationFactor, System::nanoTime,
        Sleeper.THREAD, Duration.ofSeconds(5));
  }

  /**
   * Replays {@code from} into {@code to} and prints to {@code out}.
   *
   * @throws IllegalStateException if a source topic is missing or Kafka fails, with the reason
   */
  public ReplayReport run(Topics from, Topics to, TimeRange range, ReplaySpeed speed, ReplayBarrier barrier,
      PrintWriter out) throws InterruptedException {
    return run(from, to, range, speed, barrier, out, KafkaFlow.NONE);
  }

  /**
   * Replays {@code from} into {@code to} and prints to {@code out}, noting every record written in {@code flow} (for
   * a {@link ReplaySpeed#LOCKSTEP} replay whose barrier waits on that flow).
   *
   * @throws IllegalStateException if a source topic is missing or Kafka fails, with the reason
   */
  public ReplayReport run(Topics from, Topics to, TimeRange range, ReplaySpeed speed, ReplayBarrier barrier,
      PrintWriter out, KafkaFlow flow) throws InterruptedException {
    if (from.prefix().equals(to.prefix())) {
      throw new IllegalArgumentException("source and target namespace are the same ('" + from.prefix() + "')");
    }
    Map<String, Object> adminProps = new HashMap<>(clientProperties);
    adminProps.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    adminProps.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    adminProps.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    try (Admin admin = Admin.create(adminProps)) {
      Set<String> names = admin.listTopics().names().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      List<String> missing = new ArrayList<>();
      for (ReplayTopic topic : ReplayTopic.values()) {
        String name = from.fullName(topic.baseName());
        if (!names.contains(name)) {
          missing.add(name);
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("no such topics on " + bootstrapServers + ": " + String.join(", ", missing));
      }
      new TopicProvisioner(admin, replicationFactor, TIMEOUT).ensure(to.all());
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot reach Kafka at " + bootstrapServers + ": " + e.getCause().getMessage(),
          e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException("Kafka at " + bootstrapServers + " did not answer within " + TIMEOUT, e);
    }
    SenderOptions options = speed.isMax() && !speed.lockstep() ? SenderOptions.bulk(bootstrapServers, "strike-replay")
        : SenderOptions.lowLatency(bootstrapServers, "strike-replay");
    out.println("replaying " + describe(from) + " into " + describe(to) + " at speed " + speed
        + (range.from() == null && range.to() == null ? "" : " (records " + range.from() + " to " + range.to() + ")"));
    out.flush();
    try (KafkaSender sender = new KafkaSender(options.withAll(clientProperties), flow);
        KafkaReplayer replayer = new KafkaReplayer(bootstrapServers, clientProperties, sender, TIMEOUT, nanoClock,
            sleeper)) {
      ReplayReport report = replayer.replay(from, to, range, speed, barrier, (events, tsEventNs, elapsedNanos) -> {
        out.printf("  replay %,d events, event time %s, %.1f s%n", events, Instant.ofEpochSecond(0, tsEventNs),
            elapsedNanos / 1e9);
        out.flush();
      }, progressEvery);
      out.println(report.summary());
      out.printf("  md.markets %d, md.book %d, md.trades %d, md.spot %d%s%n", report.byTopic().get(ReplayTopic.MARKETS),
          report.byTopic().get(ReplayTopic.BOOK), report.byTopic().get(ReplayTopic.TRADES),
          report.byTopic().get(ReplayTopic.SPOT), report.firstEventNs() == null ? ""
              : "; event time " + Instant.ofEpochSecond(0, report.firstEventNs()) + " to "
                  + Instant.ofEpochSecond(0, report.lastEventNs()));
      if (report.withoutEventTime() > 0) {
        out.println("  " + report.withoutEventTime() + " records without a decodable tsEvent were ordered by their "
            + "record timestamp");
      }
      out.flush();
      return report;
    }
  }

  private static String describe(Topics topics) {
    return topics.prefix().isEmpty() ? "the default namespace" : "namespace '" + topics.prefix() + "'";
  }
}
