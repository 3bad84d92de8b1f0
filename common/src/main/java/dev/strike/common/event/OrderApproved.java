package dev.strike.common.event;

import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SignalId;

/**
 * The gate approved a signal as {@code intent}.
 *
 * @param sizing how the size was chosen, for operators (e.g. Kelly fraction and the limit that capped it)
 */
public record OrderApproved(OrderIntent intent, String sizing, long tsEvent, long tsInit) implements RiskDecision {
  /** Validates presence. */
  public OrderApproved {
    Require.present(intent, "intent");
    Require.text(sizing, "sizing");
    Require.times(tsEvent, tsInit);
  }

  @Override
  public SignalId signalId() {
    return intent.signalId();
  }

  @Override
  public MarketTicker ticker() {
    return intent.ticker();
  }
}
