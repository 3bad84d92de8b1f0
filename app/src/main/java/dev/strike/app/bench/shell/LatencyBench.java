package dev.strike.app.bench.shell;

import dev.strike.app.StrikeRuntime;
import dev.strike.app.bench.core.LatencyFigures;
import dev.strike.app.bench.core.WarmupRule;
import dev.strike.app.config.StrikeConfig;
import dev.strike.common.kafka.SenderOptions;
import dev.strike.common.kafka.TopicProvisioner;
import dev.strike.common.kafka.embedded.EmbeddedKafkaBroker;
import dev.strike.common.time.Clock;
import dev.strike.common.time.SystemClock;
import dev.strike.common.topic.Topics;
import dev.strike.execution.shell.ExecutionService;
import dev.strike.risk.shell.RiskService;
import dev.strike.signals.shell.SignalsService;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code strike bench latency}: tick-to-order latency on an embedded broker. Spot ticks and book deltas are injected
 * at {@code --rate} into {@code md.spot} / {@code md.book}; signals (the {@code bench} strategy signals on every
 * tick), risk and execution (paper venue) run as separate consumers, in this JVM or with {@code --processes} in one
 * JVM each; each event's latency is its injection stamp ({@code tsInit}) to the moment the execution service hands
 * the resulting order to the venue. In the same run, at the same moments, the same kind of message goes through a
 * bare kafka-clients relay over the same three hops: the floor. Figures after a warm-up; the last line is
 * {@code ratio: <pipeline p99 / floor p99>}.
 */
@Command(name = "latency", mixinStandardHelpOptions = true,
    description = {"Tick-to-order latency (md.* -> signals -> risk -> execution -> paper venue) next to a bare Kafka "
        + "relay over the same 3 hops, on an embedded broker; prints p50/p99/p99.9 of both and, last, "
        + "`ratio: <pipeline p99 / floor p99>`."})
public final class LatencyBench implements Callable<Integer> {
  /** md.* → signals, signals → risk, risk.decisions → execution. */
  static final int HOPS = 3;
  private static final List<String> SERVICES = List.of(SignalsService.NAME, RiskService.NAME, ExecutionService.NAME);
  private static final Duration DRAIN = Duration.ofSeconds(30);

  @Spec
  CommandSpec spec;

  @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "30",
      description = "Measured seconds (default: ${DEFAULT-VALUE})")
  int durationSeconds;

  @Option(names = "--rate", paramLabel = "EVENTS_PER_S", defaultValue = "1000",
      description = "Injected market-data events per second, half spot ticks, half book deltas (default: "
          + "${DEFAULT-VALUE})")
  int rate;

  @Option(names = "--warmup", paramLabel = "SECONDS|auto", defaultValue = "auto",
      description = "Warm-up at the same rate before measuring: seconds, or auto (at least 30 s, then until the JIT "
          + "compilers of the run's JVMs spent under 5 % of 10 s compiling, at most 300 s) (default: "
          + "${DEFAULT-VALUE})")
  String warmup;

  @Option(names = "--processes",
      description = "Run signals, risk and execution as three JVMs (strike bench node) instead of in this one")
  boolean processes;

  @Option(names = "--set", paramLabel = "KEY=VALUE",
      description = "A configuration override on top of the benchmark's (repeatable), e.g. "
          + "--set risk.snapshotInterval=10m; the figures are then not the standard ones")
  Map<String, String> settings = new java.util.LinkedHashMap<>();

  @Option(names = "--broker-set", paramLabel = "KEY=VALUE",
      description = "A property of the benchmark's embedded broker (repeatable), e.g. --broker-set "
          + "num.io.threads=2; the figures are then not the standard ones")
  Map<String, String> brokerSettings = new java.util.LinkedHashMap<>();

  @Option(names = "--verbose",
      description = "Print the services' start banner (with their /metrics address) on standard error")
  boolean verbose;

  /** How the pipeline's order arrivals are read: in this JVM, or from the execution process. */
  private interface Orders {
    long seen() throws InterruptedException;

    long measured() throws InterruptedException;

    void measureFrom(long epochNs) throws InterruptedException;

    Histogram histogram() throws InterruptedException;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int warmupSeconds = warmupSeconds(warmup);
    if (durationSeconds < 1 || rate < 1 || warmupSeconds < AUTO) {
      err.println("strike bench latency: --duration and --rate must be at least 1, --warmup auto or at least 0"
          + " seconds, got --duration " + durationSeconds + " --rate " + rate + " --warmup " + warmup);
      return 2;
    }
    Clock clock = SystemClock.INSTANCE;
    String prefix = "bench";
    List<AutoCloseable> open = new ArrayList<>();
    Path logDir = Files.createTempDirectory("strike-bench-");
    LatencyFigures pipeline;
    LatencyFigures floorFigures;
    long injectedMeasured;
    String brokerNote;
    long cpuNs = -1;
    long wallNs = 1;
    List<Long> childPids = new ArrayList<>();
    List<ServiceProcess> children = new ArrayList<>();
    String warmupLine;
    try {
      EmbeddedKafkaBroker.Builder brokerBuilder = EmbeddedKafkaBroker.builder();
      brokerSettings.forEach(brokerBuilder::property);
      EmbeddedKafkaBroker broker = brokerBuilder.build().start();
      open.add(broker);
      String bootstrap = broker.bootstrapServers();
      brokerNote = "embedded broker " + bootstrap + " (started in " + broker.startMillis() + " ms)";
      StrikeConfig config = BenchCommand.config(bootstrap, prefix, SERVICES, settings);
      Topics topics = config.kafka().topics();
      Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
      open.add(() -> admin.close(Duration.ofSeconds(5)));
      new TopicProvisioner(admin, 1, Duration.ofSeconds(30)).ensure(topics.all());

      LatencyRecorder floorArrivals = new LatencyRecorder();
      FloorRelay floor = new FloorRelay(bootstrap, admin, prefix, HOPS, clock, floorArrivals);
      open.add(floor);
      TickInjector injector = new TickInjector(SenderOptions.lowLatency(bootstrap, "bench-injector"), topics, clock,
          floor);
      open.add(injector);
      injector.publishMarket();

      Orders orders;
      if (processes) {
        for (String service : SERVICES) {
          ServiceProcess child = ServiceProcess.start(service, bootstrap, prefix, settings, logDir,
              Duration.ofMinutes(2));
          children.add(child);
          open.add(child);
          childPids.add(child.pid());
        }
        orders = remote(children.get(children.size() - 1));
      } else {
        LatencyRecorder local = new LatencyRecorder();
        PrintStream quiet = verbose ? System.err : new PrintStream(OutputStream.nullOutputStream());
        StrikeRuntime runtime = StrikeRuntime.start(config, quiet, BenchServices.factory(local, clock));
        open.add(runtime);
        orders = local(local);
      }

      // the pipeline is live once an injected tick has become an order (consumer groups joined, state restored)
      long primeDeadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      while (orders.seen() == 0 || floorArrivals.seen() == 0) {
        if (System.nanoTime() > primeDeadline) {
          err.println("strike bench latency: within 2 minutes of the first tick, " + orders.seen()
              + " orders reached the venue and " + floorArrivals.seen() + " messages the floor's last hop, of "
              + injector.injected() + " injected" + (processes ? "; logs in " + logDir : ""));
          return 1;
        }
        injector.injectOne();
        if (injector.injected() % 20 == 0 && orders.seen() == 0) {
          injector.publishBook();
        }
        Thread.sleep(50);
      }
      warmupLine = warmUp(injector, warmupSeconds, children);
      long from = clock.nowNs();
      orders.measureFrom(from);
      floorArrivals.measureFrom(from);
      long before = injector.injected();
      long cpuBefore = cpuNs(childPids);
      long wallBefore = System.nanoTime();
      pace(injector, rate, (long) rate * durationSeconds);
      injectedMeasured = injector.injected() - before;
      cpuNs = cpuNs(childPids) - cpuBefore;
      wallNs = System.nanoTime() - wallBefore;
      injector.flush();
      long drainDeadline = System.nanoTime() + DRAIN.toNanos();
      while ((orders.measured() < injectedMeasured || floorArrivals.measured() < injectedMeasured)
          && System.nanoTime() < drainDeadline) {
        Thread.sleep(100);
      }
      pipeline = LatencyRecorder.figures(orders.histogram());
      floorFigures = LatencyRecorder.figures(floorArrivals.histogram());
    } finally {
      for (int i = open.size() - 1; i >= 0; i--) {
        try {
          open.get(i).close();
        } catch (Exception e) {
          err.println("strike bench latency: close: " + e);
        }
      }
    }

    out.printf("strike bench latency: %d events/s (spot ticks and book deltas) for %d s after the warm-up; "
        + "signals, risk, execution %s%n", rate, durationSeconds, processes ? "in three JVMs" : "in one JVM");
    out.println(warmupLine);
    out.println(brokerNote + "; " + Runtime.getRuntime().availableProcessors() + " CPUs, Java "
        + System.getProperty("java.version"));
    out.println(pipeline.line("pipeline tick-to-order"));
    out.println(floorFigures.line("kafka floor (" + HOPS + " hops)"));
    out.printf("orders received for %d of %d measured ticks; floor relayed %d%n", pipeline.count(),
        injectedMeasured, floorFigures.count());
    if (cpuNs >= 0) {
      out.printf(java.util.Locale.ROOT, "CPU while measuring: %.2f cores of %d, %.0f µs per tick (broker, floor, "
          + "injector and services together)%n", (double) cpuNs / wallNs, Runtime.getRuntime().availableProcessors(),
          cpuNs / 1000.0 / Math.max(1, injectedMeasured));
    }
    out.println(LatencyFigures.ratioLine(pipeline, floorFigures));
    out.flush();
    if (pipeline.count() < injectedMeasured) {
      err.println("strike bench latency: " + (injectedMeasured - pipeline.count()) + " ticks did not reach the venue"
          + " within " + DRAIN.toSeconds() + " s" + (processes ? "; logs in " + logDir : ""));
      return 1;
    }
    return 0;
  }

  private static final int AUTO = -1;

  /** {@code auto} as {@link #AUTO}, else the seconds; below {@link #AUTO} when neither. */
  private static int warmupSeconds(String warmup) {
    if (warmup.trim().equalsIgnoreCase("auto")) {
      return AUTO;
    }
    try {
      int seconds = Integer.parseInt(warmup.trim());
      return seconds < 0 ? AUTO - 1 : seconds;
    } catch (NumberFormatException e) {
      return AUTO - 1;
    }
  }

  /**
   * Injects at {@code --rate} for {@code seconds}, or with {@link #AUTO} until {@link WarmupRule} says the JIT has
   * settled; returns the line that says how long it took.
   */
  private String warmUp(TickInjector injector, int seconds, List<ServiceProcess> children)
      throws InterruptedException {
    if (seconds != AUTO) {
      pace(injector, rate, (long) rate * seconds);
      return "warm-up: " + seconds + " s (fixed)";
    }
    long start = System.nanoTime();
    long jitBefore = jitMs(children);
    for (;;) {
      pace(injector, rate, rate * WarmupRule.WINDOW.toSeconds());
      long jitNow = jitMs(children);
      long inWindow = Math.max(0, jitNow - jitBefore);
      jitBefore = jitNow;
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
      if (WarmupRule.done(elapsed, inWindow)) {
        return WarmupRule.describe(elapsed, inWindow);
      }
    }
  }

  /** The JIT compilation time of this JVM and the children so far, ms (0 for a JVM that does not tell). */
  private static long jitMs(List<ServiceProcess> children) throws InterruptedException {
    long total = BenchNode.jitMs();
    for (ServiceProcess child : children) {
      total += Long.parseLong(child.ask("jit", Duration.ofSeconds(30)));
    }
    return total;
  }

  /** CPU time used so far by this JVM and the processes {@code pids}, ns; -1 if the platform does not tell. */
  private static long cpuNs(List<Long> pids) {
    if (!(java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os)) {
      return -1;
    }
    long total = os.getProcessCpuTime();
    for (long pid : pids) {
      var cpu = ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration());
      if (cpu.isEmpty() || total < 0) {
        return -1;
      }
      total += cpu.get().toNanos();
    }
    return total;
  }

  /**
   * Injects {@code count} events at {@code rate} per second, each at its slot (a late one at once). One park per slot:
   * on the project machine a park costs ~18 µs of CPU, and parking in 200 µs steps took 5 parks per tick at 1,000/s
   * (about a tenth of a core, taken from the pipeline and the floor alike). A park that wakes early parks again.
   */
  static void pace(TickInjector injector, int rate, long count) {
    long interval = 1_000_000_000L / rate;
    long next = System.nanoTime();
    for (long i = 0; i < count; i++) {
      next += interval;
      long wait;
      while ((wait = next - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      injector.injectOne();
    }
  }

  private static Orders local(LatencyRecorder recorder) {
    return new Orders() {
      @Override
      public long seen() {
        return recorder.seen();
      }

      @Override
      public long measured() {
        return recorder.measured();
      }

      @Override
      public void measureFrom(long epochNs) {
        recorder.measureFrom(epochNs);
      }

      @Override
      public Histogram histogram() {
        return recorder.histogram();
      }
    };
  }

  private static Orders remote(ServiceProcess execution) {
    Duration timeout = Duration.ofSeconds(30);
    return new Orders() {
      @Override
      public long seen() throws InterruptedException {
        return Long.parseLong(execution.ask("count", timeout).split(" ")[0]);
      }

      @Override
      public long measured() throws InterruptedException {
        return Long.parseLong(execution.ask("count", timeout).split(" ")[1]);
      }

      @Override
      public void measureFrom(long epochNs) throws InterruptedException {
        execution.ask("from " + epochNs, timeout);
      }

      @Override
      public Histogram histogram() throws InterruptedException {
        return LatencyRecorder.decode(execution.ask("dump", timeout));
      }
    };
  }
}
