package dev.strike.common.event;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import org.jspecify.annotations.Nullable;

/**
 * One open position inside a {@link PortfolioSnapshot}.
 *
 * @param side the outcome held
 * @param qty contracts held, positive
 * @param cost what the contracts cost including fees (the average cost is {@code cost / qty})
 * @param realizedPnl P&amp;L already realized in this market since the position opened
 * @param mark the latest mark of one contract of {@code side}, null when none was seen
 * @param highWaterMark the highest mark since the position opened, null when none was seen
 * @param openedAtNs when the position opened, epoch ns (0 when unknown)
 */
public record PositionSnapshot(MarketTicker ticker, EventTicker eventTicker, SeriesTicker seriesTicker, Side side,
    Qty qty, Money cost, Money realizedPnl, @Nullable Price mark, @Nullable Price highWaterMark,
    @JsonSetter(nulls = Nulls.AS_EMPTY) long openedAtNs) {

  /** A position without marks. */
  public PositionSnapshot(MarketTicker ticker, EventTicker eventTicker, SeriesTicker seriesTicker, Side side, Qty qty,
      Money cost, Money realizedPnl) {
    this(ticker, eventTicker, seriesTicker, side, qty, cost, realizedPnl, null, null, 0);
  }

  /** Validates presence and a positive size. */
  public PositionSnapshot {
    Require.present(ticker, "ticker");
    Require.present(eventTicker, "eventTicker");
    Require.present(seriesTicker, "seriesTicker");
    Require.present(side, "side");
    Require.present(qty, "qty");
    Require.present(cost, "cost");
    Require.present(realizedPnl, "realizedPnl");
    if (qty.isZero()) {
      throw new IllegalArgumentException("a position snapshot holds a positive quantity");
    }
    Require.timestamp(openedAtNs, "openedAtNs");
  }
}
