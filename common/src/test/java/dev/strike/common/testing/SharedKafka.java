package dev.strike.common.testing;

import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.kafka.embedded.EmbeddedKafkaBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The one embedded Kafka broker of a test JVM (BUILD.md: one broker per test JVM, shared across test classes,
 * unique topic names per test). Started on first use, stopped when the JVM exits.
 */
public final class SharedKafka {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedKafkaBroker broker;
  private static Admin admin;

  private SharedKafka() {}

  /** The broker, started if needed. */
  public static synchronized EmbeddedKafkaBroker broker() {
    if (broker == null) {
      EmbeddedKafkaBroker started = EmbeddedKafkaBroker.builder().build().start();
      broker = started;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        synchronized (SharedKafka.class) {
          if (admin != null) {
            admin.close(Duration.ofSeconds(2));
          }
          started.close();
        }
      }, "shared-kafka-stop"));
    }
    return broker;
  }

  /** {@code 127.0.0.1:<port>} of the shared broker. */
  public static String bootstrapServers() {
    return broker().bootstrapServers();
  }

  /** An admin client on the shared broker (shared; do not close). */
  public static synchronized Admin admin() {
    if (admin == null) {
      Properties p = new Properties();
      p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
      admin = Admin.create(p);
    }
    return admin;
  }

  /** A topic name no other test uses: {@code base-<n>-<random>}. */
  public static String uniqueName(String base) {
    return base + "-" + COUNTER.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Creates a fresh topic with {@code partitions} partitions and returns its name. */
  public static String createTopic(String base, int partitions) {
    return createTopic(base, partitions, Map.of());
  }

  /** Creates a fresh topic with {@code partitions} partitions and the given configs; returns its name. */
  public static String createTopic(String base, int partitions, Map<String, String> configs) {
    return createTopicNamed(uniqueName(base), partitions, configs);
  }

  /** Creates the topic {@code name} (which must not exist) with {@code partitions} partitions. */
  public static String createTopicNamed(String name, int partitions) {
    return createTopicNamed(name, partitions, Map.of());
  }

  /** Creates the topic {@code name} (which must not exist) with {@code partitions} partitions and configs. */
  public static String createTopicNamed(String name, int partitions, Map<String, String> configs) {
    try {
      admin().createTopics(List.of(new NewTopic(name, partitions, (short) 1).configs(configs))).all()
          .get(30, TimeUnit.SECONDS);
      TopicProvisioner.awaitLeaders(admin(), List.of(name), Duration.ofSeconds(30));
    } catch (Exception e) {
      throw new IllegalStateException("cannot create topic " + name, e);
    }
    return name;
  }
}
