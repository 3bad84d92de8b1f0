package dev.strike.app;

import dev.strike.app.config.StrikeConfig;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.id.CommandId;
import dev.strike.common.id.StableHash;
import dev.strike.common.id.StrategyId;
import dev.strike.signals.SignalsSettings;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code strike strategy enable|disable ID}: switch a strategy of the running signals services through the
 * {@code control} topic (every lane of every signals process applies it). Whoever can write to the cluster's
 * {@code control} topic can do this; the authenticated operator API is issue #8.
 */
@Command(name = "strategy", mixinStandardHelpOptions = true,
    description = "Switch a strategy on or off at run time, through the control topic of the embedded broker of a "
        + "running `strike run` (127.0.0.1:<kafka.embedded.port>) or of the cluster given with --kafka.",
    subcommands = {StrategyCommand.Enable.class, StrategyCommand.Disable.class})
final class StrategyCommand {
  private StrategyCommand() {}

  /** {@code strike strategy enable ID}. */
  @Command(name = "enable", mixinStandardHelpOptions = true, description = "Switch a strategy on.")
  static final class Enable extends Switch {
    Enable() {
      super(true);
    }
  }

  /** {@code strike strategy disable ID}. */
  @Command(name = "disable", mixinStandardHelpOptions = true, description = "Switch a strategy off.")
  static final class Disable extends Switch {
    Disable() {
      super(false);
    }
  }

  abstract static class Switch implements Callable<Integer> {
    private final boolean enable;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions configOptions;

    @Parameters(index = "0", paramLabel = "ID", description = "fair-value-edge, mean-reversion, spike-reversion, "
        + "crypto-ta, parity-arbitrage, ladder-arbitrage or market-maker")
    String strategy;

    @Option(names = "--by", paramLabel = "NAME", description = "Who asks (recorded on the command; default: $USER)")
    String issuedBy = System.getProperty("user.name", "operator");

    Switch(boolean enable) {
      this.enable = enable;
    }

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      StrikeConfig config = configOptions.loadOrReport(Map.of(), err);
      if (config == null) {
        return 2;
      }
      StrategyId id;
      try {
        id = StrategyId.of(strategy);
      } catch (IllegalArgumentException e) {
        err.println("strike: " + e.getMessage());
        return 2;
      }
      if (!SignalsSettings.STRATEGIES.contains(id)) {
        err.println("strike: unknown strategy '" + strategy + "'; strategies: "
            + String.join(", ", SignalsSettings.STRATEGIES.stream().map(StrategyId::value).toList()));
        return 2;
      }
      long now = System.currentTimeMillis() * 1_000_000L;
      CommandId commandId = CommandId.of(StableHash.hex128("strategy", id.value(), Boolean.toString(enable),
          issuedBy, Long.toString(now)));
      ControlCommand command = new ControlCommand.SetStrategyEnabled(commandId, issuedBy, id, enable, now, now);
      if (!ControlSender.send(config, command, "strike-strategy", err)) {
        return 1;
      }
      out.println("strategy " + id + (enable ? " enabled" : " disabled") + " (command " + commandId + " on "
          + config.kafka().topics().control().name() + ")");
      out.flush();
      return 0;
    }
  }
}
