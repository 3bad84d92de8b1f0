package dev.strike.signals.core;

import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Test markets and books for the signals core. */
public final class Markets {
  /** 2026-08-17 13:15 ET open of the sample 15-minute market, epoch ns. */
  public static final long OPEN_NS = 1_786_986_900_000_000_000L;
  /** Its close, 15 minutes later. */
  public static final long CLOSE_NS = OPEN_NS + 900_000_000_000L;

  private Markets() {}

  /** An open KXBTC15M market at {@code floor}, closing at {@link #CLOSE_NS}, tapered deci-cent grid, quadratic fees. */
  public static MarketInfo upDown(String ticker, String floor) {
    return market(ticker, StrikeType.GREATER_OR_EQUAL, new BigDecimal(floor), null, PriceGrid.TAPERED_DECI_CENT);
  }

  /** An open market of series KXBTC15M with any strike type and grid. */
  public static MarketInfo market(String ticker, StrikeType type, BigDecimal floor, BigDecimal cap, PriceGrid grid) {
    MarketTicker t = MarketTicker.of(ticker);
    String event = ticker.substring(0, ticker.lastIndexOf('-'));
    String series = ticker.substring(0, ticker.indexOf('-'));
    return new MarketInfo(t, EventTicker.of(event), SeriesTicker.of(series), "BTC price up in next 15 mins?", "",
        MarketStatus.ACTIVE, type, floor, cap, OPEN_NS, CLOSE_NS, CLOSE_NS + 300_000_000_000L, grid,
        FeeType.QUADRATIC, BigDecimal.ONE, null, null, null, 0, OPEN_NS, OPEN_NS);
  }

  /**
   * A snapshot with a single level on each side: YES bid {@code yesBid} and NO bid {@code noBid} (dollar strings),
   * 100 contracts each; the YES ask is 1 − noBid.
   */
  public static BookSnapshot book(MarketInfo market, String yesBid, String noBid, long tsNs) {
    List<BookLevel> yes = new ArrayList<>();
    List<BookLevel> no = new ArrayList<>();
    if (yesBid != null) {
      yes.add(new BookLevel(Price.parse(yesBid), Qty.ofContracts(100)));
    }
    if (noBid != null) {
      no.add(new BookLevel(Price.parse(noBid), Qty.ofContracts(100)));
    }
    return new BookSnapshot(market.ticker(), 1, 1, yes, no, tsNs, tsNs + 1_000);
  }
}
