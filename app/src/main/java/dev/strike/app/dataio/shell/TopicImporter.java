package dev.strike.app.dataio.shell;

import dev.strike.app.dataio.core.ExportFormatException;
import dev.strike.app.dataio.core.ExportLines;
import dev.strike.app.dataio.core.ExportManifest;
import dev.strike.app.dataio.core.ExportedRecord;
import dev.strike.app.dataset.core.LineSource;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.jspecify.annotations.Nullable;

/**
 * Loads an export directory into a namespace (docs/dataio.md): checks the manifest and every file's SHA-256 before
 * touching Kafka, refuses a target whose topics already hold records unless forced (forcing appends, so importing the
 * same export twice duplicates every record), provisions the namespace (ADR 0006: the imported topics keep their
 * records forever), and produces every line to the same partition with the same key, value bytes, headers and record
 * timestamp, in file order. Offsets are assigned by the target; they equal the source offsets when the source
 * partitions were dense from offset 0 (no compaction, no transaction markers, no {@code --from}).
 */
public final class TopicImporter {
  private final Admin admin;
  private final KafkaSender sender;
  private final Duration timeout;

  /** An importer using {@code admin} to provision and {@code sender} (use {@code SenderOptions.bulk}) to produce. */
  public TopicImporter(Admin admin, KafkaSender sender, Duration timeout) {
    this.admin = admin;
    this.sender = sender;
    this.timeout = timeout;
  }

  /** What an import did. */
  public sealed interface Outcome permits Imported, Refused {}

  /**
   * The records were imported.
   *
   * @param counts records produced per full topic name, in manifest order
   */
  public record Imported(Map<String, Long> counts) implements Outcome {}

  /**
   * Nothing was imported.
   *
   * @param reason why, for a person
   */
  public record Refused(String reason) implements Outcome {}

  /**
   * Imports {@code dir} into {@code target}.
   *
   * @param force append even when the target topics already hold records
   * @throws ExportFormatException if the directory is not a valid export
   * @throws IOException if a file cannot be read
   * @throws IllegalStateException if Kafka refuses, does not answer, or a record fails
   */
  public Outcome importDir(Path dir, Topics target, int replicationFactor, boolean force) throws IOException {
    ExportManifest manifest;
    try {
      manifest = ExportManifest.parse(Files.readAllBytes(dir.resolve(ExportManifest.FILE)));
    } catch (NoSuchFileException e) {
      throw new ExportFormatException(dir + " holds no " + ExportManifest.FILE + " (not an export directory, or an "
          + "export that did not finish)");
    }
    List<String> bases = new ArrayList<>();
    for (ExportManifest.TopicEntry entry : manifest.topics()) {
      if (bases.contains(entry.topic())) {
        throw new ExportFormatException("manifest: " + entry.topic() + " is listed twice");
      }
      checkFile(dir, entry);
      bases.add(entry.topic());
    }
    List<Topic<?>> receiving = HistoryTopics.byBaseNames(target, bases);
    HistoryTopics history = new HistoryTopics(admin, timeout);
    if (!force) {
      String refused = refusal(history, receiving);
      if (refused != null) {
        return new Refused(refused);
      }
    }
    history.prepare(target, replicationFactor, receiving);
    Map<String, Integer> partitions = history.partitions(receiving.stream().map(Topic::name).toList());
    for (int i = 0; i < receiving.size(); i++) {
      ExportManifest.TopicEntry entry = manifest.topics().get(i);
      int have = partitions.get(receiving.get(i).name());
      for (ExportManifest.PartitionRange range : entry.ranges()) {
        if (range.partition() >= have) {
          return new Refused(receiving.get(i).name() + " has " + have + " partitions but the export has records in"
              + " partition " + range.partition() + "; set kafka.partitions." + entry.topic() + " to at least "
              + (range.partition() + 1));
        }
      }
    }

    AtomicLong acked = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Map<String, Long> counts = new LinkedHashMap<>();
    long sent = 0;
    for (int i = 0; i < receiving.size(); i++) {
      ExportManifest.TopicEntry entry = manifest.topics().get(i);
      String name = receiving.get(i).name();
      long lines = 0;
      try (LineSource.Cursor cursor = new FileLines(dir.resolve(entry.file())).open()) {
        byte[] line;
        while ((line = cursor.next()) != null) {
          lines++;
          ExportedRecord record;
          try {
            record = ExportLines.decode(line);
          } catch (ExportFormatException e) {
            throw new ExportFormatException(entry.file() + " line " + lines + ": " + e.getMessage(), e);
          }
          if (!record.topic().equals(entry.topic())) {
            throw new ExportFormatException(entry.file() + " line " + lines + ": topic " + record.topic()
                + " in the file of " + entry.topic());
          }
          if (failure.get() != null) {
            break;
          }
          sender.send(toProducerRecord(name, record)).subscribe(
              metadata -> acked.incrementAndGet(),
              error -> failure.compareAndSet(null, error));
          sent++;
        }
      }
      if (lines != entry.records() && failure.get() == null) {
        throw new ExportFormatException(entry.file() + " has " + lines + " records, the manifest says "
            + entry.records());
      }
      counts.put(name, lines);
    }
    sender.flush();
    if (failure.get() != null || acked.get() != sent) {
      Throwable error = failure.get();
      throw new IllegalStateException("import failed after " + acked.get() + " of " + sent + " records"
          + (error == null ? "" : ": " + error.getMessage()), error);
    }
    return new Imported(counts);
  }

  private static ProducerRecord<byte[], byte[]> toProducerRecord(String topic, ExportedRecord record) {
    List<Header> headers = new ArrayList<>();
    for (ExportedRecord.Header header : record.headers()) {
      headers.add(new RecordHeader(header.key(), header.value()));
    }
    return new ProducerRecord<>(topic, record.partition(), record.timestampMs(), record.key(), record.value(),
        headers);
  }

  private @Nullable String refusal(HistoryTopics history, List<Topic<?>> receiving) {
    Set<String> existing;
    try {
      existing = new TreeSet<>(admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot list topics: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    List<String> present = receiving.stream().map(Topic::name).filter(existing::contains).toList();
    if (present.isEmpty()) {
      return null;
    }
    Map<String, Long> full = history.nonEmpty(present);
    if (full.isEmpty()) {
      return null;
    }
    return "the target already holds records (" + full + "); importing would add to them and duplicate anything "
        + "imported before. Use another --prefix, or --force to append";
  }

  private static void checkFile(Path dir, ExportManifest.TopicEntry entry) throws IOException {
    if (!entry.file().equals(entry.topic() + ".jsonl.gz")) {
      throw new ExportFormatException("manifest: the file of " + entry.topic() + " must be " + entry.topic()
          + ".jsonl.gz, got '" + entry.file() + "'");
    }
    if (!Topics.BASE_NAMES.contains(entry.topic())) {
      throw new ExportFormatException("manifest: unknown topic '" + entry.topic() + "'");
    }
    Path file = dir.resolve(entry.file());
    MessageDigest sha = TopicExporter.sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (NoSuchFileException e) {
      throw new ExportFormatException("manifest names " + entry.file() + ", which is not in " + dir);
    }
    String actual = HexFormat.of().formatHex(sha.digest());
    if (!actual.equals(entry.sha256())) {
      throw new ExportFormatException(entry.file() + ": SHA-256 " + actual + " differs from the manifest's "
          + entry.sha256() + " (file changed or truncated)");
    }
  }
}
