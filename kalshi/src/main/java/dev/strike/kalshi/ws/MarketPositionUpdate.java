package dev.strike.kalshi.ws;

import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Qty;
import org.jspecify.annotations.Nullable;

/**
 * A {@code market_position} message (private {@code market_positions} channel): our position in one market.
 *
 * @param ticker the market
 * @param userId our user id, or null
 * @param positionHundredths signed position in hundredths of a contract (positive = YES, negative = NO)
 * @param positionCost cost of the position, or null
 * @param realizedPnl realized profit and loss, or null
 * @param feesPaid fees paid, or null
 * @param positionFeeCost fees attributed to the open position, or null
 * @param volume contracts traded, or null
 * @param subaccount the subaccount, or -1 when not given
 * @param tsEvent the envelope's {@code sending_ts_ms} when present, else {@code tsInit}, epoch ns
 */
public record MarketPositionUpdate(MarketTicker ticker, @Nullable String userId, long positionHundredths,
    @Nullable Money positionCost, @Nullable Money realizedPnl, @Nullable Money feesPaid,
    @Nullable Money positionFeeCost, @Nullable Qty volume, int subaccount, long tsEvent, long tsInit)
    implements KalshiWsEvent {
  /** Validates presence and times. */
  public MarketPositionUpdate {
    Checks.present(ticker, "ticker");
    Checks.times(tsEvent, tsInit);
  }
}
