package dev.strike.app.replay.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.app.Samples;
import dev.strike.app.StrikeCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code strike run --replay} end to end: its own embedded broker in a temporary directory, on free ports. */
class RunReplayCommandTest {
  @Test
  void shouldRunTheServicesOnTheReplayedSampleWithEveryMarketBeforeItsBooks(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("strike.yaml");
    Files.writeString(config, """
        kafka:
          embedded:
            dataDir: %s
            port: 0
            controllerPort: 0
        http:
          port: 0
        api:
          port: 0
          jwtSecretFile: %s
        """.formatted(dir.resolve("kafka"), dir.resolve("jwt.secret")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CommandLine cli = new CommandLine(new StrikeCli()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(new PrintWriter(new PrintStream(out, true, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new PrintStream(err, true, StandardCharsets.UTF_8), true));

    long start = System.nanoTime();
    int code = cli.execute("run", "-c", config.toString(), "--prefix", "demo", "--replay",
        Samples.kapelame().getParent().toString(), "--replay-speed", "max", "--exit-after-replay");
    String text = out.toString(StandardCharsets.UTF_8);
    System.out.printf("run --replay (max) took %.1f s:%n%s%n", (System.nanoTime() - start) / 1e9, text);

    assertThat(code).as(text + err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(text).contains("imported kapelame from ").contains("replayed 19809 events in ");
    Matcher consumed = Pattern.compile("services consumed \\{(.*)} events; (\\d+) book events or trades met before "
        + "their market").matcher(text);
    assertThat(consumed.find()).as(text).isTrue();
    // signals and risk read all four market-data topics: every replayed event reached them
    assertThat(consumed.group(1)).contains("signals=").contains("risk=").contains("execution=");
    assertThat(count(consumed.group(1), "signals")).isGreaterThanOrEqualTo(19_809);
    // the only books the signals engine may meet without a market are those the sample quotes after the market's
    // result (the engine forgets a market once it has an outcome): none before its market
    assertThat(Long.parseLong(consumed.group(2))).isEqualTo(booksAfterTheirMarketEnded());
    Matcher run = Pattern.compile("run namespace 'demo': (\\d+) signals, (\\d+) orders approved, (\\d+) denied, "
        + "(\\d+) fills, (\\d+) settlements").matcher(text);
    assertThat(run.find()).as(text).isTrue();
  }

  /** Books of the sample, in import order, whose market has not been met or already has an outcome. */
  private static long booksAfterTheirMarketEnded() throws Exception {
    java.util.Set<String> known = new java.util.HashSet<>();
    long[] unknown = new long[1];
    new dev.strike.app.dataset.core.HistoryImport(dev.strike.app.dataset.shell.Dataset.KAPELAME.sources(
        Samples.kapelame()), new dev.strike.app.dataset.core.QuoteMapping(dev.strike.common.money.Qty.parse("1")))
        .run(new dev.strike.app.dataset.core.HistorySink() {
          @Override
          public void onEvent(dev.strike.app.dataset.core.HistoryEvent event) {
            if (event.value() instanceof dev.strike.common.event.MarketInfo info) {
              if (info.status().hasOutcome()) {
                known.remove(event.key());
              } else {
                known.add(event.key());
              }
            } else if (event.topic() == dev.strike.app.dataset.core.HistoryTopic.BOOK && !known.contains(event.key())) {
              unknown[0]++;
            }
          }

          @Override
          public void onProblem(dev.strike.app.dataset.core.DatasetProblem problem) {}
        });
    return unknown[0];
  }

  private static long count(String byService, String service) {
    Matcher m = Pattern.compile(service + "=(\\d+)").matcher(byService);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
