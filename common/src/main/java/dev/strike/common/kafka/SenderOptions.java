package dev.strike.common.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Settings of a {@link KafkaSender}. Use {@link #lowLatency} on hot paths (no linger: Kafka 4 producers default to
 * {@code linger.ms=5}, which adds 5 ms to every hop) and {@link #bulk} for replays, imports and exports.
 *
 * @param properties the producer properties (copied)
 */
public record SenderOptions(Map<String, Object> properties) {
  /** Copies the properties. */
  public SenderOptions {
    properties = Map.copyOf(properties);
  }

  /**
   * For the hot path: {@code linger.ms=0}, {@code acks=all}, idempotent, uncompressed.
   *
   * @param bootstrapServers {@code host:port[,host:port]}
   * @param clientId shows up in broker logs and metrics
   */
  public static SenderOptions lowLatency(String bootstrapServers, String clientId) {
    Map<String, Object> p = base(bootstrapServers, clientId);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "none");
    return new SenderOptions(p);
  }

  /** For throughput: batches of up to 64 KiB lingering 5 ms, lz4-compressed, {@code acks=all}, idempotent. */
  public static SenderOptions bulk(String bootstrapServers, String clientId) {
    Map<String, Object> p = base(bootstrapServers, clientId);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 65_536);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    return new SenderOptions(p);
  }

  private static Map<String, Object> base(String bootstrapServers, String clientId) {
    Map<String, Object> p = new HashMap<>();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return p;
  }

  /** The same options with {@code key} set to {@code value} (e.g. extra client properties from the config). */
  public SenderOptions with(String key, Object value) {
    Map<String, Object> p = new HashMap<>(properties);
    p.put(key, value);
    return new SenderOptions(p);
  }

  /** The same options with every entry of {@code extra} set. */
  public SenderOptions withAll(Map<String, ?> extra) {
    Map<String, Object> p = new HashMap<>(properties);
    p.putAll(extra);
    return new SenderOptions(p);
  }

  /** The same options as a transactional producer with the given {@code transactional.id}. */
  public SenderOptions transactional(String transactionalId) {
    return with(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
  }
}
