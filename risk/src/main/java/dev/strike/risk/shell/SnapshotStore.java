package dev.strike.risk.shell;

import dev.strike.common.event.PortfolioSnapshot;
import dev.strike.common.id.AccountId;
import dev.strike.common.kafka.TopicScan;
import dev.strike.common.service.ServiceContext;
import dev.strike.common.topic.Topic;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the latest {@link PortfolioSnapshot} of an account back from the compacted {@code portfolio} topic at start:
 * the last value of the account's key wins (a tombstone forgets it). A snapshot that cannot be decoded is an error:
 * the service must not start from a state it cannot read.
 */
final class SnapshotStore {
  private static final Logger log = LoggerFactory.getLogger(SnapshotStore.class);

  private SnapshotStore() {}

  /** The latest snapshot of {@code account}, or empty when it never wrote one. */
  static Optional<PortfolioSnapshot> latest(ServiceContext context, AccountId account, Duration timeout) {
    Topic<PortfolioSnapshot> topic = context.topics().portfolio();
    byte[] key = account.value().getBytes(StandardCharsets.UTF_8);
    AtomicReference<byte[]> latest = new AtomicReference<>();
    TopicScan.scan(context.bootstrapServers(), context.clientProperties(), topic, timeout, (k, value) -> {
      if (k != null && Arrays.equals(k, key)) {
        latest.set(value);
      }
    });
    if (latest.get() == null) {
      return Optional.empty();
    }
    PortfolioSnapshot snapshot = topic.codec().decode(latest.get());
    log.info("risk: restoring account {} from its snapshot at {} ({} positions, {} open orders, inputs {})",
        account.value(), snapshot.tsEvent(), snapshot.positions().size(), snapshot.openOrders().size(),
        snapshot.inputOffsets());
    return Optional.of(snapshot);
  }
}
