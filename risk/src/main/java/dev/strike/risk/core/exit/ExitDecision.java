package dev.strike.risk.core.exit;

import dev.strike.common.event.Side;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.util.Objects;

/**
 * An instruction to sell a whole position now, as an immediate-or-cancel order: sell {@code qty} contracts of
 * {@code side} in {@code ticker} at {@code limitPrice} or better. Immutable; no field is null.
 *
 * @param ticker the market
 * @param side the outcome held, and so the outcome sold
 * @param qty the whole position, hundredths of a contract, positive
 * @param limitPrice the lowest price of one {@code side} contract to accept, micro-dollars: the held side's best bid
 *     minus {@link ExitRules#exitSlippage()}, rounded down onto the market's grid, tradable (strictly between $0
 *     and $1) and never above that best bid
 * @param reason the rule that fired (the first by {@link ExitReason}'s order when several did)
 * @param detail one human line with the numbers the rule compared: mark, average cost, high-water mark, threshold,
 *     time to close
 */
public record ExitDecision(MarketTicker ticker, Side side, Qty qty, Price limitPrice, ExitReason reason,
    String detail) {

  /** Validates presence, a positive quantity and a price an order may carry. */
  public ExitDecision {
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(qty, "qty");
    Objects.requireNonNull(limitPrice, "limitPrice");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
    if (qty.isZero()) {
      throw new IllegalArgumentException("an exit must sell a positive quantity, got " + qty);
    }
    if (limitPrice.micros() <= 0 || limitPrice.micros() >= Price.MICROS_PER_DOLLAR) {
      throw new IllegalArgumentException("an exit limit price must be strictly between $0 and $1, got " + limitPrice);
    }
  }
}
