package dev.strike.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.strike.app.config.StrikeConfig;
import dev.strike.common.config.ConfigLoader;
import dev.strike.common.config.ConfigSources;
import dev.strike.common.event.Venue;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The deployment files at the repository root (Dockerfile, docker-compose.yml, docker/): checked offline with the
 * tools CI installs ({@code docker-compose} 1.29 and {@code promtool}; no Docker engine), and against the code they
 * deploy: the service names, the configuration, the jar and the metric names. A missing tool fails the test, naming
 * its Debian package: {@code .ci/run} installs both.
 */
class DeploymentFilesTest {
  private static final Path ROOT = repositoryRoot();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STRIKE_IMAGE = "strike:latest";
  /** Where the Grafana dashboard the compose file provisions lives. */
  private static final Path DASHBOARD = ROOT.resolve("docker/grafana/dashboards/strike.json");

  @Test
  void shouldPassDockerComposeValidationWhenTheComposeFileIsChecked() {
    ToolRun run = run("docker-compose", "docker-compose", "-f", "docker-compose.yml", "config", "-q");

    assertThat(run.exitCode()).as("docker-compose config -q said:%n%s%s", run.stderr(), run.stdout()).isZero();
  }

  @Test
  void shouldPassPromtoolWhenThePrometheusConfigIsChecked() {
    ToolRun run = run("prometheus", "promtool", "check", "config", "docker/prometheus/prometheus.yml");

    assertThat(run.exitCode()).as("promtool check config said:%n%s%s", run.stderr(), run.stdout()).isZero();
  }

  @Test
  void shouldRunEveryServiceOnceFromTheOneImageWhenComposeStartsStrike() {
    Map<String, JsonNode> strike = strikeContainers();

    // "api" is the operator API's service; its branch adds it to the catalog, until then it is allowed by name here
    Set<String> known = new TreeSet<>(ServiceCatalog.NAMES);
    known.add("api");
    Map<String, String> serviceByContainer = new TreeMap<>();
    strike.forEach((container, definition) -> serviceByContainer.put(container, servicesOf(container, definition)));

    assertThat(serviceByContainer).allSatisfy((container, service) -> {
      assertThat(known).as("container %s runs --services %s", container, service).contains(service);
      assertThat(container).as("the container is named after its service").isEqualTo(service);
    });
    assertThat(serviceByContainer.values()).as("every service has its container, once")
        .containsExactlyInAnyOrderElementsOf(known);
    assertThat(strike.values()).allSatisfy(definition -> {
      assertThat(Path.of(definition.path("build").path("context").asText())).isEqualTo(ROOT);
      assertThat(definition.path("depends_on").path("kafka").path("condition").asText()).isEqualTo("service_healthy");
    });
  }

  @Test
  void shouldLoadAPaperConfigOnTheComposeKafkaWhenEachContainerReadsItsConfiguration() {
    Map<String, JsonNode> strike = strikeContainers();
    int scrapedPort = -1;
    for (Map.Entry<String, JsonNode> container : strike.entrySet()) {
      String service = servicesOf(container.getKey(), container.getValue());
      if (!ServiceCatalog.NAMES.contains(service)) {
        continue; // api: its configuration section arrives with its branch; checked here once it is in the catalog
      }
      StrikeConfig config = loadAsContainer(container.getKey(), container.getValue(), service);

      assertThat(config.mode()).as(container.getKey()).isEqualTo(Venue.PAPER);
      assertThat(config.kafka().usesEmbeddedBroker()).as(container.getKey()).isFalse();
      assertThat(config.kafka().bootstrapServers()).as(container.getKey()).isEqualTo("kafka:9092");
      assertThat(config.http().host()).as("%s must be reachable by Prometheus", container.getKey()).isEqualTo("0.0.0.0");
      assertThat(config.services().enabled()).containsExactly(service);
      assertThat(container.getValue().path("healthcheck").path("test").toString())
          .contains("127.0.0.1:" + config.http().port() + "/health");
      scrapedPort = config.http().port();
    }
    assertThat(scrapedPort).as("at least one Strike container was checked").isPositive();

    JsonNode prometheus = readYaml(ROOT.resolve("docker/prometheus/prometheus.yml"));
    Map<String, Integer> scraped = new TreeMap<>();
    for (JsonNode job : prometheus.path("scrape_configs")) {
      for (JsonNode sd : job.path("dns_sd_configs")) {
        for (JsonNode name : sd.path("names")) {
          scraped.put(name.asText(), sd.path("port").asInt());
        }
      }
    }
    int port = scrapedPort;
    assertThat(scraped).as("Prometheus scrapes every Strike container on http.port")
        .containsAllEntriesOf(strike.keySet().stream().collect(
            java.util.stream.Collectors.toMap(name -> name, name -> port)));
  }

  @Test
  void shouldRunTheBrokerOfTheClientVersionWhenComposeStartsKafka() throws IOException {
    JsonNode kafka = resolvedCompose().path("services").path("kafka");
    Matcher version = Pattern.compile("<kafka\\.version>([^<]+)</kafka\\.version>")
        .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertThat(version.find()).isTrue();

    assertThat(kafka.path("image").asText()).isEqualTo("apache/kafka:" + version.group(1));
    assertThat(kafka.path("environment").path("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
    assertThat(kafka.path("environment").path("KAFKA_ADVERTISED_LISTENERS").asText()).contains("//kafka:9092");
    assertThat(kafka.path("healthcheck").path("test").isMissingNode()).isFalse();
    // the image formats its storage with this id: anything but a base64 UUID stops the broker at its first start
    String clusterId = kafka.path("environment").path("CLUSTER_ID").asText();
    assertThat(org.apache.kafka.common.Uuid.fromString(clusterId).toString()).isEqualTo(clusterId);
  }

  @Test
  void shouldCopyTheJarTheBuildProducesWhenTheDockerfileBuildsTheImage() throws IOException {
    Matcher finalName = Pattern.compile("<finalName>([^<]+)</finalName>")
        .matcher(Files.readString(ROOT.resolve("app/pom.xml")));
    assertThat(finalName.find()).as("app/pom.xml names its shaded jar").isTrue();
    String builtJar = "app/target/" + finalName.group(1) + ".jar";
    List<String[]> instructions = dockerfileInstructions(ROOT.resolve("Dockerfile"));

    String buildStage = null;
    String buildWorkdir = "/";
    String runtimeJar = null;
    String copiedFrom = null;
    String user = null;
    boolean builds = false;
    int stages = 0;
    for (String[] instruction : instructions) {
      switch (instruction[0]) {
        case "FROM" -> {
          stages++;
          Matcher as = Pattern.compile("(?i)\\S+\\s+AS\\s+(\\S+)").matcher(instruction[1]);
          if (stages == 1 && as.find()) {
            buildStage = as.group(1);
          }
        }
        case "WORKDIR" -> {
          if (stages == 1) {
            buildWorkdir = instruction[1].trim();
          }
        }
        case "RUN" -> builds |= stages == 1 && instruction[1].contains("./mvnw")
            && instruction[1].contains("package") && instruction[1].contains("-pl app -am");
        case "COPY" -> {
          String[] words = instruction[1].trim().split("\\s+");
          if (buildStage != null && words.length == 3 && words[0].equals("--from=" + buildStage)
              && words[2].endsWith(".jar")) {
            copiedFrom = words[1];
            runtimeJar = words[2];
          }
        }
        case "USER" -> user = instruction[1].trim();
        default -> { }
      }
    }
    String entrypoint = instructions.stream().filter(i -> i[0].equals("ENTRYPOINT")).reduce((a, b) -> b)
        .map(i -> i[1]).orElse("");
    List<String> entry = JSON.convertValue(JSON.readTree(entrypoint), JSON.getTypeFactory()
        .constructCollectionType(List.class, String.class));

    assertThat(stages).as("a build stage and a runtime stage").isEqualTo(2);
    assertThat(builds).as("the build stage runs the Maven wrapper's package of app").isTrue();
    assertThat(copiedFrom).isEqualTo(buildWorkdir.replaceAll("/$", "") + "/" + builtJar);
    assertThat(entry).containsSubsequence("-jar", runtimeJar);
    assertThat(entry.get(0)).isEqualTo("java");
    assertThat(user).as("the runtime user").isNotNull().isNotIn("root", "0", "0:0", "root:root");
  }

  @Test
  void shouldSendTheSourcesButNotTheBuildOutputWhenDockerBuildsTheContext() throws IOException {
    List<String> ignored = Files.readAllLines(ROOT.resolve(".dockerignore")).stream()
        .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
    List<String> needed = new ArrayList<>(List.of("mvnw", ".mvn", "pom.xml", "samples", "strike.example.yaml"));
    while (modules.find()) {
      needed.add(modules.group(1)); // Maven reads every module's pom even with -pl app -am
    }

    assertThat(ignored).contains("**/target/", ".git/", "data/");
    assertThat(needed).allSatisfy(path -> assertThat(ignored).noneMatch(rule ->
        rule.replaceAll("/$", "").equals(path) || rule.equals("*") || rule.equals("**")));
  }

  @Test
  void shouldDeriveTypedPrometheusNamesWhenScanningMeterRegistrations() {
    // the dashboard check is only as good as this derivation: counters, gauges, timers and units told apart
    String source = """
        reconnects = counter("strike.feed.reconnects", "description", feed);
        gauge("strike.risk.equity.dollars", "description", engine, e -> dollars(e.cash()));
        Timer.builder("strike.signals.latency").publishPercentileHistogram().register(meters);
        Gauge.builder("strike.kafka.consumer.lag", records, r -> { return r.get(); })
            .description("lag").baseUnit("records").register(meters);
        Counter.builder("strike.trades.fees").baseUnit("dollars").tag("strategy", s).register(meters);
        Counter.builder("strike.kafka.commit.failures").register(meters);
        Path config = Path.of("strike.yaml");
        long n = meters.find("strike.ingest.published").counters().size();
        """;

    assertThat(prometheusNames(source)).containsExactlyInAnyOrder("strike_feed_reconnects_total",
        "strike_risk_equity_dollars", "strike_signals_latency_seconds_bucket", "strike_signals_latency_seconds_count",
        "strike_signals_latency_seconds_sum", "strike_signals_latency_seconds_max", "strike_kafka_consumer_lag_records",
        "strike_trades_fees_dollars_total", "strike_kafka_commit_failures_total");
  }

  @Test
  void shouldFindTheMetersOfEveryModuleWhenScanningTheSources() {
    assertThat(registeredPrometheusNames()).contains("strike_feed_reconnects_total", "strike_risk_equity_dollars",
        "strike_signals_latency_seconds_bucket", "strike_dlq_records_total", "strike_feed_seq_gaps_total");
  }

  @Test
  void shouldQueryOnlyRegisteredMetricsWhenTheDashboardIsProvisioned() throws IOException {
    Set<String> registered = registeredPrometheusNames();
    JsonNode dashboard = JSON.readTree(DASHBOARD.toFile());
    Map<String, List<String>> exprsByPanel = new LinkedHashMap<>();
    collectTargets(dashboard.path("panels"), exprsByPanel);
    Pattern strikeMetric = Pattern.compile("\\bstrike_[a-zA-Z0-9_]+");

    Map<String, Set<String>> unknown = new TreeMap<>();
    Set<String> used = new TreeSet<>();
    exprsByPanel.forEach((panel, exprs) -> {
      assertThat(exprs).as("panel '%s' has queries", panel).isNotEmpty();
      for (String expr : exprs) {
        assertThat(expr).as("panel '%s' queries a Strike metric or up", panel)
            .containsPattern("\\bstrike_|\\bup\\{");
        Matcher m = strikeMetric.matcher(expr);
        while (m.find()) {
          used.add(m.group());
          if (!registered.contains(m.group())) {
            unknown.computeIfAbsent(panel, p -> new TreeSet<>()).add(m.group());
          }
        }
      }
    });

    assertThat(unknown).as("metrics no code registers, by panel").isEmpty();
    assertThat(used).as("the issue's panels: P&L, trades, latency, exposure, feed health, lag, DLQ").contains(
        "strike_risk_equity_dollars", "strike_risk_daily_pnl_dollars", "strike_risk_realized_pnl_dollars",
        "strike_risk_fees_dollars", "strike_risk_win_rate_ratio", "strike_trades_total",
        "strike_signals_latency_seconds_bucket", "strike_risk_decision_latency_seconds_bucket",
        "strike_execution_order_latency_seconds_bucket", "strike_risk_exposure_dollars", "strike_feed_age_seconds",
        "strike_feed_reconnects_total", "strike_feed_seq_gaps_total", "strike_kafka_consumer_lag_records",
        "strike_dlq_records_total");
  }

  @Test
  void shouldUseTheProvisionedDataSourceWhenTheDashboardQueries() throws IOException {
    JsonNode datasources = readYaml(ROOT.resolve("docker/grafana/provisioning/datasources/prometheus.yml"));
    JsonNode dashboard = JSON.readTree(DASHBOARD.toFile());
    Set<String> uids = new TreeSet<>();
    dashboard.findValues("datasource").forEach(ds -> uids.add(ds.path("uid").asText()));
    JsonNode provider = readYaml(ROOT.resolve("docker/grafana/provisioning/dashboards/strike.yml"))
        .path("providers").path(0);
    String mounted = resolvedCompose().path("services").path("grafana").path("volumes").toString();

    assertThat(uids).containsExactly(datasources.path("datasources").path(0).path("uid").asText());
    assertThat(datasources.path("datasources").path(0).path("url").asText()).isEqualTo("http://prometheus:9090");
    assertThat(mounted).contains(ROOT.resolve("docker/grafana/dashboards") + ":"
        + provider.path("options").path("path").asText());
  }

  // ---- helpers

  /** The Strike containers of the resolved compose file (those running the Strike image), by name. */
  private static Map<String, JsonNode> strikeContainers() {
    Map<String, JsonNode> strike = new TreeMap<>();
    for (Map.Entry<String, JsonNode> service : resolvedCompose().path("services").properties()) {
      if (STRIKE_IMAGE.equals(service.getValue().path("image").asText())) {
        strike.put(service.getKey(), service.getValue());
      }
    }
    assertThat(strike).as("containers of image " + STRIKE_IMAGE).isNotEmpty();
    return strike;
  }

  /** The one service a container runs: its command must be {@code run --services NAME ...}. */
  private static String servicesOf(String container, JsonNode definition) {
    List<String> command = new ArrayList<>();
    definition.path("command").forEach(word -> command.add(word.asText()));
    assertThat(command).as("command of %s", container).hasSizeGreaterThanOrEqualTo(3);
    assertThat(command.subList(0, 2)).as("command of %s", container).containsExactly("run", "--services");
    assertThat(command.get(2)).as("one service per container").doesNotContain(",");
    return command.get(2);
  }

  /** The configuration {@code strike run --services service} reads inside {@code container}. */
  private static StrikeConfig loadAsContainer(String container, JsonNode definition, String service) {
    Map<String, String> environment = new TreeMap<>();
    definition.path("environment").properties().forEach(e -> environment.put(e.getKey(), e.getValue().asText()));
    String inContainer = environment.get("STRIKE_CONFIG");
    assertThat(inContainer).as("%s names its configuration file", container).isNotBlank();
    Path file = null;
    for (JsonNode volume : definition.path("volumes")) {
      String[] parts = volume.asText().split(":");
      if (parts.length >= 2 && parts[1].equals(inContainer)) {
        file = Path.of(parts[0]);
      }
    }
    assertThat(file).as("%s mounts %s from the repository", container, inContainer).isNotNull();
    assertThat(file).exists().startsWith(ROOT);
    ConfigSources sources = ConfigSources.none().withFile(file).withEnvironment(environment)
        .withOverrides(Map.of("services.enabled", service));
    return ConfigLoader.load(StrikeConfig.class, StrikeConfig.defaults(), sources);
  }

  private static void collectTargets(JsonNode panels, Map<String, List<String>> exprsByPanel) {
    for (JsonNode panel : panels) {
      if ("row".equals(panel.path("type").asText())) {
        collectTargets(panel.path("panels"), exprsByPanel);
        continue;
      }
      List<String> exprs = new ArrayList<>();
      panel.path("targets").forEach(target -> exprs.add(target.path("expr").asText()));
      exprsByPanel.put(panel.path("title").asText(), exprs);
    }
  }

  private static final Pattern REGISTRATION =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)\\(\\s*\"(strike\\.[a-z0-9_.]+)\"");
  private static final Pattern BASE_UNIT = Pattern.compile("\\.baseUnit\\(\\s*\"([a-z_]+)\"\\s*\\)");

  /** Every Prometheus sample name the main sources of every module can expose ({@link #prometheusNames}). */
  private static Set<String> registeredPrometheusNames() {
    Set<String> names = new TreeSet<>();
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path main : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
        try (Stream<Path> files = Files.walk(main)) {
          files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
        }
      }
      for (Path file : sources) {
        names.addAll(prometheusNames(Files.readString(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /**
   * The Prometheus sample names of the meters {@code javaSource} registers with a literal name, as Micrometer's
   * Prometheus registry writes them: dots as underscores, then the base unit if the builder sets one
   * ({@code .baseUnit("records")}); counters end in {@code _total}; timers in {@code _seconds} with {@code _count},
   * {@code _sum}, {@code _max} and {@code _bucket}. The meter type comes from the call the name is passed to
   * ({@code Counter.builder}, {@code gauge(...)}); a literal passed to anything else is not a meter.
   */
  static Set<String> prometheusNames(String javaSource) {
    Set<String> names = new TreeSet<>();
    Matcher m = REGISTRATION.matcher(javaSource);
    while (m.find()) {
      String base = m.group(2).replace('.', '_');
      if (m.group(1).endsWith(".builder")) {
        // the builder chain ends at register(...): a unit set anywhere in it (after a lambda too) names the meter
        int register = javaSource.indexOf(".register(", m.end());
        Matcher unit = BASE_UNIT.matcher(javaSource.substring(m.end(), register < 0 ? javaSource.length() : register));
        if (unit.find() && !base.endsWith("_" + unit.group(1))) {
          base = base + "_" + unit.group(1);
        }
      }
      String name = base;
      switch (meterType(m.group(1))) {
        case "counter" -> names.add(name.endsWith("_total") ? name : name + "_total");
        case "gauge" -> names.add(name);
        case "timer" -> Stream.of("_count", "_sum", "_max", "_bucket").forEach(s -> names.add(name + "_seconds" + s));
        case "summary" -> Stream.of("_count", "_sum", "_max", "_bucket").forEach(s -> names.add(name + s));
        default -> { }
      }
    }
    return names;
  }

  private static String meterType(String call) {
    String[] parts = call.split("\\.");
    String last = parts[parts.length - 1];
    String kind = last.equals("builder") && parts.length > 1 ? parts[parts.length - 2] : last;
    kind = kind.toLowerCase(java.util.Locale.ROOT);
    if (kind.endsWith("counter")) {
      return "counter";
    }
    if (kind.endsWith("timer")) {
      return "timer";
    }
    if (kind.endsWith("gauge")) {
      return "gauge";
    }
    if (kind.endsWith("summary")) {
      return "summary";
    }
    return "none";
  }

  /** The Dockerfile as (instruction, arguments) pairs: continuation lines joined, comments dropped. */
  private static List<String[]> dockerfileInstructions(Path dockerfile) throws IOException {
    List<String[]> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : Files.readAllLines(dockerfile)) {
      String trimmed = line.trim();
      if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
        continue;
      }
      if (trimmed.endsWith("\\")) {
        current.append(trimmed, 0, trimmed.length() - 1).append(' ');
        continue;
      }
      current.append(trimmed);
      String[] parts = current.toString().trim().split("\\s+", 2);
      instructions.add(new String[] {parts[0].toUpperCase(java.util.Locale.ROOT), parts.length > 1 ? parts[1] : ""});
      current.setLength(0);
    }
    return instructions;
  }

  private static JsonNode resolvedCompose() {
    JsonNode cached = resolved;
    if (cached == null) {
      cached = resolveCompose();
      resolved = cached;
    }
    return cached;
  }

  /** docker-compose takes a second or two per call: the resolved file is read once per test class. */
  private static volatile JsonNode resolved;

  private static JsonNode resolveCompose() {
    ToolRun run = run("docker-compose", "docker-compose", "-f", "docker-compose.yml", "config");
    assertThat(run.exitCode()).as("docker-compose config said:%n%s", run.stderr()).isZero();
    try {
      return YAML.readTree(run.stdout());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readYaml(Path file) {
    try {
      return YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record ToolRun(int exitCode, String stdout, String stderr) { }

  /** Runs a tool in the repository root; a tool that is not installed fails the test, naming its Debian package. */
  private static ToolRun run(String debianPackage, String... command) {
    if (!onPath(command[0])) {
      fail(command[0] + " is not installed: install the Debian package '" + debianPackage + "' (`sudo apt-get install "
          + debianPackage + "`; .ci/run does it)");
    }
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
      // the file's ${BIND_ADDRESS:-...} defaults are what is checked, not this shell's settings
      builder.environment().remove("BIND_ADDRESS");
      builder.environment().remove("GRAFANA_ADMIN_PASSWORD");
      Process process = builder.start();
      process.getOutputStream().close();
      CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail(String.join(" ", command) + " did not finish in 120 s");
      }
      return new ToolRun(process.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String readAll(java.io.InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean onPath(String executable) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(File.pathSeparator))
        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, executable)));
  }

  /** The repository root: the first directory above the working directory (app/ in a test) with mvnw and app/. */
  private static Path repositoryRoot() {
    Path at = Path.of("").toAbsolutePath();
    while (at != null) {
      if (Files.isRegularFile(at.resolve("mvnw")) && Files.isDirectory(at.resolve("app"))) {
        return at;
      }
      at = at.getParent();
    }
    throw new IllegalStateException("no repository root (mvnw, app/) above " + Path.of("").toAbsolutePath());
  }
}
