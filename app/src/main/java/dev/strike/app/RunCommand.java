package dev.strike.app;

import dev.strike.app.config.StrikeConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code strike run}: the engine. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {
      "Run Strike: by default an embedded Kafka broker (data under ./data/kafka) and every service in this process,"
          + " paper trading.",
      "With --services, only the named services run here (one process per service); point the other processes at"
          + " the same Kafka with --kafka.",
      "Stops gracefully on Ctrl-C or SIGTERM: stop consuming, finish in-flight records, flush, commit, close."})
final class RunCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions configOptions;

  @Option(names = "--services", split = ",", paramLabel = "NAME",
      description = "Services to run in this process (default: all): ${COMPLETION-CANDIDATES}",
      completionCandidates = ServiceNames.class)
  List<String> services;

  @Option(names = "--http-port", paramLabel = "PORT",
      description = "Port of /metrics and /health (http.port; 0 = any free port)")
  Integer httpPort;

  @Option(names = "--live",
      description = "Trade real money on Kalshi production (mode live). Also needs STRIKE_LIVE_CONFIRM="
          + LIVE_CONFIRMATION + " in the environment; the key and the balance are checked before the first order.")
  boolean live;

  /** The value of {@code STRIKE_LIVE_CONFIRM} that confirms live trading. */
  static final String LIVE_CONFIRMATION = "trade-real-money";

  /** Reads the environment (tests replace it). */
  java.util.function.Function<String, String> environment = System::getenv;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Data directory of the embedded broker (kafka.embedded.dataDir)")
  Path dataDir;

  @Option(names = "--replay", paramLabel = "DATASET_DIR",
      description = "Run offline on a recorded dataset (e.g. samples/kalshi-crypto15m-2026-02-25): every service but "
          + "ingest-market and ingest-spot; the dataset is imported once into a namespace named after its content, "
          + "then replayed in tsEvent order into this run's namespace (--prefix, default replay-<UTC time>)")
  Path replay;

  @Option(names = "--dataset", paramLabel = "NAME",
      description = "The dataset format of --replay: kapelame or johnnygod (default: detected from the files)")
  dev.strike.app.dataset.shell.Dataset replayDataset;

  @Option(names = "--replay-speed", paramLabel = "FACTOR|max|lockstep", defaultValue = DEFAULT_REPLAY_SPEED,
      description = "Speed of --replay: event seconds per wall second, max, or lockstep (unpaced, each record once the "
          + "services processed everything the previous one set off: the backtest's order; default: ${DEFAULT-VALUE}:"
          + " the 82-minute sample in about 16 s)")
  String replaySpeed;

  @Option(names = "--exit-after-replay", description = "Stop once the replay is processed and summarized")
  boolean exitAfterReplay;

  /** The default of {@code --replay-speed}. */
  static final String DEFAULT_REPLAY_SPEED = "300";

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> overrides = new LinkedHashMap<>();
    dev.strike.app.replay.core.ReplaySpeed speed = null;
    if (replay != null) {
      try {
        speed = dev.strike.app.replay.core.ReplaySpeed.parse(replaySpeed);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("strike: --replay-speed: " + e.getMessage());
        return 2;
      }
      if (live) {
        spec.commandLine().getErr().println("strike: --replay runs offline, paper trading; it cannot be --live");
        return 2;
      }
      // no network: the recorded data stands in for the ingest services
      List<String> offline = new java.util.ArrayList<>(services != null ? services : ServiceCatalog.NAMES);
      offline.removeAll(List.of(dev.strike.ingest.market.shell.IngestMarketService.NAME,
          dev.strike.ingest.spot.shell.IngestSpotService.NAME));
      overrides.put("services.enabled", ConfigOptions.list(offline));
      // the recorded datasets carry one spot source: with the live core sources and quorum the spot index would stay
      // degraded and no strategy would trade (the same profile a backtest of the dataset uses)
      try {
        dev.strike.app.dataset.shell.Dataset format = replayDataset != null ? replayDataset
            : dev.strike.app.replay.shell.RunReplay.detect(replay);
        overrides.putAll(dev.strike.app.backtest.shell.DatasetProfile.overrides(format));
      } catch (java.io.IOException | IllegalArgumentException e) {
        spec.commandLine().getErr().println("strike: --replay " + replay + ": " + e.getMessage());
        return 2;
      }
    } else if (services != null) {
      overrides.put("services.enabled", ConfigOptions.list(services));
    }
    if (httpPort != null) {
      overrides.put("http.port", httpPort.toString());
    }
    if (dataDir != null) {
      overrides.put("kafka.embedded.dataDir", dataDir.toString());
    }
    java.io.PrintWriter err = spec.commandLine().getErr();
    if (live) {
      if (!LIVE_CONFIRMATION.equals(environment.apply("STRIKE_LIVE_CONFIRM"))) {
        err.println("strike: --live trades real money and also needs STRIKE_LIVE_CONFIRM=" + LIVE_CONFIRMATION
            + " in the environment; nothing was started");
        return 2;
      }
      overrides.put("mode", "live");
    }
    StrikeConfig config = configOptions.loadOrReport(overrides, err);
    if (config == null) {
      return 2;
    }
    if (replay != null && config.kafka().topicPrefix().isEmpty()) {
      // a fresh namespace per replay run: the services start from nothing and the summary counts this run only
      overrides.put("kafka.topicPrefix", "replay-" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
          .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.now()));
      config = configOptions.loadOrReport(overrides, err);
      if (config == null) {
        return 2;
      }
    }
    if (config.mode() == dev.strike.common.event.Venue.LIVE && !live) {
      err.println("strike: the configuration says mode live; live trading needs the --live flag on the command line"
          + " (and STRIKE_LIVE_CONFIRM=" + LIVE_CONFIRMATION + "); nothing was started");
      return 2;
    }
    if (config.mode() != dev.strike.common.event.Venue.PAPER) {
      System.out.println(LivePlan.describe(config));
    }
    StrikeRuntime runtime;
    try {
      runtime = StrikeRuntime.start(config, System.out, speed != null && speed.lockstep()
          ? dev.strike.common.kafka.KafkaFlow.tracking() : dev.strike.common.kafka.KafkaFlow.NONE);
    } catch (IllegalStateException e) {
      spec.commandLine().getErr().println("strike: cannot start: " + e.getMessage());
      return 1;
    }
    Thread hook = new Thread(runtime::close, "strike-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    if (replay != null) {
      int replayed = replay(config, runtime, speed);
      if (replayed != 0 || exitAfterReplay) {
        runtime.close();
        runtime.awaitTermination();
        Runtime.getRuntime().removeShutdownHook(hook);
        return replayed;
      }
      spec.commandLine().getOut().println("Replay done; the services keep running. Press Ctrl-C to stop.");
      spec.commandLine().getOut().flush();
    }
    int code = runtime.awaitTermination();
    if (code != 0) {
      spec.commandLine().getErr().println("strike: a service failed; see the log above");
    }
    return code;
  }

  /** Runs {@code --replay} on the started runtime: 0 when it was processed, 1 when it failed. */
  private int replay(StrikeConfig config, StrikeRuntime runtime, dev.strike.app.replay.core.ReplaySpeed speed)
      throws InterruptedException {
    java.io.PrintWriter out = spec.commandLine().getOut();
    dev.strike.common.topic.Topics topics = config.kafka().topics();
    List<String> groups = ServiceCatalog.inFlowOrder(config.services().enabled()).stream()
        .map(name -> dev.strike.app.replay.shell.RunReplay.groupId(topics, name)).toList();
    try {
      new dev.strike.app.replay.shell.RunReplay(runtime.bootstrapServers(), config.kafka().clientProperties(),
          config.kafka().replicationFactor(), config.kafka().partitions(), java.time.Duration.ofMinutes(2))
          .run(replay, replayDataset, topics, groups, speed,
              java.net.URI.create("http://" + config.http().host() + ":" + runtime.opsPort() + "/metrics"), out,
              runtime.flow());
      return 0;
    } catch (IllegalArgumentException | IllegalStateException | org.apache.kafka.common.KafkaException
        | java.io.IOException | java.io.UncheckedIOException e) {
      spec.commandLine().getErr().println("strike: --replay " + replay + ": " + e.getMessage());
      return 1;
    }
  }

  /** The service names, for --help. */
  static final class ServiceNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ServiceCatalog.NAMES.iterator();
    }
  }
}
