package dev.strike.app.replay.shell;

import dev.strike.app.config.StrikeConfig;
import dev.strike.app.dataio.core.TimeRange;
import dev.strike.app.replay.core.ReplaySpeed;
import dev.strike.common.config.ConfigException;
import dev.strike.common.config.ConfigLoader;
import dev.strike.common.config.ConfigSources;
import dev.strike.common.config.KafkaSettings;
import dev.strike.common.topic.Topics;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strike replay}: the recorded market data of one namespace republished into another, in event-time order. */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Republish md.markets, md.book, md.trades and md.spot of the namespace --from into the namespace --to (created "
          + "if missing, like `strike topics create`), merged across topics and partitions in tsEvent order (at equal "
          + "times markets, books, trades, spot; then source partition and offset; each partition keeps its offset "
          + "order). Keys, value bytes and headers are kept, and the partition when the topics have as many; record "
          + "timestamps are the replay's time.",
      "--speed 1 replays at the recorded pace, --speed 60 sixty times faster, --speed max as fast as Kafka takes it. "
          + "Reads the embedded broker of a running `strike run`, or the cluster given with --kafka."})
public final class ReplayCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "YAML configuration (default: $STRIKE_CONFIG, else ./strike.yaml if present)")
  Path config;

  @Option(names = "--profile", paramLabel = "NAME", description = "Profile of the configuration file to apply")
  String profile;

  @Option(names = "--kafka", paramLabel = "HOST:PORT[,HOST:PORT]",
      description = "An external Kafka cluster instead of the embedded broker of a running `strike run`")
  String kafka;

  @Option(names = "--from", required = true, paramLabel = "PREFIX",
      description = "Namespace to read (\"\" for the default namespace)")
  String from;

  @Option(names = "--to", required = true, paramLabel = "PREFIX", description = "Namespace to write")
  String to;

  @Option(names = "--from-time", paramLabel = "TIME", converter = dev.strike.app.TimeConverter.class,
      description = "Only records with a timestamp at or after TIME (ISO-8601, e.g. 2026-02-25T04:30:00Z)")
  Instant fromTime;

  @Option(names = "--to-time", paramLabel = "TIME", converter = dev.strike.app.TimeConverter.class,
      description = "Only records with a timestamp before TIME (exclusive)")
  Instant toTime;

  @Option(names = "--speed", paramLabel = "FACTOR|max", defaultValue = "1",
      description = "Event seconds per wall second: 1 (default) real speed, 60 = 60x faster, max = no pacing")
  String speed;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StrikeConfig loaded;
    try {
      loaded = load(System.getenv());
    } catch (ConfigException e) {
      err.println("strike: " + e.getMessage());
      return 2;
    }
    KafkaSettings settings = loaded.kafka();
    ReplaySpeed pace;
    TimeRange range;
    Topics source;
    Topics target;
    try {
      pace = ReplaySpeed.parse(speed);
      range = new TimeRange(fromTime, toTime);
      source = new Topics(from, settings.partitions());
      target = new Topics(to, settings.partitions());
      if (from.equals(to)) {
        throw new IllegalArgumentException("--from and --to name the same namespace");
      }
    } catch (IllegalArgumentException e) {
      err.println("strike replay: " + e.getMessage());
      return 2;
    }
    String bootstrap = settings.usesEmbeddedBroker() ? "127.0.0.1:" + settings.embedded().port()
        : settings.bootstrapServers();
    try {
      NamespaceReplay.of(bootstrap, settings.clientProperties(), settings.replicationFactor())
          .run(source, target, range, pace, ReplayBarrier.NONE, out);
      return 0;
    } catch (IllegalStateException | org.apache.kafka.common.KafkaException e) {
      err.println("strike replay: " + e.getMessage()
          + (settings.usesEmbeddedBroker() ? " (is `strike run` running? or pass --kafka host:port)" : ""));
      return 1;
    }
  }

  /** The configuration from defaults, file, profile, environment and {@code --kafka}. */
  private StrikeConfig load(Map<String, String> environment) {
    Map<String, String> overrides = new LinkedHashMap<>();
    if (kafka != null) {
      overrides.put("kafka.bootstrapServers", kafka);
    }
    Path file = config;
    if (file == null) {
      String fromEnv = environment.get("STRIKE_CONFIG");
      file = fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv)
          : Files.exists(Path.of("strike.yaml")) ? Path.of("strike.yaml") : null;
    }
    return ConfigLoader.load(StrikeConfig.class, StrikeConfig.defaults(), ConfigSources.none()
        .withFile(file)
        .withProfile(profile != null ? profile : environment.get("STRIKE_PROFILE"))
        .withEnvironment(environment)
        .withOverrides(overrides));
  }
}
