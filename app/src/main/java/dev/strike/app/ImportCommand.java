package dev.strike.app;

import dev.strike.app.config.StrikeConfig;
import dev.strike.app.dataio.core.ExportFormatException;
import dev.strike.app.dataio.shell.TopicImporter;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strike import}: an export directory into a namespace. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Load an export directory (from `strike export`) into the namespace of --prefix: each record to the same "
          + "partition with the same key, value bytes, headers and timestamp, in file order. Checks the manifest "
          + "and every file's SHA-256 first, creates the namespace's topics, and keeps the imported topics' records "
          + "forever (retention.ms=-1: they carry their original, old timestamps).",
      "Refuses a target whose topics already hold records: importing the same export twice would duplicate every "
          + "record. --force appends anyway."})
final class ImportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--in", required = true, paramLabel = "DIR", description = "The export directory")
  Path in;

  @Option(names = "--force", description = "Append even when the target topics already hold records (duplicates)")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StrikeConfig config = configOptions.loadOrReport(Map.of(), err);
    if (config == null) {
      return 2;
    }
    String bootstrap = TopicsCommand.bootstrapOf(config);
    try (Admin admin = TopicsCommand.connect(config);
        KafkaSender sender = new KafkaSender(SenderOptions.bulk(bootstrap, "strike-import")
            .withAll(config.kafka().clientProperties()))) {
      TopicImporter.Outcome outcome = new TopicImporter(admin, sender, Duration.ofSeconds(30))
          .importDir(in, config.kafka().topics(), config.kafka().replicationFactor(), force);
      if (outcome instanceof TopicImporter.Refused refused) {
        err.println("strike import: refused: " + refused.reason());
        return 1;
      }
      TopicImporter.Imported imported = (TopicImporter.Imported) outcome;
      imported.counts().forEach((topic, n) -> stdout.printf("%-40s %10d records%n", topic, n));
      stdout.flush();
      return 0;
    } catch (ExportFormatException e) {
      err.println("strike import: " + in + ": " + e.getMessage());
      return 1;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("strike import: cannot read " + in + ": " + e.getMessage());
      return 1;
    } catch (IllegalStateException | org.apache.kafka.common.KafkaException e) {
      err.println("strike import: cannot import into " + bootstrap + ": " + e.getMessage());
      return 1;
    }
  }
}
