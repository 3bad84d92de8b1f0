package dev.strike.app.bench.shell;

import dev.strike.app.StrikeCli;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One service of a {@code --processes} run in a JVM of its own: {@code java -cp <this classpath> … strike bench node
 * --service NAME} against the benchmark's broker. The child's output goes to a log file; the lines it starts with
 * {@code bench-node } are its answers to the commands written to its standard input one per line ({@link BenchNode}
 * lists them).
 */
final class ServiceProcess implements AutoCloseable {
  static final String REPLY = "bench-node ";

  private final String service;
  private final Process process;
  private final PrintWriter commands;
  private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
  private final Path log;

  private ServiceProcess(String service, Process process, Path log) throws IOException {
    this.service = service;
    this.process = process;
    this.log = log;
    this.commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
    Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
    Thread pump = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8)); Writer out = file) {
        String line;
        while ((line = in.readLine()) != null) {
          if (line.startsWith(REPLY)) {
            replies.add(line.substring(REPLY.length()));
          }
          out.write(line);
          out.write('\n');
          out.flush();
        }
      } catch (IOException e) {
        replies.add("error " + e);
      }
    }, "bench-" + service + "-output");
    pump.setDaemon(true);
    pump.start();
  }

  /**
   * Starts the service's JVM ({@code -Xmx1g}, plus {@code STRIKE_BENCH_CHILD_OPTS} split on spaces) and waits until it
   * consumes.
   */
  static ServiceProcess start(String service, String bootstrap, String prefix, java.util.Map<String, String> settings,
      Path logDir, Duration timeout) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    String extra = System.getenv("STRIKE_BENCH_CHILD_OPTS");
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.trim().split("\\s+")));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), StrikeCli.class.getName(), "bench", "node",
        "--service", service, "--kafka", bootstrap, "--prefix", prefix));
    settings.forEach((key, value) -> command.addAll(List.of("--set", key + "=" + value)));
    Path log = logDir.resolve("bench-" + service + ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    ServiceProcess child = new ServiceProcess(service, process, log);
    String ready = child.replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (!"ready".equals(ready)) {
      child.close();
      throw new IllegalStateException("the " + service + " process did not start (" + ready + "); see " + log);
    }
    return child;
  }

  /** The child's process id. */
  long pid() {
    return process.pid();
  }

  /** Writes {@code command} and returns the child's answer. */
  String ask(String command, Duration timeout) throws InterruptedException {
    commands.println(command);
    String reply = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (reply == null || reply.startsWith("error")) {
      throw new IllegalStateException("the " + service + " process did not answer '" + command + "' (" + reply
          + "); see " + log);
    }
    return reply;
  }

  /** Asks the child to stop, waits up to 30 s, then kills it. */
  @Override
  public void close() {
    commands.println("stop");
    commands.close();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
