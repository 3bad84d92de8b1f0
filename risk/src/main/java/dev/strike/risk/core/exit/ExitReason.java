package dev.strike.risk.core.exit;

/**
 * Why a position is exited, in the order {@link ExitMonitor} prefers them when several fire at once: a time exit
 * first (the market is about to close, whatever the price), then the loss rules, then take-profit.
 */
public enum ExitReason {
  /** The market closes within {@link ExitRules#exitBeforeCloseNs()}. */
  TIME_EXIT("time_exit"),
  /** The mark fell to {@link ExitRules#stopLossBps()} below the average cost. */
  STOP_LOSS("stop_loss"),
  /** The mark fell {@link ExitRules#trailingStopBps()} below a high-water mark that is above the average cost. */
  TRAILING_STOP("trailing_stop"),
  /** The mark rose to {@link ExitRules#takeProfitBps()} above the average cost. */
  TAKE_PROFIT("take_profit");

  private final String code;

  ExitReason(String code) {
    this.code = code;
  }

  /** The stable snake_case code for logs, metrics tags and JSON ({@code "stop_loss"}). */
  public String code() {
    return code;
  }
}
