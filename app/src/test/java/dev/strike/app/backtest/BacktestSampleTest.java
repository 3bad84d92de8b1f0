package dev.strike.app.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.app.Samples;
import dev.strike.app.backtest.shell.BacktestInputs;
import dev.strike.app.backtest.shell.BacktestRunner;
import dev.strike.app.backtest.shell.OutputHash;
import dev.strike.app.config.StrikeConfig;
import dev.strike.app.dataset.shell.Dataset;
import dev.strike.common.event.Fill;
import dev.strike.common.event.OrderApproved;
import dev.strike.common.event.Signal;
import dev.strike.common.money.Qty;
import org.junit.jupiter.api.Test;

class BacktestSampleTest {

  private static String hash(BacktestRunner.Result result) {
    OutputHash hash = new OutputHash();
    result.outputs().forEach(hash::add);
    return hash.hex();
  }

  @Test
  void shouldGiveTheSameOutputsWhenTheSampleRunsTwice() throws Exception {
    BacktestInputs inputs = BacktestInputs.dataset(Dataset.KAPELAME, Samples.kapelame().getParent(),
        Qty.ofContracts(10));

    StrikeConfig config = dev.strike.common.config.ConfigLoader.load(StrikeConfig.class, StrikeConfig.defaults(),
        dev.strike.common.config.ConfigSources.none().withOverrides(
            dev.strike.app.backtest.shell.DatasetProfile.overrides(Dataset.KAPELAME)));
    BacktestRunner.Result first = BacktestRunner.run("sample", config, inputs, null);
    BacktestRunner.Result second = BacktestRunner.run("sample", config, inputs, null);

    System.out.println("inputs " + inputs.events().size() + " outputs " + first.outputs().size() + " signals "
        + first.outputs().stream().filter(Signal.class::isInstance).count() + " approved "
        + first.outputs().stream().filter(OrderApproved.class::isInstance).count() + " fills "
        + first.outputs().stream().filter(Fill.class::isInstance).count() + " settlements "
        + first.record().settlements().size() + " equity " + first.record().equity().get(
            first.record().equity().size() - 1) + " in " + first.elapsedNs() / 1_000_000 + " ms");
    assertThat(hash(second)).isEqualTo(hash(first));
    assertThat(first.record().fills()).isNotEmpty();
  }
}
