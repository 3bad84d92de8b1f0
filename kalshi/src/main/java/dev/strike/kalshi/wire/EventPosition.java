package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/** Our position across the markets of one event; amounts in dollars, shares in contracts. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventPosition(
    String eventTicker,
    @Nullable String totalCostDollars,
    @Nullable String totalCostSharesFp,
    @Nullable String eventExposureDollars,
    @Nullable String realizedPnlDollars,
    @Nullable String feesPaidDollars) {

  /** Requires the event ticker. */
  public EventPosition {
    WireChecks.id(eventTicker, "event_positions.event_ticker");
  }
}
