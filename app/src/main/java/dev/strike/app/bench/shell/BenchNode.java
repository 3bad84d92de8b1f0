package dev.strike.app.bench.shell;

import dev.strike.app.StrikeRuntime;
import dev.strike.app.config.StrikeConfig;
import dev.strike.common.time.SystemClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code strike bench node} (hidden): one service of a {@code bench latency --processes} run, in its own JVM, as
 * {@code strike run --services NAME} would run it on the benchmark's broker and configuration. It prints
 * {@code bench-node ready} once started, then answers commands read from standard input, one per line:
 * {@code from <epochNs>} (measure orders of ticks stamped from then on; answers {@code ok}), {@code count} (answers
 * {@code <seen> <measured>}), {@code jit} (answers the JIT's compilation time so far, ms), {@code dump} (answers
 * the measured histogram, encoded), {@code stop} or end of input
 * (stops the service and exits).
 */
@Command(name = "node", hidden = true, description = "One service of `strike bench latency --processes`")
final class BenchNode implements Callable<Integer> {
  @Option(names = "--service", required = true)
  String service;

  @Option(names = "--kafka", required = true)
  String kafka;

  @Option(names = "--prefix", required = true)
  String prefix;

  @Option(names = "--set")
  Map<String, String> settings = new java.util.LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    StrikeConfig config = BenchCommand.config(kafka, prefix, List.of(service), settings);
    LatencyRecorder orders = new LatencyRecorder();
    StrikeRuntime runtime = StrikeRuntime.start(config, System.out,
        BenchServices.factory(orders, SystemClock.INSTANCE));
    try {
      reply("ready");
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        String[] words = line.trim().split(" ");
        switch (words[0]) {
          case "from" -> {
            orders.measureFrom(Long.parseLong(words[1]));
            reply("ok");
          }
          case "count" -> reply(orders.seen() + " " + orders.measured());
          case "jit" -> reply(Long.toString(jitMs()));
          case "dump" -> reply(LatencyRecorder.encode(orders.histogram()));
          case "stop" -> {
            return 0;
          }
          default -> reply("error unknown command " + line);
        }
      }
      return 0;
    } finally {
      runtime.close();
    }
  }

  /** This JVM's JIT compilation time so far, ms (0 if the JVM does not tell). */
  static long jitMs() {
    java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  private static void reply(String text) {
    System.out.println(ServiceProcess.REPLY + text);
    System.out.flush();
  }
}
