package dev.strike.common.service;

import dev.strike.common.kafka.DeadLetters;
import dev.strike.common.kafka.KafkaFlow;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.ReceiverOptions;
import dev.strike.common.ops.HealthRegistry;
import dev.strike.common.time.Clock;
import dev.strike.common.topic.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;

/**
 * What a service gets from its process: the topics of the run's namespace, Kafka access, a shared low-latency
 * sender, dead letters, metrics, health and the clock. Immutable; the shared parts are thread-safe.
 *
 * @param bootstrapServers Kafka's {@code host:port} list
 * @param clientProperties extra Kafka client properties from the configuration, applied to every client
 */
public record ServiceContext(
    Topics topics,
    String bootstrapServers,
    Map<String, String> clientProperties,
    KafkaSender sender,
    DeadLetters deadLetters,
    MeterRegistry meters,
    HealthRegistry health,
    Clock clock,
    KafkaFlow flow) {

  /** Copies the client properties. */
  public ServiceContext {
    clientProperties = Map.copyOf(clientProperties);
    java.util.Objects.requireNonNull(flow, "flow");
  }

  /** A context whose receivers track nothing ({@link KafkaFlow#NONE}). */
  public ServiceContext(Topics topics, String bootstrapServers, Map<String, String> clientProperties,
      KafkaSender sender, DeadLetters deadLetters, MeterRegistry meters, HealthRegistry health, Clock clock) {
    this(topics, bootstrapServers, clientProperties, sender, deadLetters, meters, health, clock, KafkaFlow.NONE);
  }

  /**
   * The consumer group of {@code service} in this namespace: {@code strike.<service>}, or
   * {@code strike.<prefix>.<service>} under a topic prefix, so namespaces never share offsets.
   */
  public String groupId(String service) {
    return topics.prefix().isEmpty() ? "strike." + service : "strike." + topics.prefix() + "." + service;
  }

  /** Receiver options for {@code service} consuming {@code topicNames}, with the configured client properties. */
  public ReceiverOptions receiverOptions(String service, List<String> topicNames) {
    return ReceiverOptions.of(bootstrapServers, groupId(service), topicNames).withAll(clientProperties);
  }
}
