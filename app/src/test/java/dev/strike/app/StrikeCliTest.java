package dev.strike.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.testing.SharedKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrikeCliTest {

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void shouldPrintTheVersions() {
    CliRun result = run("version");
    assertThat(result.code()).isZero();
    assertThat(result.out()).contains("strike ").contains("java 17").contains("kafka clients 4.3.1");
  }

  @Test
  void shouldDescribeEveryCommandInHelp() {
    assertThat(run("--help").out()).contains("run").contains("topics").contains("version");
    assertThat(run("run", "--help").out()).contains("--services").contains("--kafka").contains("--config")
        .contains("--profile").contains("SIGTERM");
    assertThat(run("topics", "--help").out()).contains("list").contains("create");
  }

  @Test
  void shouldDescribeTheDataCommandsWhenHelpIsAsked() {
    assertThat(run("--help").out()).contains("export").contains("import").contains("import-csv");
    assertThat(run("export", "--help").out()).contains("--topics").contains("--from").contains("--to")
        .contains("--out").contains("--prefix").contains("docs/dataio.md");
    assertThat(run("import", "--help").out()).contains("--in").contains("--force").contains("duplicate");
    assertThat(run("import-csv", "--help").out()).contains("--dataset").contains("kapelame").contains("johnnygod")
        .contains("--placeholder-size").contains("--dry-run").contains("dlq");
  }

  @Test
  void shouldExitWithTwoAndEveryProblemWhenTheConfigurationIsBad(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "http:\n  port: 70000\nkafka:\n  topicPrefix: 'bad prefix'\n");
    CliRun result = run("run", "--config", file.toString());
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("http.port").contains("kafka.topicPrefix");
  }

  @Test
  void shouldRefuseAnUnknownServiceByName() {
    CliRun result = run("run", "--services", "signals,risc", "--kafka", "127.0.0.1:1");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("services.enabled[1]").contains("risc");
  }

  @Test
  void shouldCreateThenListTheTopicsOfANamespace() {
    String prefix = SharedKafka.uniqueName("cli");
    CliRun created = run("topics", "create", "--kafka", SharedKafka.bootstrapServers(), "--prefix", prefix);
    assertThat(created.code()).as(created.err()).isZero();
    assertThat(created.out()).contains(prefix + ".md.book").contains("CREATED");

    CliRun again = run("topics", "create", "--kafka", SharedKafka.bootstrapServers(), "--prefix", prefix);
    assertThat(again.out()).contains("UNCHANGED").doesNotContain("CREATED");

    CliRun listed = run("topics", "list", "--kafka", SharedKafka.bootstrapServers(), "--prefix", prefix);
    assertThat(listed.code()).isZero();
    assertThat(listed.out()).containsPattern(prefix.replace(".", "\\.") + "\\.md\\.book\\s+6\\s+delete\\s+604800000\\s+yes")
        .containsPattern(prefix + "\\.md\\.markets\\s+6\\s+compact\\s+-1\\s+yes")
        .doesNotContain("MISSING");
  }

  @Test
  void shouldSayWhereItLookedWhenKafkaIsNotReachable() {
    CliRun result = run("topics", "list", "--kafka", "127.0.0.1:1");
    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("cannot reach Kafka at 127.0.0.1:1");
  }

  @Test
  void shouldSwitchAStrategyThroughTheControlTopic() {
    String prefix = SharedKafka.uniqueName("cli");
    assertThat(run("topics", "create", "--kafka", SharedKafka.bootstrapServers(), "--prefix", prefix).code()).isZero();

    CliRun result = run("strategy", "disable", "market-maker", "--by", "alice", "--kafka",
        SharedKafka.bootstrapServers(), "--prefix", prefix);

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains("strategy market-maker disabled");
    var control = dev.strike.common.topic.Topics.withPrefix(prefix).control();
    assertThat(dev.strike.common.testing.TopicReader.readAll(control.name(), false))
        .singleElement().satisfies(r -> assertThat(control.codec().decode(r.value()))
            .isInstanceOfSatisfying(dev.strike.common.event.ControlCommand.SetStrategyEnabled.class, c -> {
              assertThat(c.strategy().value()).isEqualTo("market-maker");
              assertThat(c.enabled()).isFalse();
              assertThat(c.issuedBy()).isEqualTo("alice");
            }));
  }

  @Test
  void shouldRefuseAnUnknownStrategy() {
    CliRun result = run("strategy", "enable", "market-taker", "--kafka", "127.0.0.1:1");
    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("unknown strategy 'market-taker'").contains("market-maker");
  }

  @Test
  void shouldSendOperatorCommandsToTheControlTopic() {
    String prefix = SharedKafka.uniqueName("cli");
    assertThat(run("topics", "create", "--kafka", SharedKafka.bootstrapServers(), "--prefix", prefix).code()).isZero();
    String[] where = {"--by", "alice", "--kafka", SharedKafka.bootstrapServers(), "--prefix", prefix};

    CliRun halt = run(concat(new String[] {"control", "halt", "--reason", "exchange incident"}, where));
    CliRun reset = run(concat(new String[] {"control", "reset-breaker", "drawdown"}, where));
    CliRun set = run(concat(new String[] {"control", "set", "risk.limits.max-order-qty", "10"}, where));

    assertThat(halt.code()).as(halt.err()).isZero();
    assertThat(halt.out()).contains("trading halted");
    assertThat(reset.code()).as(reset.err()).isZero();
    assertThat(set.code()).as(set.err()).isZero();
    var control = dev.strike.common.topic.Topics.withPrefix(prefix).control();
    assertThat(dev.strike.common.testing.TopicReader.readAll(control.name(), false))
        .extracting(r -> control.codec().decode(r.value()))
        .satisfiesExactly(
            c -> assertThat(c).isInstanceOfSatisfying(dev.strike.common.event.ControlCommand.HaltTrading.class,
                h -> assertThat(h.reason()).isEqualTo("exchange incident")),
            c -> assertThat(c).isInstanceOfSatisfying(dev.strike.common.event.ControlCommand.ResetBreaker.class,
                r -> assertThat(r.breaker()).isEqualTo("drawdown")),
            c -> assertThat(c).isInstanceOfSatisfying(dev.strike.common.event.ControlCommand.SetParameter.class,
                p -> assertThat(p.key() + "=" + p.value()).isEqualTo("risk.limits.max-order-qty=10")));
  }

  @Test
  void shouldRefuseAnInvalidLimitBeforeSendingIt() {
    CliRun unknown = run("control", "set", "risk.limits.max-order-size", "10", "--kafka", "127.0.0.1:1");
    CliRun bad = run("control", "set", "risk.limits.max-order-qty", "-3", "--kafka", "127.0.0.1:1");
    CliRun breaker = run("control", "reset-breaker", "daily", "--kafka", "127.0.0.1:1");

    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("max-order-size").contains("max-order-qty");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("risk.limits.max-order-qty = -3 refused");
    assertThat(breaker.code()).isEqualTo(2);
    assertThat(breaker.err()).contains("unknown breaker 'daily'").contains("daily_loss");
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void shouldRefuseLiveTradingWithoutTheEnvironmentConfirmation() {
    CliRun result = run("run", "--live", "--kafka", "127.0.0.1:1");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("--live trades real money").contains("STRIKE_LIVE_CONFIRM=trade-real-money")
        .contains("nothing was started");
  }

  @Test
  void shouldRefuseALiveConfigurationWithoutTheLiveFlag(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    java.nio.file.Path key = dir.resolve("key.pem");
    java.nio.file.Files.writeString(key, "not read before the flag check");
    java.nio.file.Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    java.nio.file.Path config = dir.resolve("strike.yaml");
    java.nio.file.Files.writeString(config, "mode: live\nkalshi:\n  keyId: abc\n  keyFile: " + key + "\n");

    CliRun result = run("run", "--config", config.toString(), "--kafka", "127.0.0.1:1");

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("mode live").contains("needs the --live flag");
  }
}
