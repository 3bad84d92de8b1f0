package dev.strike.ingest.spot.testing;

import dev.strike.common.event.DeadLetter;
import dev.strike.common.event.SpotTick;
import dev.strike.common.kafka.DeadLetters;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.ops.HealthRegistry;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.testing.SharedKafka;
import dev.strike.common.testing.TopicReader;
import dev.strike.common.time.Clock;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One test's namespace on the shared embedded broker: {@code md.spot} and {@code dlq} provisioned under a unique
 * prefix, a low-latency sender, dead letters, and readers that decode what arrived. Close it to close the sender.
 */
public final class SpotKafka implements AutoCloseable {
  /** A record as read back: its key and decoded value. */
  public record Keyed<V>(String key, V value) {}

  private final Topics topics;
  private final KafkaSender sender;

  private SpotKafka(Topics topics, KafkaSender sender) {
    this.topics = topics;
    this.sender = sender;
  }

  /** A fresh namespace with {@code md.spot} and {@code dlq} ready. */
  public static SpotKafka create() {
    Topics topics = Topics.withPrefix(SharedKafka.uniqueName("spot"));
    new TopicProvisioner(SharedKafka.admin(), 1, Duration.ofSeconds(30))
        .ensure(List.of(topics.mdSpot(), topics.dlq()));
    KafkaSender sender = new KafkaSender(SenderOptions.lowLatency(SharedKafka.bootstrapServers(), "spot-test"));
    return new SpotKafka(topics, sender);
  }

  /** The namespace's topics. */
  public Topics topics() {
    return topics;
  }

  /** The shared sender. */
  public KafkaSender sender() {
    return sender;
  }

  /** Dead letters to this namespace's {@code dlq}. */
  public DeadLetters deadLetters(Clock clock, MeterRegistry meters) {
    return new DeadLetters(sender, topics.dlq(), clock, meters);
  }

  /** A service context on this namespace, as the runtime builds one. */
  public ServiceContext context(Clock clock, MeterRegistry meters, HealthRegistry health) {
    return new ServiceContext(topics, SharedKafka.bootstrapServers(), Map.of(), sender, deadLetters(clock, meters),
        meters, health, clock);
  }

  /** Everything on {@code md.spot} so far. */
  public List<Keyed<SpotTick>> ticks() {
    return read(topics.mdSpot());
  }

  /** Everything on {@code dlq} so far. */
  public List<Keyed<DeadLetter>> deadLetters() {
    return read(topics.dlq());
  }

  private static <V extends dev.strike.common.event.StrikeEvent> List<Keyed<V>> read(Topic<V> topic) {
    return TopicReader.readAll(topic.name(), false).stream()
        .map(r -> new Keyed<>(new String(r.key(), StandardCharsets.UTF_8), topic.codec().decode(r.value())))
        .toList();
  }

  @Override
  public void close() {
    sender.close(Duration.ofSeconds(5));
  }
}
