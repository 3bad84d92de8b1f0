package dev.strike.execution.kalshi;

import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.OrderSubmitted;
import dev.strike.common.event.Side;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import java.util.Objects;

/**
 * Who an order belongs to: what every order event and fill must carry. Known from a submit in this run, or restored
 * from an earlier run's {@code OrderSubmitted} (see {@link KalshiVenue#restore}).
 *
 * @param side the outcome the intent trades; fills are reported in this side's terms
 */
public record Attribution(ClientOrderId clientOrderId, IntentId intentId, StrategyId strategy, MarketTicker ticker,
    Side side) {

  /** Requires every field. */
  public Attribution {
    Objects.requireNonNull(clientOrderId, "clientOrderId");
    Objects.requireNonNull(intentId, "intentId");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(side, "side");
  }

  /** The attribution of an intent. */
  public static Attribution of(OrderIntent intent) {
    return new Attribution(intent.clientOrderId(), intent.intentId(), intent.strategy(), intent.ticker(),
        intent.side());
  }

  /** The attribution of an order submitted earlier (read back from {@code orders.events}). */
  public static Attribution of(OrderSubmitted submitted) {
    return new Attribution(submitted.clientOrderId(), submitted.intentId(), submitted.strategy(), submitted.ticker(),
        submitted.side());
  }
}
