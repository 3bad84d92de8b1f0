package dev.strike.app.replay.shell;

import dev.strike.app.dataio.core.TimeRange;
import dev.strike.app.dataio.shell.HistoryTopics;
import dev.strike.app.dataset.core.DatasetProblem;
import dev.strike.app.dataset.core.HistoryEvent;
import dev.strike.app.dataset.core.HistoryImport;
import dev.strike.app.dataset.core.HistorySink;
import dev.strike.app.dataset.core.ImportReport;
import dev.strike.app.dataset.core.QuoteMapping;
import dev.strike.app.dataset.shell.Dataset;
import dev.strike.app.dataset.shell.KafkaHistorySink;
import dev.strike.app.replay.core.ReplayReport;
import dev.strike.app.replay.core.ReplaySpeed;
import dev.strike.common.event.OrderApproved;
import dev.strike.common.event.OrderDenied;
import dev.strike.common.event.RiskDecision;
import dev.strike.common.kafka.KafkaFlow;
import dev.strike.common.kafka.KafkaSender;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicScan;
import dev.strike.common.money.Qty;
import dev.strike.common.topic.Topic;
import dev.strike.common.topic.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jspecify.annotations.Nullable;

/**
 * {@code strike run --replay DIR}, once the broker and the services run: import the recorded dataset into a source
 * namespace named after its content ({@code replay-src-<dataset>-<sha256 prefix>}; skipped when that namespace already
 * holds exactly what the import would write), wait until the services' consumer groups have joined, replay the source
 * into the run's namespace with a {@link ConsumerGroupBarrier} after every batch of market definitions (so no service
 * meets a book before its market), wait until the services have processed everything, and print a summary read back
 * from the run's topics.
 *
 * @param bootstrapServers the broker the services use
 * @param clientProperties extra client properties of the configuration
 * @param replicationFactor replicas for topics created
 * @param partitions partition overrides of the configuration ({@code kafka.partitions})
 * @param timeout longest wait for one step (services joining, catching up)
 */
public record RunReplay(String bootstrapServers, Map<String, String> clientProperties, int replicationFactor,
    Map<String, Integer> partitions, Duration timeout) {
  /** The prefix of source namespaces. */
  public static final String SOURCE_PREFIX = "replay-src-";

  /** Copies the maps. */
  public RunReplay {
    clientProperties = Map.copyOf(clientProperties);
    partitions = Map.copyOf(partitions);
  }

  /**
   * What the run produced from the replay, read back from its topics.
   *
   * @param replay the replay
   * @param signals records on {@code signals}
   * @param approved {@code OrderApproved} on {@code risk.decisions}
   * @param denied {@code OrderDenied} on {@code risk.decisions}
   * @param fills records on {@code trades}
   * @param settlements records on {@code settlements}
   * @param services the services' own figures, or null when no metrics endpoint was given
   */
  public record Summary(ReplayReport replay, long signals, long approved, long denied, long fills, long settlements,
      @Nullable ServiceMetrics services) {}

  /**
   * The dataset in {@code dir}, from the files present: {@code sample_features.csv[.gz]} is kapelame,
   * {@code raw_snapshots.jsonl[.gz]} (in the directory or in series directories under it) is johnnygod.
   *
   * @throws IllegalArgumentException if neither is there
   */
  public static Dataset detect(Path dir) throws IOException {
    if (Files.isRegularFile(dir)) {
      String name = dir.getFileName().toString();
      if (name.startsWith("sample_features.csv")) {
        return Dataset.KAPELAME;
      }
      if (name.startsWith("raw_snapshots.jsonl")) {
        return Dataset.JOHNNYGOD;
      }
    } else if (Files.isDirectory(dir)) {
      if (Files.isRegularFile(dir.resolve("sample_features.csv.gz"))
          || Files.isRegularFile(dir.resolve("sample_features.csv"))) {
        return Dataset.KAPELAME;
      }
      try (Stream<Path> files = Files.walk(dir, 2)) {
        if (files.anyMatch(p -> p.getFileName().toString().startsWith("raw_snapshots.jsonl"))) {
          return Dataset.JOHNNYGOD;
        }
      }
    }
    throw new IllegalArgumentException(dir + " holds neither a kapelame sample_features.csv[.gz] nor Johnny-God "
        + "raw_snapshots.jsonl[.gz]; name the dataset with --dataset kapelame|johnnygod");
  }

  /** The consumer group of {@code service} in {@code topics}' namespace, as {@code ServiceContext.groupId} names it. */
  public static String groupId(Topics topics, String service) {
    return topics.prefix().isEmpty() ? "strike." + service : "strike." + topics.prefix() + "." + service;
  }

  /**
   * Imports {@code dir} (as {@code dataset}, or detected when null), replays it into {@code run} at {@code speed},
   * waits for the consumer groups {@code groups} to process it, and prints progress and the summary to {@code out}.
   *
   * @throws IllegalArgumentException if the directory does not hold the dataset
   * @throws IllegalStateException if Kafka fails or the services do not keep up within the timeout
   */
  public Summary run(Path dir, @Nullable Dataset dataset, Topics run, List<String> groups, ReplaySpeed speed,
      java.net.@Nullable URI metricsUrl, PrintWriter out) throws InterruptedException, IOException {
    return run(dir, dataset, run, groups, speed, metricsUrl, out, KafkaFlow.NONE);
  }

  /**
   * As {@link #run(Path, Dataset, Topics, List, ReplaySpeed, java.net.URI, PrintWriter)}; a
   * {@link ReplaySpeed#LOCKSTEP} replay waits after every record until {@code flow} (which the services of this
   * process report to) has settled.
   *
   * @throws IllegalArgumentException if the replay is lockstep and {@code flow} tracks nothing
   */
  public Summary run(Path dir, @Nullable Dataset dataset, Topics run, List<String> groups, ReplaySpeed speed,
      java.net.@Nullable URI metricsUrl, PrintWriter out, KafkaFlow flow) throws InterruptedException, IOException {
    if (speed.lockstep() && !flow.enabled()) {
      throw new IllegalArgumentException("a lockstep replay needs the services in this process (a tracking flow)");
    }
    Dataset kind = dataset != null ? dataset : detect(dir);
    HistoryImport history = new HistoryImport(kind.sources(dir), new QuoteMapping(Qty.parse("1")));
    Topics source = new Topics(SOURCE_PREFIX + kind.label() + "-" + fingerprint(dir), partitions);
    try (Admin admin = Admin.create(adminProperties())) {
      importOnce(admin, kind, dir, history, source, out);
      ConsumerGroupBarrier barrier = new ConsumerGroupBarrier(admin, groups, timeout, Duration.ofMillis(50));
      barrier.awaitJoined();
      ReplayBarrier between = speed.lockstep() ? topics -> flow.awaitSettled(timeout) : barrier;
      ReplayReport report = NamespaceReplay.of(bootstrapServers, clientProperties, replicationFactor)
          .run(source, run, TimeRange.ALL, speed, between, out, flow);
      long waitStart = System.nanoTime();
      barrier.awaitIdle();
      out.printf("services caught up %.1f s after the replay ended%n", (System.nanoTime() - waitStart) / 1e9);
      Summary summary = summarize(report, run, metricsUrl == null ? null : ServiceMetrics.read(metricsUrl));
      out.printf("run namespace '%s': %d signals, %d orders approved, %d denied, %d fills, %d settlements%n",
          run.prefix(), summary.signals(), summary.approved(), summary.denied(), summary.fills(),
          summary.settlements());
      if (summary.services() != null) {
        out.println("services consumed " + summary.services().eventsByService() + " events; "
            + summary.services().unknownMarketEvents() + " book events or trades met before their market");
      }
      out.flush();
      return summary;
    }
  }

  private void importOnce(Admin admin, Dataset kind, Path dir, HistoryImport history, Topics source,
      PrintWriter out) throws InterruptedException {
    List<Topic<?>> data = List.of(source.mdMarkets(), source.mdBook(), source.mdSpot());
    HistoryTopics target = new HistoryTopics(admin, timeout);
    Set<String> names;
    try {
      names = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("cannot reach Kafka at " + bootstrapServers + ": " + e.getMessage(), e);
    }
    List<String> existing = data.stream().map(Topic::name).filter(names::contains).toList();
    if (!existing.isEmpty()) {
      long held = target.nonEmpty(existing).values().stream().mapToLong(Long::longValue).sum();
      if (held > 0) {
        ImportReport expected = history.run(new CountingSink());
        long wanted = expected.marketInfos() + expected.books() + expected.spots();
        if (held == wanted) {
          out.println("dataset " + kind.label() + " from " + dir + " is already imported into namespace '"
              + source.prefix() + "' (" + held + " records)");
          out.flush();
          return;
        }
        throw new IllegalStateException("namespace '" + source.prefix() + "' holds " + held + " records, not the "
            + wanted + " of " + dir + " (an interrupted import?); delete its topics (or the broker's data "
            + "directory) and run again");
      }
    }
    target.prepare(source, replicationFactor, List.of(source.mdMarkets(), source.mdBook(), source.mdSpot(),
        source.dlq()));
    try (KafkaSender sender = new KafkaSender(SenderOptions.bulk(bootstrapServers, "strike-replay-import")
        .withAll(clientProperties))) {
      KafkaHistorySink sink = new KafkaHistorySink(sender, source, kind.label());
      ImportReport report = history.run(sink);
      sink.finish();
      out.printf("imported %s from %s into namespace '%s': %d markets records, %d books, %d spot ticks, %d problem "
              + "lines%n", kind.label(), dir, source.prefix(), report.marketInfos(), report.books(), report.spots(),
          report.problemLines());
      out.flush();
    }
  }

  private Summary summarize(ReplayReport report, Topics run, @Nullable ServiceMetrics services) {
    long signals = count(run.signals());
    List<RiskDecision> decisions = TopicScan.values(bootstrapServers, clientProperties, run.riskDecisions(), timeout);
    long approved = decisions.stream().filter(OrderApproved.class::isInstance).count();
    long denied = decisions.stream().filter(OrderDenied.class::isInstance).count();
    return new Summary(report, signals, approved, denied, count(run.trades()), count(run.settlements()),
        services);
  }

  private long count(Topic<?> topic) {
    long[] n = new long[1];
    TopicScan.scan(bootstrapServers, clientProperties, topic, timeout, (key, value) -> {
      if (value != null) {
        n[0]++;
      }
    });
    return n[0];
  }

  private Map<String, Object> adminProperties() {
    Map<String, Object> props = new java.util.HashMap<>(clientProperties);
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
    return props;
  }

  /** The first 12 hex digits of a SHA-256 over the names and bytes of the files under {@code dir}, in name order. */
  static String fingerprint(Path dir) throws IOException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    byte[] buffer = new byte[64 * 1024];
    for (Path file : files) {
      sha.update(dir.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      sha.update((byte) 0);
      try (InputStream in = Files.newInputStream(file)) {
        int n;
        while ((n = in.read(buffer)) > 0) {
          sha.update(buffer, 0, n);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
  }

  /** Counts what an import would write; publishes nothing. */
  private static final class CountingSink implements HistorySink {
    @Override
    public void onEvent(HistoryEvent event) {
      Objects.requireNonNull(event);
    }

    @Override
    public void onProblem(DatasetProblem problem) {
      Objects.requireNonNull(problem);
    }
  }
}
