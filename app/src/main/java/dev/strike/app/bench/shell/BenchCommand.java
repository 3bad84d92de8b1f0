package dev.strike.app.bench.shell;

import dev.strike.app.bench.core.BenchProfile;
import dev.strike.app.config.StrikeConfig;
import dev.strike.common.config.ConfigLoader;
import dev.strike.common.config.ConfigSources;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code strike bench}: how fast Strike is on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure Strike on this machine, on an embedded broker of its own (nothing else is touched).",
    subcommands = {LatencyBench.class, ThroughputBench.class, BenchNode.class})
public final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The configuration of a benchmark process: the defaults with {@link BenchProfile#overrides} (the user's file and
   * environment are not read, so that every machine measures the same setup), on the external broker
   * {@code bootstrap}, topics under {@code prefix}, running {@code services}.
   */
  static StrikeConfig config(String bootstrap, String prefix, List<String> services, Map<String, String> extra) {
    Map<String, String> overrides = new LinkedHashMap<>(BenchProfile.overrides(services));
    overrides.put("kafka.bootstrapServers", bootstrap);
    overrides.put("kafka.topicPrefix", prefix);
    overrides.putAll(extra);
    return ConfigLoader.load(StrikeConfig.class, StrikeConfig.defaults(), ConfigSources.none().withOverrides(overrides));
  }
}
