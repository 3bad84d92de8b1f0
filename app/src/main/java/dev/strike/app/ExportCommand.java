package dev.strike.app;

import dev.strike.app.config.StrikeConfig;
import dev.strike.app.dataio.core.ExportManifest;
import dev.strike.app.dataio.core.TimeRange;
import dev.strike.app.dataio.shell.HistoryTopics;
import dev.strike.app.dataio.shell.TopicExporter;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strike export}: topics of a namespace to gzip JSON-lines files plus a manifest. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Export topics of a namespace to files: <topic>.jsonl.gz (one JSON line per record: base topic, partition, "
          + "offset, timestamp, key, and the value's bytes verbatim) and manifest.json (counts, offsets, time range, "
          + "value types, SHA-256). Partitions in order, records in offset order; the same records always give the "
          + "same bytes, and the files do not name the namespace. Format: docs/dataio.md.",
      "Reads the embedded broker of a running `strike run`, or the cluster given with --kafka."})
final class ExportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--topics", split = ",", required = true, paramLabel = "TOPIC",
      description = "Base topic names, comma-separated (md.markets,md.book,md.spot,…), or 'all'")
  List<String> topics;

  @Option(names = "--from", paramLabel = "TIME", converter = TimeConverter.class,
      description = "Only records with a timestamp at or after TIME (ISO-8601, e.g. 2026-02-25T04:30:00Z)")
  Instant from;

  @Option(names = "--to", paramLabel = "TIME", converter = TimeConverter.class,
      description = "Only records with a timestamp before TIME (exclusive)")
  Instant to;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Directory to write; created if missing, must be empty unless --force")
  Path out;

  @Option(names = "--force", description = "Write into a non-empty directory (files of the same names are replaced)")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StrikeConfig config = configOptions.loadOrReport(Map.of(), err);
    if (config == null) {
      return 2;
    }
    Topics namespace = config.kafka().topics();
    List<Topic<?>> chosen;
    TimeRange range;
    try {
      chosen = HistoryTopics.byBaseNames(namespace, topics.equals(List.of("all")) ? Topics.BASE_NAMES : topics);
      range = new TimeRange(from, to);
    } catch (IllegalArgumentException e) {
      err.println("strike export: " + e.getMessage());
      return 2;
    }
    try {
      Files.createDirectories(out);
      try (Stream<Path> existing = Files.list(out)) {
        if (!force && existing.findAny().isPresent()) {
          err.println("strike export: " + out + " is not empty (use --force to write into it)");
          return 1;
        }
      }
    } catch (IOException e) {
      err.println("strike export: cannot write to " + out + ": " + e);
      return 1;
    }
    String bootstrap = TopicsCommand.bootstrapOf(config);
    try (Admin admin = TopicsCommand.connect(config)) {
      Set<String> names = admin.listTopics().names().get(15, TimeUnit.SECONDS);
      List<String> missing = chosen.stream().map(Topic::name).filter(n -> !names.contains(n)).toList();
      if (!missing.isEmpty()) {
        err.println("strike export: no such topics on " + bootstrap + ": " + String.join(", ", missing));
        return 1;
      }
    } catch (ExecutionException | TimeoutException e) {
      err.println("strike export: cannot reach Kafka at " + bootstrap + " (is `strike run` running? or pass --kafka "
          + "host:port): " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    }
    try (TopicExporter exporter = new TopicExporter(bootstrap, config.kafka().clientProperties(),
        Duration.ofSeconds(30))) {
      ExportManifest manifest = exporter.export(chosen, range, out);
      for (ExportManifest.TopicEntry entry : manifest.topics()) {
        stdout.printf("%-16s %10d records  %s%n", entry.topic(), entry.records(), out.resolve(entry.file()));
      }
      stdout.println("manifest         " + out.resolve(ExportManifest.FILE));
      stdout.flush();
      return 0;
    } catch (IllegalStateException | org.apache.kafka.common.KafkaException e) {
      err.println("strike export: cannot export from " + bootstrap + ": " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("strike export: cannot write to " + out + ": " + e);
      return 1;
    }
  }
}
