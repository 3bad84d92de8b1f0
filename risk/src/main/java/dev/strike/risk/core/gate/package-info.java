/**
 * The risk gate: the one place a {@link dev.strike.common.event.Signal} becomes a sized order or a refusal with
 * typed reasons.
 *
 * <p>Per signal, the risk shell (on its single risk thread):
 *
 * <ol>
 *   <li>folds the latest fills and settlements into the portfolio ({@link dev.strike.risk.core.PortfolioView});
 *   <li>calls {@link dev.strike.risk.core.gate.Breakers#evaluate} and alerts on every breaker it returns;
 *   <li>calls {@link dev.strike.risk.core.gate.RiskGate#check} with the limits in force
 *       ({@link dev.strike.risk.core.gate.GateState#limits}: a {@link dev.strike.risk.core.gate.RiskProfile}'s or
 *       the configured {@link dev.strike.risk.core.gate.RiskLimits} with the operator's overrides);
 *   <li>on {@link dev.strike.risk.core.gate.GateResult.Approved}, records it with
 *       {@link dev.strike.risk.core.gate.GateState#onApproved} and publishes the order intent; on
 *       {@link dev.strike.risk.core.gate.GateResult.Denied}, publishes the reasons.
 * </ol>
 *
 * <p>Control commands map onto {@link dev.strike.risk.core.gate.GateState} (pause, halt, resume, strategy on/off,
 * parameter) and {@link dev.strike.risk.core.gate.Breakers#reset}; {@link dev.strike.risk.core.gate.GateState#export}
 * goes into the portfolio snapshot for restarts. Everything here is pure: time is the event time passed in, in
 * epoch nanoseconds; money, prices and quantities are the exact types of {@code dev.strike.common.money}.
 */
package dev.strike.risk.core.gate;
