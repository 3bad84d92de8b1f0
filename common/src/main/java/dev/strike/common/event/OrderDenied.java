package dev.strike.common.event;

import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StrategyId;
import java.util.List;

/**
 * The gate refused a signal; {@code reasons} lists every check that failed, each with its numbers.
 */
public record OrderDenied(SignalId signalId, StrategyId strategy, MarketTicker ticker, Side side, Action action,
    List<DenialReason> reasons, long tsEvent, long tsInit) implements RiskDecision {

  /** Validates presence and at least one reason. */
  public OrderDenied {
    Require.present(signalId, "signalId");
    Require.present(strategy, "strategy");
    Require.present(ticker, "ticker");
    Require.present(side, "side");
    Require.present(action, "action");
    reasons = Require.list(reasons, "reasons");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a denial needs at least one reason");
    }
    Require.times(tsEvent, tsInit);
  }
}
