package dev.strike.app;

import dev.strike.app.api.core.OperatorCommands;
import dev.strike.app.config.StrikeConfig;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.id.CommandId;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code strike strategy enable|disable ID}: switch a strategy of the running signals services through the
 * {@code control} topic (every lane of every signals process applies it, and risk stops approving a disabled
 * strategy's signals). Whoever can write to the cluster's {@code control} topic can do this; the authenticated
 * way is the operator API ({@code api} service, docs/api.md).
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

  abstract static class Switch extends ControlCli.Base {
    private final boolean enable;

    @Parameters(index = "0", paramLabel = "ID", description = "fair-value-edge, mean-reversion, spike-reversion, "
        + "crypto-ta, parity-arbitrage, ladder-arbitrage or market-maker")
    String strategy;

    Switch(boolean enable) {
      this.enable = enable;
    }

    @Override
    ControlCommand command(StrikeConfig config, CommandId id, long nowNs, PrintWriter err) {
      return orReport(OperatorCommands.setStrategyEnabled(id, issuedBy, strategy, enable, nowNs), err);
    }

    @Override
    String done() {
      return "strategy " + strategy + (enable ? " enabled" : " disabled");
    }
  }
}
