package dev.strike.common.event;

import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.TradeId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import org.jspecify.annotations.Nullable;

/**
 * One execution of one of our orders ({@code trades}, keyed by ticker). {@code (tradeId, clientOrderId)} identifies
 * it; a consumer that sees the same pair twice drops the second.
 *
 * @param tradeId the venue's trade id
 * @param venueOrderId the venue's id of the order, null if not known yet
 * @param side the outcome traded
 * @param action buy or sell
 * @param price the price per contract of {@code side}
 * @param qty contracts filled, positive
 * @param fee the fee charged for this fill, not negative
 * @param liquidity maker (resting) or taker
 */
public record Fill(
    TradeId tradeId,
    ClientOrderId clientOrderId,
    @Nullable VenueOrderId venueOrderId,
    IntentId intentId,
    StrategyId strategy,
    MarketTicker ticker,
    Venue venue,
    Side side,
    Action action,
    Price price,
    Qty qty,
    Money fee,
    Liquidity liquidity,
    long tsEvent,
    long tsInit)
    implements StrikeEvent {

  /** Validates presence, a positive size and a non-negative fee. */
  public Fill {
    Require.present(tradeId, "tradeId");
    Require.present(clientOrderId, "clientOrderId");
    Require.present(intentId, "intentId");
    Require.present(strategy, "strategy");
    Require.present(ticker, "ticker");
    Require.present(venue, "venue");
    Require.present(side, "side");
    Require.present(action, "action");
    Require.present(price, "price");
    Require.present(qty, "qty");
    Require.present(fee, "fee");
    Require.present(liquidity, "liquidity");
    if (qty.isZero()) {
      throw new IllegalArgumentException("a fill needs a positive quantity");
    }
    if (fee.isNegative()) {
      throw new IllegalArgumentException("a fee must not be negative, got " + fee);
    }
    Require.times(tsEvent, tsInit);
  }

  /** What the fill cost before fees (price × quantity), exact. */
  public Money notional() {
    return price.notional(qty);
  }
}
