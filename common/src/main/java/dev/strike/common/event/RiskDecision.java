package dev.strike.common.event;

import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SignalId;

/** The risk gate's answer to one signal ({@code risk.decisions}, keyed by ticker): approved with a size, or denied. */
public sealed interface RiskDecision extends StrikeEvent permits OrderApproved, OrderDenied {
  /** The signal decided on. */
  SignalId signalId();

  /** The market. */
  MarketTicker ticker();
}
