/**
 * Position exits: {@link dev.strike.risk.core.exit.ExitMonitor} checks one open position against the top of its
 * market's book and the {@link dev.strike.risk.core.exit.ExitRules} (stop-loss, trailing stop, take-profit, time
 * exit before close) and returns an {@link dev.strike.risk.core.exit.ExitDecision} to sell the whole position, or
 * null.
 *
 * <p>Pure and stateless: time is the {@code nowNs} argument (epoch ns, event time), never the clock. Prices are
 * {@link dev.strike.common.money.Price} micro-dollars per contract and quantities
 * {@link dev.strike.common.money.Qty} hundredths of a contract; every comparison is exact integer arithmetic.
 */
package dev.strike.risk.core.exit;
