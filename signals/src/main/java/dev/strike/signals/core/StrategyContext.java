package dev.strike.signals.core;

import dev.strike.common.id.Asset;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Strategy} may read: the markets of its lane, the spot state of every asset, our inventory, and the
 * time of the event being handled. A read-only view owned by the engine; valid only during the call.
 */
public interface StrategyContext {
  /** The event time ({@code tsEvent}) of the event being handled, epoch ns: the strategy's "now". */
  long nowNs();

  /** The market's state, or null if no {@code MarketInfo} was seen for it. */
  @Nullable MarketState market(MarketTicker ticker);

  /** The markets of one Kalshi event (a ladder or a bracket set) this lane knows, sorted by ticker. */
  List<MarketState> marketsOfEvent(EventTicker event);

  /**
   * The open markets this lane knows whose underlying is {@code asset} (for strategies that re-price every market of
   * an asset when its spot moves), sorted by ticker; empty by default.
   */
  default List<MarketState> marketsOn(Asset asset) {
    return List.of();
  }

  /** The spot state of {@code asset} (index, volatility, returns), or null if no tick of it was seen. */
  @Nullable SpotView spot(Asset asset);

  /**
   * Our net position in the market from our own fills, in hundredths of a contract: positive = long YES, negative =
   * long NO.
   */
  long netYesHundredths(MarketTicker ticker);

  /** Builds signals for the event being handled (ids, limit prices on the grid, edge after fees). */
  SignalFactory signals();
}
