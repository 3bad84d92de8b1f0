package dev.strike.app.backtest.core;

import dev.strike.common.money.Money;
import java.util.Objects;

/**
 * The account at one instant of a backtest, as the risk portfolio marks it.
 *
 * @param tsNs event time, epoch ns
 * @param equity cash plus positions at their marks
 * @param exposure cost of open positions plus cash reserved for live buys
 * @param realizedPnl realized P&amp;L since the start, fees included
 * @param fees fees paid since the start
 */
public record EquityPoint(long tsNs, Money equity, Money exposure, Money realizedPnl, Money fees) {
  /** Validates presence. */
  public EquityPoint {
    Objects.requireNonNull(equity, "equity");
    Objects.requireNonNull(exposure, "exposure");
    Objects.requireNonNull(realizedPnl, "realizedPnl");
    Objects.requireNonNull(fees, "fees");
  }
}
