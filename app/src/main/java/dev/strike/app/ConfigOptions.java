package dev.strike.app;

import dev.strike.app.config.StrikeConfig;
import dev.strike.common.config.ConfigException;
import dev.strike.common.config.ConfigLoader;
import dev.strike.common.config.ConfigSources;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every command that reads the configuration shares, and how they become a {@link StrikeConfig}. */
public final class ConfigOptions {
  /** The file read when neither {@code --config} nor {@code STRIKE_CONFIG} names one, if it exists. */
  static final Path DEFAULT_FILE = Path.of("strike.yaml");

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "YAML configuration (default: $STRIKE_CONFIG, else ./strike.yaml if present; "
          + "see strike.example.yaml)")
  Path config;

  @Option(names = "--profile", paramLabel = "NAME",
      description = "Profile of the configuration file to apply (default: $STRIKE_PROFILE)")
  String profile;

  @Option(names = "--kafka", paramLabel = "HOST:PORT[,HOST:PORT]",
      description = "An external Kafka cluster instead of the embedded broker (kafka.bootstrapServers)")
  String kafka;

  @Option(names = "--prefix", paramLabel = "NAME",
      description = "Topic namespace: every topic is NAME.<topic> (kafka.topicPrefix)")
  String prefix;

  /** The configuration from defaults, file, profile, environment and these flags (plus {@code extra}). */
  StrikeConfig load(Map<String, String> environment, Map<String, String> extra) {
    Map<String, String> overrides = new LinkedHashMap<>();
    if (kafka != null) {
      overrides.put("kafka.bootstrapServers", kafka);
    }
    if (prefix != null) {
      overrides.put("kafka.topicPrefix", prefix);
    }
    overrides.putAll(extra);
    ConfigSources sources = ConfigSources.none()
        .withFile(file(environment))
        .withProfile(profile != null ? profile : environment.get("STRIKE_PROFILE"))
        .withEnvironment(environment)
        .withOverrides(overrides);
    return ConfigLoader.load(StrikeConfig.class, StrikeConfig.defaults(), sources);
  }

  private Path file(Map<String, String> environment) {
    if (config != null) {
      return config;
    }
    String fromEnv = environment.get("STRIKE_CONFIG");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Path.of(fromEnv);
    }
    return Files.exists(DEFAULT_FILE) ? DEFAULT_FILE : null;
  }

  /**
   * The configuration, or null after printing every problem to {@code err} (the caller then exits with 2).
   */
  public StrikeConfig loadOrReport(Map<String, String> extra, PrintWriter err) {
    try {
      return load(System.getenv(), extra);
    } catch (ConfigException e) {
      err.println("strike: " + e.getMessage());
      err.flush();
      return null;
    }
  }

  /** A dotted-key list value as the loader reads lists from text. */
  static String list(List<String> values) {
    return String.join(",", values);
  }
}
