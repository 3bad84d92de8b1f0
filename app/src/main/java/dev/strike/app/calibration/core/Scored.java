package dev.strike.app.calibration.core;

import dev.strike.common.id.MarketTicker;

/** What scoring one market at one horizon gives: a {@link Forecast} or an {@link Exclusion}. */
public sealed interface Scored permits Forecast, Exclusion {
  /** The market. */
  MarketTicker ticker();

  /** Time before the close, ns. */
  long horizonNs();
}
