package dev.strike.execution.kalshi;

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
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One execution of one of our Kalshi orders, as the venue reported it (WebSocket {@code fill} or REST
 * {@code /portfolio/fills}), before it is attributed to an intent.
 *
 * @param clientOrderId our id of the order when the venue sent it (REST fills never carry it)
 * @param side the outcome the venue reports as traded
 * @param action buy or sell of {@code side}
 * @param price per contract of {@code side}
 * @param qty contracts, positive
 * @param fee exactly as Kalshi reported it
 * @param tsEvent venue time, epoch ns
 */
public record Execution(TradeId tradeId, VenueOrderId venueOrderId, @Nullable ClientOrderId clientOrderId,
    MarketTicker ticker, Side side, Action action, Price price, Qty qty, Money fee, Liquidity liquidity,
    long tsEvent) {

  /** Requires presence and a positive size. */
  public Execution {
    Objects.requireNonNull(tradeId, "tradeId");
    Objects.requireNonNull(venueOrderId, "venueOrderId");
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(qty, "qty");
    Objects.requireNonNull(fee, "fee");
    Objects.requireNonNull(liquidity, "liquidity");
    if (qty.isZero()) {
      throw new IllegalArgumentException("an execution needs a positive quantity");
    }
  }

  /**
   * This execution expressed on {@code target}: selling YES at p is buying NO at $1 − p, so when the venue reports
   * the other outcome the action flips and the price is complemented. Exact; no rounding.
   */
  public Execution on(Side target) {
    if (target == side) {
      return this;
    }
    Action flipped = action == Action.BUY ? Action.SELL : Action.BUY;
    return new Execution(tradeId, venueOrderId, clientOrderId, ticker, target, flipped, price.complement(), qty, fee,
        liquidity, tsEvent);
  }
}
