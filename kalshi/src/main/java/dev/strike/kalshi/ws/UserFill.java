package dev.strike.kalshi.ws;

import dev.strike.common.event.Action;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.Side;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.TradeId;
import dev.strike.common.id.VenueOrderId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import org.jspecify.annotations.Nullable;

/**
 * A {@code fill} message (private): one execution of one of our orders. Execution turns it into the domain
 * {@code Fill} once it has matched the order to its intent.
 *
 * @param tradeId the venue's trade id (shared with the public {@link TradePrint})
 * @param orderId the venue's order id
 * @param clientOrderId our id of the order, or null when the order had none
 * @param ticker the market
 * @param liquidity taker ({@code is_taker}) or maker
 * @param outcomeSide the outcome traded
 * @param bookSide bought ({@code bid}) or sold ({@code ask}) that outcome
 * @param yesPrice the price in YES terms
 * @param qty contracts filled, positive
 * @param fee the fee charged, not negative
 * @param postPositionHundredths our signed position in the market after this fill, hundredths of a contract
 *     (positive = YES); authoritative
 * @param subaccount the subaccount, or -1 when not given
 * @param tsEvent venue time ({@code ts_ms}), epoch ns
 */
public record UserFill(TradeId tradeId, VenueOrderId orderId, @Nullable ClientOrderId clientOrderId,
    MarketTicker ticker, Liquidity liquidity, Side outcomeSide, BookSide bookSide, Price yesPrice, Qty qty, Money fee,
    long postPositionHundredths, int subaccount, long tsEvent, long tsInit) implements KalshiWsEvent {

  /** Validates presence, a positive size, a non-negative fee and times. */
  public UserFill {
    Checks.present(tradeId, "tradeId");
    Checks.present(orderId, "orderId");
    Checks.present(ticker, "ticker");
    Checks.present(liquidity, "liquidity");
    Checks.present(outcomeSide, "outcomeSide");
    Checks.present(bookSide, "bookSide");
    Checks.present(yesPrice, "yesPrice");
    Checks.present(qty, "qty");
    Checks.present(fee, "fee");
    if (qty.isZero()) {
      throw new IllegalArgumentException("a fill needs a positive quantity");
    }
    if (fee.isNegative()) {
      throw new IllegalArgumentException("a fee must not be negative, got " + fee);
    }
    Checks.times(tsEvent, tsInit);
  }

  /** Buy or sell of {@link #outcomeSide()}. */
  public Action action() {
    return bookSide == BookSide.BID ? Action.BUY : Action.SELL;
  }

  /** The price per contract of {@link #outcomeSide()}. */
  public Price price() {
    return outcomeSide == Side.YES ? yesPrice : yesPrice.complement();
  }
}
