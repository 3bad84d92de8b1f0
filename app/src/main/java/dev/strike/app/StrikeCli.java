package dev.strike.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code strike} command line. */
@Command(
    name = "strike",
    mixinStandardHelpOptions = true,
    versionProvider = VersionCommand.Provider.class,
    description = "Strike: an event-driven trading engine for Kalshi event contracts.",
    subcommands = {RunCommand.class, TopicsCommand.class, ExportCommand.class, ImportCommand.class,
        ImportCsvCommand.class, dev.strike.app.replay.shell.ReplayCommand.class,
        dev.strike.app.calibration.shell.CalibrateCommand.class, StrategyCommand.class, ControlCli.class,
        dev.strike.app.backtest.shell.BacktestCommand.class, dev.strike.app.ledger.shell.LedgerCommand.class,
        dev.strike.app.bench.shell.BenchCommand.class, dev.strike.app.api.shell.TokenCommand.class,
        VersionCommand.class, CommandLine.HelpCommand.class})
public final class StrikeCli {

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    dev.strike.app.status.shell.ConsoleLog.applyFromEnvironment(System.getProperty("strike.log.format"),
        System.getenv("STRIKE_CONSOLE_LOG_FORMAT"));
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code (0 ok, 1 failure, 2 bad usage or configuration). */
  public static int execute(String... args) {
    return new CommandLine(new StrikeCli())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .execute(args);
  }
}
