package dev.strike.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.app.CliRun;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code strike bench latency} end to end, in-process, on its own embedded broker: short, no timing assertions. */
class BenchCommandTest {

  @Test
  void shouldTurnEveryTickIntoAnOrderAndPrintTheFiguresWhenRunShort() {
    CliRun run = CliRun.of("bench", "latency", "--duration", "2", "--rate", "200", "--warmup", "1");

    assertThat(run.code()).as(run.out() + run.err()).isZero();
    List<String> lines = run.out().lines().filter(l -> !l.isBlank()).toList();
    String figures = "p50 +\\d+\\.\\d{3} ms +p99 +\\d+\\.\\d{3} ms +p99\\.9 +\\d+\\.\\d{3} ms .*\\((\\d+) events\\)";
    assertThat(lines).contains("warm-up: 1 s (fixed)");
    assertThat(lines).anyMatch(l -> l.matches("pipeline tick-to-order +" + figures));
    assertThat(lines).anyMatch(l -> l.matches("kafka floor \\(3 hops\\) +" + figures));
    Matcher received = Pattern.compile("orders received for (\\d+) of (\\d+) measured ticks; floor relayed (\\d+)")
        .matcher(run.out());
    assertThat(received.find()).as(run.out()).isTrue();
    long orders = Long.parseLong(received.group(1));
    long ticks = Long.parseLong(received.group(2));
    assertThat(ticks).isEqualTo(400);
    assertThat(orders).isGreaterThanOrEqualTo(ticks * 99 / 100);
    assertThat(Long.parseLong(received.group(3))).isGreaterThanOrEqualTo(ticks * 99 / 100);
    String last = lines.get(lines.size() - 1);
    assertThat(last).matches("ratio: \\d+\\.\\d{2}");
    assertThat(Double.parseDouble(last.substring("ratio: ".length()))).isPositive();
  }

  @Test
  void shouldRefuseTheRunAndNameTheOptionWhenTheWarmupIsNeitherSecondsNorAuto() {
    CliRun run = CliRun.of("bench", "latency", "--warmup", "soon");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--warmup auto or at least 0 seconds").contains("--warmup soon");
    assertThat(run.out()).doesNotContain("ratio:");
  }
}
