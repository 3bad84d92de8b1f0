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

  @Override
  public Integer call() throws InterruptedException {
    Map<String, String> overrides = new LinkedHashMap<>();
    if (services != null) {
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
      runtime = StrikeRuntime.start(config, System.out);
    } catch (IllegalStateException e) {
      spec.commandLine().getErr().println("strike: cannot start: " + e.getMessage());
      return 1;
    }
    Thread hook = new Thread(runtime::close, "strike-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    int code = runtime.awaitTermination();
    if (code != 0) {
      spec.commandLine().getErr().println("strike: a service failed; see the log above");
    }
    return code;
  }

  /** The service names, for --help. */
  static final class ServiceNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ServiceCatalog.NAMES.iterator();
    }
  }
}
