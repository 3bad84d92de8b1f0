package dev.strike.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.app.CliRun;
import dev.strike.app.StrikeCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestCommandTest {
  /**
   * The output hash of `strike backtest --sample` with the default configuration: every signal, decision, order,
   * fill and settlement of the run and every byte of its report. A change here is a change of behaviour somewhere in
   * the strategies, the risk gate, the paper venue or the report: review it, then update the pin.
   */
  static final String SAMPLE_HASH = "9e6dcf824a5718959fa9d35f2c23c6fd66e3c2a88f1c30de4a8146a94ab39e1c";

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  private static String hashLine(CliRun result) {
    return result.out().lines().filter(l -> l.startsWith("output hash: ")).findFirst().orElseThrow();
  }

  @Test
  void shouldPrintThePinnedHashAndIdenticalFilesWhenTheSampleRunsTwice(@TempDir Path dir) throws Exception {
    CliRun first = run("backtest", "--sample", "--out", dir.resolve("a").toString());
    CliRun second = run("backtest", "--sample", "--out", dir.resolve("b").toString());

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(hashLine(first)).isEqualTo("output hash: " + SAMPLE_HASH);
    assertThat(hashLine(second)).isEqualTo(hashLine(first));
    for (String file : List.of("report.json", "trades.csv", "daily_pnl.csv", "report.html")) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(file))).as(file)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(file)));
    }
    assertThat(Files.readString(dir.resolve("a/trades.csv")).lines().count()).isGreaterThan(10);
  }

  @Test
  void shouldWriteOneRowPerCombinationWhenSweepingTwoKeysOfTwoValues(@TempDir Path dir) throws Exception {
    CliRun result = run("backtest", "--sample", "--out", dir.toString(), "--threads", "2",
        "--sweep", "risk.limits.min-edge=0.02,0.05", "--sweep", "risk.limits.max-order-qty=5,20");

    assertThat(result.code()).as(result.err()).isZero();
    List<String> rows = Files.readAllLines(dir.resolve("sweep.csv"));
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0)).startsWith("run,risk.limits.min-edge,risk.limits.max-order-qty,pnl,");
    assertThat(rows.subList(1, 5)).extracting(r -> String.join(",", List.of(r.split(",")).subList(1, 3)))
        .containsExactly("0.02,5", "0.02,20", "0.05,5", "0.05,20");
    assertThat(rows.subList(1, 5)).extracting(r -> r.substring(r.lastIndexOf(',') + 1)).doesNotHaveDuplicates();
    assertThat(dir.resolve("sample-1/report.html")).exists();
  }

  @Test
  void shouldRefuseAMalformedSweep() {
    CliRun result = run("backtest", "--sample", "--sweep", "risk.limits.min-edge");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("--sweep wants KEY=V1,V2");
  }

  @Test
  void shouldPublishTheRunUnderItsNamespaceWhenAsked(@TempDir Path dir) throws Exception {
    String run = dev.strike.common.testing.SharedKafka.uniqueName("pub");

    CliRun result = run("backtest", "--sample", "--out", dir.toString(), "--run", run, "--publish", "--kafka",
        dev.strike.common.testing.SharedKafka.bootstrapServers());

    assertThat(result.code()).as(result.err()).isZero();
    long fills = Files.readString(dir.resolve("trades.csv")).lines().filter(l -> l.contains(",fill,")).count();
    var topics = dev.strike.common.topic.Topics.withPrefix("bt-" + run);
    assertThat(dev.strike.common.testing.TopicReader.readAll(topics.trades().name(), false)).hasSize((int) fills);
    assertThat(dev.strike.common.testing.TopicReader.readAll(topics.signals().name(), false)).isNotEmpty();
    assertThat(result.out()).contains("published ").contains("under bt-" + run);
  }

  @Test
  void shouldGiveTheSameOutputsFromKafkaAsFromTheDatasetFile(@TempDir Path dir) throws Exception {
    String prefix = dev.strike.common.testing.SharedKafka.uniqueName("btkafka");
    String kafka = dev.strike.common.testing.SharedKafka.bootstrapServers();
    Path config = dir.resolve("strike.yaml");
    Files.writeString(config, "signals:\n  spotIndex:\n    coreSources: [coinbase-rates]\n    quorum: 1\n    bar: 2s\n");
    CliRun imported = run("import-csv", "--dataset", "kapelame", "--in",
        dev.strike.app.Samples.kapelame().getParent().toString(), "--placeholder-size", "10", "--kafka", kafka,
        "--prefix", prefix);
    assertThat(imported.code()).as(imported.err()).isZero();

    CliRun fromFile = run("backtest", "--sample", "-c", config.toString(), "--run", "same", "--out",
        dir.resolve("file").toString());
    CliRun fromKafka = run("backtest", "--from-prefix", prefix, "-c", config.toString(), "--kafka", kafka, "--run",
        "same", "--out", dir.resolve("kafka").toString());

    assertThat(fromKafka.code()).as(fromKafka.err()).isZero();
    assertThat(fromKafka.out()).contains("19809 events from kafka");
    assertThat(hashLine(fromKafka)).isEqualTo(hashLine(fromFile));
  }
}
