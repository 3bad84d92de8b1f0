package dev.strike.common.ops;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/**
 * Whether Kafka answers: a {@code describeCluster} call, at most one per {@code cacheFor}, bounded by
 * {@code timeout}. Thread-safe.
 */
public final class KafkaHealthCheck implements Supplier<Health> {
  private final Admin admin;
  private final String bootstrapServers;
  private final Duration timeout;
  private final long cacheForNanos;
  private Health last;
  private long lastAtNanos;

  /** A check of the cluster behind {@code admin}. */
  public KafkaHealthCheck(Admin admin, String bootstrapServers, Duration timeout, Duration cacheFor) {
    this.admin = admin;
    this.bootstrapServers = bootstrapServers;
    this.timeout = timeout;
    this.cacheForNanos = cacheFor.toNanos();
  }

  @Override
  public synchronized Health get() {
    long now = System.nanoTime();
    if (last != null && now - lastAtNanos < cacheForNanos) {
      return last;
    }
    Health health;
    try {
      int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
          .nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
      health = Health.up(Map.of("bootstrapServers", bootstrapServers, "brokers", nodes));
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      health = Health.down(Map.of("bootstrapServers", bootstrapServers, "error", String.valueOf(e.getMessage())));
    }
    last = health;
    lastAtNanos = now;
    return health;
  }
}
