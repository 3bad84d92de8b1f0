package dev.strike.risk.core.exit;

import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeType;
import dev.strike.common.event.TopOfBook;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.common.money.Qty;
import dev.strike.risk.core.PositionView;
import java.math.BigDecimal;

/** Real records for the exit tests: one 15-minute market, positions in it and books over it. */
final class ExitFixtures {
  static final MarketTicker TICKER = MarketTicker.of("KXBTC15M-26AUG171330-30");
  static final EventTicker EVENT = EventTicker.of("KXBTC15M-26AUG171330");
  static final SeriesTicker SERIES = SeriesTicker.of("KXBTC15M");
  /** 2026-08-17 13:15 ET, epoch ns. */
  static final long OPEN_NS = 1_786_986_900_000_000_000L;
  static final long CLOSE_NS = OPEN_NS + 900_000_000_000L;
  /** Five minutes before close: no time exit under the defaults. */
  static final long MID_NS = CLOSE_NS - 300_000_000_000L;
  static final long SECOND_NS = 1_000_000_000L;

  private ExitFixtures() {}

  static MarketInfo market(PriceGrid grid) {
    return market(grid, MarketStatus.ACTIVE);
  }

  static MarketInfo market(PriceGrid grid, MarketStatus status) {
    return new MarketInfo(TICKER, EVENT, SERIES, "BTC price up in next 15 mins?", "Target Price: $63,485.16", status,
        StrikeType.GREATER_OR_EQUAL, new BigDecimal("63485.16"), null, OPEN_NS, CLOSE_NS, CLOSE_NS + 300 * SECOND_NS,
        grid, FeeType.QUADRATIC, BigDecimal.ONE, null, null, null, 0, OPEN_NS, OPEN_NS);
  }

  /** {@code contracts} of {@code side} bought at {@code averageCost} each (fees included), high-water as given. */
  static PositionView position(Side side, long contracts, String averageCost, String highWater) {
    Qty qty = Qty.ofContracts(contracts);
    Price cost = Price.parse(averageCost);
    return position(side, qty, cost.notional(qty), Price.parse(highWater));
  }

  static PositionView position(Side side, Qty qty, Money cost, Price highWater) {
    return new PositionView(TICKER, EVENT, SERIES, side, qty, cost, highWater, highWater, OPEN_NS);
  }

  /** A book whose best YES bid is {@code yesBid} (null: none) and best NO bid is {@code noBid} (null: none). */
  static TopOfBook book(String yesBid, String noBid) {
    return new TopOfBook(yesBid == null ? null : Price.parse(yesBid), yesBid == null ? Qty.ZERO : Qty.ofContracts(50),
        noBid == null ? null : Price.parse(noBid).complement(), noBid == null ? Qty.ZERO : Qty.ofContracts(50));
  }

  static TopOfBook yesBid(String yesBid) {
    return book(yesBid, null);
  }

  static TopOfBook noBid(String noBid) {
    return book(null, noBid);
  }
}
