package dev.strike.app.backtest.shell;

import dev.strike.app.backtest.core.BacktestEngine;
import dev.strike.app.calibration.core.CollectedHistory;
import dev.strike.app.dataio.core.ExportLines;
import dev.strike.app.dataio.core.ExportManifest;
import dev.strike.app.dataio.core.ExportedRecord;
import dev.strike.app.dataio.shell.FileLines;
import dev.strike.app.dataset.core.DatasetProblem;
import dev.strike.app.dataset.core.HistoryEvent;
import dev.strike.app.dataset.core.HistoryImport;
import dev.strike.app.dataset.core.LineSource;
import dev.strike.app.dataset.core.QuoteMapping;
import dev.strike.app.dataset.shell.Dataset;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.kafka.TopicScan;
import dev.strike.common.money.Qty;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Recorded market data for a backtest, read into memory and merged in event-time order (ties: markets, then books,
 * then public trades, then spot, then by market or asset, then the order they were read in — so a dataset and the
 * same data read back from Kafka, whose partitions interleave differently, give the same sequence): a recorded
 * dataset directory (as {@code strike import-csv} reads it), a directory written by {@code strike export}, or a
 * namespace's {@code md.*} topics on Kafka within a time range.
 *
 * @param events the merged events
 * @param problems lines of a dataset that could not be mapped (counted, not fatal)
 * @param source one line saying where the events came from
 */
public record BacktestInputs(List<StrikeEvent> events, List<DatasetProblem> problems, String source) {

  /** Copies. */
  public BacktestInputs {
    events = List.copyOf(events);
    problems = List.copyOf(problems);
  }

  /** A recorded dataset, with {@code levelSize} contracts at every book level (the datasets give no sizes). */
  public static BacktestInputs dataset(Dataset dataset, Path in, Qty levelSize) throws IOException {
    CollectedHistory collected = new CollectedHistory();
    new HistoryImport(dataset.sources(in), new QuoteMapping(levelSize)).run(collected);
    List<StrikeEvent> events = new ArrayList<>();
    for (HistoryEvent event : collected.events()) {
      events.add(event.value());
    }
    return new BacktestInputs(merged(events), collected.problems(), dataset.label() + " dataset " + in);
  }

  /** A directory written by {@code strike export}: its {@code md.*} topics. */
  public static BacktestInputs export(Path dir) throws IOException {
    ExportManifest manifest = ExportManifest.parse(Files.readAllBytes(dir.resolve(ExportManifest.FILE)));
    Topics topics = Topics.withPrefix("");
    List<StrikeEvent> events = new ArrayList<>();
    for (ExportManifest.TopicEntry entry : manifest.topics()) {
      Topic<?> topic = marketData(topics).get(entry.topic());
      if (topic == null) {
        continue; // not market data
      }
      try (LineSource.Cursor cursor = new FileLines(dir.resolve(entry.file())).open()) {
        byte[] line;
        while ((line = cursor.next()) != null) {
          ExportedRecord record = ExportLines.decode(line);
          if (record.value() != null) {
            events.add(topic.codec().decode(record.value()));
          }
        }
      }
    }
    return new BacktestInputs(merged(events), List.of(), "export " + dir);
  }

  /** The {@code md.*} topics of {@code namespace} on Kafka, events with {@code fromNs <= tsEvent < toNs}. */
  public static BacktestInputs kafka(String bootstrapServers, Map<String, String> clientProperties,
      Topics namespace, long fromNs, long toNs) {
    List<StrikeEvent> events = new ArrayList<>();
    for (Topic<?> topic : marketData(namespace).values()) {
      for (StrikeEvent event : TopicScan.values(bootstrapServers, clientProperties, topic, Duration.ofMinutes(5))) {
        if (event.tsEvent() >= fromNs && event.tsEvent() < toNs) {
          events.add(event);
        }
      }
    }
    return new BacktestInputs(merged(events), List.of(), "kafka " + namespace.mdBook().name().replace(".md.book", "")
        + " " + bootstrapServers);
  }

  private static Map<String, Topic<? extends StrikeEvent>> marketData(Topics topics) {
    Map<String, Topic<? extends StrikeEvent>> byBase = new java.util.LinkedHashMap<>();
    byBase.put(topics.mdMarkets().baseName(), topics.mdMarkets());
    byBase.put(topics.mdBook().baseName(), topics.mdBook());
    byBase.put(topics.mdTrades().baseName(), topics.mdTrades());
    byBase.put(topics.mdSpot().baseName(), topics.mdSpot());
    return byBase;
  }

  /** {@code events} in event-time order; ties by kind (markets, books, trades, spot), then as read (stable). */
  static List<StrikeEvent> merged(List<StrikeEvent> events) {
    List<StrikeEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparingLong(StrikeEvent::tsEvent).thenComparingInt(BacktestInputs::rank)
        .thenComparing(BacktestInputs::key));
    for (StrikeEvent event : sorted) {
      if (!BacktestEngine.isMarketData(event)) {
        throw new IllegalArgumentException("not market data: " + event.getClass().getSimpleName());
      }
    }
    return sorted;
  }

  /** The record key of a market-data event: its market, or its asset for spot. */
  private static String key(StrikeEvent event) {
    if (event instanceof MarketInfo info) {
      return info.ticker().value();
    } else if (event instanceof BookEvent book) {
      return book.ticker().value();
    } else if (event instanceof MarketTrade trade) {
      return trade.ticker().value();
    }
    return ((dev.strike.common.event.SpotTick) event).asset().symbol();
  }

  private static int rank(StrikeEvent event) {
    if (event instanceof MarketInfo) {
      return 0;
    } else if (event instanceof BookEvent) {
      return 1;
    } else if (event instanceof MarketTrade) {
      return 2;
    }
    return 3;
  }
}
