package dev.strike.risk.core;

import dev.strike.common.event.Side;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;

/**
 * One open position as the risk core sees it: the contracts held on one side of one market.
 *
 * @param side the outcome held (a market holds YES or NO, never both: opposite buys net against each other)
 * @param qty contracts held, positive
 * @param cost what the held contracts cost, entry fees included (average cost = {@code cost / qty})
 * @param mark the latest mark of one contract of {@code side} (its best bid; the average cost until a book is seen)
 * @param highWaterMark the highest mark seen since the position opened (for trailing stops)
 * @param openedAtNs when the position opened, epoch ns (event time)
 */
public record PositionView(MarketTicker ticker, EventTicker event, SeriesTicker series, Side side, Qty qty, Money cost,
    Price mark, Price highWaterMark, long openedAtNs) {

  /** What the position would fetch at its mark, before fees (micro-dollars, rounded down). */
  public Money markValue() {
    return mark.notional(qty, java.math.RoundingMode.DOWN);
  }

  /** Mark value minus cost. */
  public Money unrealizedPnl() {
    return markValue().minus(cost);
  }

  /** The average cost of one contract, fees included, rounded up to the micro-dollar. */
  public Price averageCost() {
    long perHundredth = Math.floorDiv(Math.addExact(Math.multiplyExact(cost.micros(), 100L), qty.hundredths() - 1),
        qty.hundredths());
    return Price.ofMicros(Math.min(Price.ONE.micros(), Math.max(0, perHundredth)));
  }
}
