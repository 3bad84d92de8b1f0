package dev.strike.app.dataset.shell;

import dev.strike.app.dataset.core.DatasetProblem;
import dev.strike.app.dataset.core.HistoryEvent;
import dev.strike.app.dataset.core.HistorySink;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.DeadLetter;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.SpotTick;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Produces imported history to a namespace: each event to its topic with its key (the default partitioner places it,
 * so the same key always lands in the same partition) and with the record timestamp set to its {@code tsEvent} in
 * milliseconds; each problem as a {@link DeadLetter} to {@code dlq}. Records are sent in the order given and
 * acknowledged asynchronously; {@link #finish()} waits for all of them. Single-threaded use.
 */
public final class KafkaHistorySink implements HistorySink {
  private final KafkaSender sender;
  private final Topics topics;
  private final String dataset;
  private final AtomicLong acked = new AtomicLong();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private long sent;

  /**
   * Produces with {@code sender} (use {@code SenderOptions.bulk}) into {@code topics}; {@code dataset} names the
   * dlq source.
   */
  public KafkaHistorySink(KafkaSender sender, Topics topics, String dataset) {
    this.sender = sender;
    this.topics = topics;
    this.dataset = dataset;
  }

  @Override
  public void onEvent(HistoryEvent event) {
    byte[] value = switch (event.topic()) {
      case MARKETS -> topics.mdMarkets().codec().encode((MarketInfo) event.value());
      case BOOK -> topics.mdBook().codec().encode((BookEvent) event.value());
      case SPOT -> topics.mdSpot().codec().encode((SpotTick) event.value());
    };
    String topic = topics.byBaseName(event.topic().baseName()).orElseThrow().name();
    send(new ProducerRecord<>(topic, null, event.timestampMs(), event.key().getBytes(StandardCharsets.UTF_8),
        value));
  }

  @Override
  public void onProblem(DatasetProblem problem) {
    DeadLetter letter = problem.toDeadLetter(dataset);
    send(new ProducerRecord<>(topics.dlq().name(), null, letter.tsEvent() / 1_000_000L,
        topics.dlq().keyOf(letter).getBytes(StandardCharsets.UTF_8), topics.dlq().codec().encode(letter)));
  }

  private void send(ProducerRecord<byte[], byte[]> record) {
    if (failure.get() != null) {
      throw new IllegalStateException("producing failed: " + failure.get().getMessage(), failure.get());
    }
    sender.send(record).subscribe(m -> acked.incrementAndGet(), e -> failure.compareAndSet(null, e));
    sent++;
  }

  /**
   * Waits until every record is acknowledged.
   *
   * @return how many records were produced
   * @throws IllegalStateException if any failed
   */
  public long finish() {
    sender.flush();
    if (failure.get() != null || acked.get() != sent) {
      Throwable error = failure.get();
      throw new IllegalStateException("import failed after " + acked.get() + " of " + sent + " records"
          + (error == null ? "" : ": " + error.getMessage()), error);
    }
    return sent;
  }
}
