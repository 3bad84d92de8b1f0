package dev.strike.app;

import dev.strike.app.config.StrikeConfig;
import dev.strike.common.config.KafkaSettings;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code strike topics list|create}: look at and provision the topics on a running cluster. */
@Command(name = "topics", mixinStandardHelpOptions = true,
    description = "List or create Strike's topics on Kafka: the embedded broker of a running `strike run` "
        + "(127.0.0.1:<kafka.embedded.port>) or the cluster given with --kafka.",
    subcommands = {TopicsCommand.ListTopics.class, TopicsCommand.CreateTopics.class})
public final class TopicsCommand {

  static Admin connect(StrikeConfig config) {
    KafkaSettings kafka = config.kafka();
    String bootstrap = kafka.usesEmbeddedBroker() ? "127.0.0.1:" + kafka.embedded().port() : kafka.bootstrapServers();
    Map<String, Object> props = new HashMap<>(kafka.clientProperties());
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
    return Admin.create(props);
  }

  public static String bootstrapOf(StrikeConfig config) {
    KafkaSettings kafka = config.kafka();
    return kafka.usesEmbeddedBroker() ? "127.0.0.1:" + kafka.embedded().port() : kafka.bootstrapServers();
  }

  /** {@code strike topics list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "List the cluster's topics with partitions, cleanup policy and retention; mark Strike's topics "
          + "of the namespace and the ones missing.")
  static final class ListTopics implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      StrikeConfig config = configOptions.loadOrReport(Map.of(), err);
      if (config == null) {
        return 2;
      }
      Topics topics = config.kafka().topics();
      try (Admin admin = connect(config)) {
        Set<String> names;
        try {
          names = new TreeSet<>(admin.listTopics().names().get(10, TimeUnit.SECONDS));
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
          err.println("strike: cannot reach Kafka at " + bootstrapOf(config) + " (is `strike run` running? or pass "
              + "--kafka host:port): " + e.getMessage());
          return 1;
        }
        Map<String, TopicDescription> described = names.isEmpty() ? Map.of()
            : admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
        List<ConfigResource> resources = new ArrayList<>();
        names.forEach(n -> resources.add(new ConfigResource(ConfigResource.Type.TOPIC, n)));
        Map<ConfigResource, Config> configs = resources.isEmpty() ? Map.of()
            : admin.describeConfigs(resources).all().get(10, TimeUnit.SECONDS);
        out.printf("%-40s %10s  %-15s %14s  %s%n", "TOPIC", "PARTITIONS", "CLEANUP", "RETENTION(ms)", "STRIKE");
        for (String name : names) {
          Config c = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name));
          out.printf("%-40s %10d  %-15s %14s  %s%n", name, described.get(name).partitions().size(),
              c.get("cleanup.policy").value(), c.get("retention.ms").value(),
              topics.byName(name).map(t -> "yes").orElse(""));
        }
        for (Topic<?> topic : topics.all()) {
          if (!names.contains(topic.name())) {
            out.printf("%-40s %10s  %-15s %14s  %s%n", topic.name(), "-", "-", "-", "MISSING (strike topics create)");
          }
        }
        out.flush();
        return 0;
      }
    }
  }

  /** {@code strike topics create}. */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create Strike's topics of the namespace (or bring partitions, cleanup policy and retention "
          + "up to date). Idempotent.")
  static final class CreateTopics implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      StrikeConfig config = configOptions.loadOrReport(Map.of(), err);
      if (config == null) {
        return 2;
      }
      try (Admin admin = connect(config)) {
        List<TopicProvisioner.Outcome> outcomes = new TopicProvisioner(admin, config.kafka().replicationFactor(),
            Duration.ofSeconds(15)).ensure(config.kafka().topics().all());
        for (TopicProvisioner.Outcome outcome : outcomes) {
          out.printf("%-40s %-30s %s%n", outcome.topic(), outcome.actions(), outcome.note());
        }
        out.flush();
        return 0;
      } catch (IllegalStateException e) {
        err.println("strike: cannot provision topics on " + bootstrapOf(config) + ": " + e.getMessage());
        return 1;
      }
    }
  }
}
