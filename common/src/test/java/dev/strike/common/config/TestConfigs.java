package dev.strike.common.config;

import dev.strike.common.id.Asset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Root records standing in for the application's, and small helpers shared by the config tests. */
final class TestConfigs {
  private TestConfigs() {}

  /** How orders are executed (the app's real root will define its own). */
  enum Mode { PAPER, DEMO, LIVE }

  /** The services a process runs. */
  record ServicesSection(List<String> enabled) implements Validatable {
    static final List<String> ALL = List.of("ingest-market", "ingest-spot", "signals", "risk", "execution", "alerts",
        "api");

    static ServicesSection defaults() {
      return new ServicesSection(ALL);
    }

    @Override
    public void validate(ConfigProblems problems) {
      ConfigProblems list = problems.at("enabled");
      for (int i = 0; i < enabled.size(); i++) {
        if (!ALL.contains(enabled.get(i))) {
          list.at(i).fail("unknown service '" + enabled.get(i) + "'; services: " + String.join(", ", ALL));
        }
      }
    }
  }

  /** The root that strike.example.yaml is written for. */
  record ExampleRoot(Mode mode, KafkaSettings kafka, HttpSettings http, ServicesSection services) {
    static ExampleRoot defaults() {
      return new ExampleRoot(Mode.PAPER, KafkaSettings.defaults(), HttpSettings.defaults(),
          ServicesSection.defaults());
    }
  }

  /** A strategy entry: no defaults, so every key must be given. */
  record Strategy(String name, BigDecimal minEdge, Duration ttl) implements Validatable {
    @Override
    public void validate(ConfigProblems problems) {
      problems.check(minEdge.signum() >= 0, "minEdge", "must not be negative, got " + minEdge);
    }
  }

  /** An alert channel entry, with type defaults for what an entry leaves out. */
  record Channel(String url, Duration timeout, boolean enabled) {
    static Channel defaults() {
      return new Channel("", Duration.ofSeconds(5), true);
    }
  }

  /** Scalars of every kind. */
  record Limits(long maxPositionMicros, double kellyFraction, Integer maxOpenOrders, Boolean halted,
      Path journal) {
    static Limits defaults() {
      return new Limits(1_000_000L, 0.25, 10, false, Path.of("journal"));
    }
  }

  /** A root using every supported kind of value. */
  record RichRoot(Mode mode, Duration pollEvery, Limits limits, List<Integer> ports, List<Asset> assets,
      List<Strategy> strategies, Map<String, Channel> channels, Map<String, String> labels, HttpSettings http) {
    static RichRoot defaults() {
      return new RichRoot(Mode.PAPER, Duration.ofSeconds(1), Limits.defaults(), List.of(8080), List.of(Asset.of("BTC")),
          List.of(), Map.of("ops", new Channel("https://ops.example", Duration.ofSeconds(2), true)),
          Map.of("team-name", "quant"), HttpSettings.defaults());
    }
  }

  /** Loads an {@link ExampleRoot} over its defaults. */
  static ExampleRoot loadExample(ConfigSources sources) {
    return ConfigLoader.load(ExampleRoot.class, ExampleRoot.defaults(), sources);
  }

  /** Loads a {@link RichRoot} over its defaults. */
  static RichRoot loadRich(ConfigSources sources) {
    return ConfigLoader.load(RichRoot.class, RichRoot.defaults(), sources);
  }

  /** The problems of a load that must fail, as {@code key: message} lines in key order. */
  static List<String> problemsOf(Runnable load) {
    try {
      load.run();
    } catch (ConfigException e) {
      return e.problems().stream().map(ConfigProblem::toString).toList();
    }
    throw new AssertionError("expected the configuration to be rejected");
  }

  /** Writes {@code yaml} to {@code strike.yaml} in {@code dir}. */
  static Path yamlFile(Path dir, String yaml) {
    try {
      return Files.writeString(dir.resolve("strike.yaml"), yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sources with only a file. */
  static ConfigSources file(Path file) {
    return ConfigSources.none().withFile(file);
  }

  /** Sources with only an environment (standard reserved names). */
  static ConfigSources environment(Map<String, String> variables) {
    return ConfigSources.none().withEnvironment(variables);
  }
}
