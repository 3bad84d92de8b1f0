package dev.strike.app;

import dev.strike.app.api.core.OperatorCommands;
import dev.strike.app.config.StrikeConfig;
import dev.strike.common.event.ControlCommand;
import dev.strike.common.id.CommandId;
import dev.strike.common.id.StableHash;
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
 * {@code strike control pause|resume|halt|reset-breaker|set}: operator commands to the running services through the
 * {@code control} topic. {@code halt} is the kill switch (execution cancels every resting order; nothing new is
 * approved until {@code resume}); {@code pause} stops new entries while exits still run; {@code reset-breaker} closes a
 * tripped breaker; {@code set} changes a risk limit or exit rule at run time, checked here first and again by the risk
 * service. Every change comes back on {@code alerts}. Whoever can write to the cluster's {@code control} topic can do
 * this; the authenticated way is the operator API (`api` service, docs/api.md).
 */
@Command(name = "control", mixinStandardHelpOptions = true,
    description = "Pause, resume or halt trading, reset a breaker or change a limit at run time, through the control "
        + "topic of the embedded broker of a running `strike run` or of the cluster given with --kafka.",
    subcommands = {ControlCli.Pause.class, ControlCli.Resume.class, ControlCli.Halt.class,
        ControlCli.ResetBreaker.class, ControlCli.Set.class})
final class ControlCli {
  private ControlCli() {}

  /** What every control subcommand shares: the configuration, who asks, sending and reporting. */
  abstract static class Base implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions configOptions;

    @Option(names = "--by", paramLabel = "NAME", description = "Who asks (recorded on the command; default: $USER)")
    String issuedBy = System.getProperty("user.name", "operator");

    /** The command to send, or null after explaining on {@code err} why there is none. */
    abstract ControlCommand command(StrikeConfig config, CommandId id, long nowNs, PrintWriter err);

    /** The outcome's command, or null after printing why there is none. */
    static ControlCommand orReport(OperatorCommands.Outcome outcome, PrintWriter err) {
      if (!outcome.accepted()) {
        err.println("strike: " + outcome.problem());
      }
      return outcome.command();
    }

    /** What to print once it is sent. */
    abstract String done();

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      StrikeConfig config = configOptions.loadOrReport(Map.of(), err);
      if (config == null) {
        return 2;
      }
      long now = System.currentTimeMillis() * 1_000_000L;
      CommandId id = CommandId.of(StableHash.hex128("control", spec.name(), issuedBy, Long.toString(now)));
      ControlCommand command = command(config, id, now, err);
      if (command == null) {
        return 2;
      }
      if (!ControlSender.send(config, command, "strike-control", err)) {
        return 1;
      }
      out.println(done() + " (command " + id + " on " + config.kafka().topics().control().name() + ")");
      out.flush();
      return 0;
    }
  }

  /** {@code strike control pause --reason TEXT}. */
  @Command(name = "pause", mixinStandardHelpOptions = true,
      description = "Stop new entries; exits of open positions still run.")
  static final class Pause extends Base {
    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (default: paused by operator)")
    String reason = "paused by operator";

    @Override
    ControlCommand command(StrikeConfig config, CommandId id, long nowNs, PrintWriter err) {
      return OperatorCommands.pause(id, issuedBy, reason, nowNs);
    }

    @Override
    String done() {
      return "trading paused";
    }
  }

  /** {@code strike control resume}. */
  @Command(name = "resume", mixinStandardHelpOptions = true, description = "Allow new entries again.")
  static final class Resume extends Base {
    @Override
    ControlCommand command(StrikeConfig config, CommandId id, long nowNs, PrintWriter err) {
      return OperatorCommands.resume(id, issuedBy, nowNs);
    }

    @Override
    String done() {
      return "trading resumed";
    }
  }

  /** {@code strike control halt --reason TEXT}. */
  @Command(name = "halt", mixinStandardHelpOptions = true,
      description = "Kill switch: cancel every resting order and approve nothing, exits included, until resume.")
  static final class Halt extends Base {
    @Option(names = "--reason", paramLabel = "TEXT", description = "Why (default: halted by operator)")
    String reason = "halted by operator";

    @Override
    ControlCommand command(StrikeConfig config, CommandId id, long nowNs, PrintWriter err) {
      return OperatorCommands.halt(id, issuedBy, reason, nowNs);
    }

    @Override
    String done() {
      return "trading halted";
    }
  }

  /** {@code strike control reset-breaker NAME}. */
  @Command(name = "reset-breaker", mixinStandardHelpOptions = true,
      description = "Close a tripped breaker so new entries may pass again.")
  static final class ResetBreaker extends Base {
    @Parameters(index = "0", paramLabel = "NAME", description = "daily_loss, drawdown, consecutive_losses or all")
    String breaker;

    @Override
    ControlCommand command(StrikeConfig config, CommandId id, long nowNs, PrintWriter err) {
      return orReport(OperatorCommands.resetBreaker(id, issuedBy, breaker, nowNs), err);
    }

    @Override
    String done() {
      return "breaker " + breaker + " reset";
    }
  }

  /** {@code strike control set KEY VALUE}. */
  @Command(name = "set", mixinStandardHelpOptions = true,
      description = "Change a risk limit (risk.limits.<key>) or exit rule (risk.exits.<key>) at run time.")
  static final class Set extends Base {
    @Parameters(index = "0", paramLabel = "KEY", description = "risk.limits.<key> or risk.exits.<key>, e.g. "
        + "risk.limits.max-order-qty")
    String key;

    @Parameters(index = "1", paramLabel = "VALUE", description = "the new value, e.g. 10, 0.04, 30s")
    String value;

    @Override
    ControlCommand command(StrikeConfig config, CommandId id, long nowNs, PrintWriter err) {
      return orReport(OperatorCommands.setParameter(id, issuedBy, key, value, config.risk().effectiveLimits(),
          config.risk().effectiveExits(), nowNs), err);
    }

    @Override
    String done() {
      return key + " set to " + value;
    }
  }
}
