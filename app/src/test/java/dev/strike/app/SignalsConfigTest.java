package dev.strike.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.app.config.StrikeConfig;
import dev.strike.common.config.ConfigException;
import dev.strike.common.config.ConfigLoader;
import dev.strike.common.config.ConfigProblem;
import dev.strike.common.config.ConfigSources;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignalsConfigTest {
  private static StrikeConfig load(Path file) {
    return ConfigLoader.load(StrikeConfig.class, StrikeConfig.defaults(), ConfigSources.none().withFile(file));
  }

  @Test
  void shouldReportEveryBadSignalsKeyByName(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("strike.yaml");
    Files.writeString(file, """
        signals:
          enabled: [fair-value-edge, fair-value-egde]
          lanes: 0
          spotIndex:
            quorum: 4
            ewmaLambda: 1.5
          strategies:
            fairValueEdge:
              minEdge: "-0.01"
            meanReversion:
              zThreshold: -1
        """);
    assertThatThrownBy(() -> load(file)).isInstanceOfSatisfying(ConfigException.class, e ->
        assertThat(e.problems()).extracting(ConfigProblem::key).contains("signals.enabled[1]", "signals.lanes",
            "signals.spotIndex.quorum", "signals.spotIndex.ewmaLambda", "signals.strategies.fairValueEdge.minEdge",
            "signals.strategies.meanReversion.zThreshold"));
  }

  @Test
  void shouldTakeStrategiesAndParametersFromTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("strike.yaml");
    Files.writeString(file, """
        signals:
          enabled: [market-maker]
          lanes: 4
          strategies:
            fairValueEdge:
              minEdge: "0.05"
        """);
    StrikeConfig config = load(file);
    assertThat(config.signals().enabled()).containsExactly(StrategyId.of("market-maker"));
    assertThat(config.signals().lanes()).isEqualTo(4);
    assertThat(config.signals().strategies().fairValueEdge().minEdge()).isEqualTo(Money.parse("0.05"));
    assertThat(config.signals().newEngine(config.spot().assets()).isEnabled(StrategyId.of("market-maker"))).isTrue();
    assertThat(config.signals().newEngine(config.spot().assets()).isEnabled(StrategyId.of("fair-value-edge")))
        .isFalse();
  }
}
