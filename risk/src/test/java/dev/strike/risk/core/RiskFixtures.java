package dev.strike.risk.core;

import dev.strike.common.event.Action;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.StrikeType;
import dev.strike.common.event.Venue;
import dev.strike.common.id.AccountId;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StableHash;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.TradeId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Real events for the risk core's tests: one 15-minute BTC event with a few markets. */
public final class RiskFixtures {
  public static final AccountId ACCOUNT = AccountId.of("paper");
  public static final SeriesTicker SERIES = SeriesTicker.of("KXBTC15M");
  public static final EventTicker EVENT = EventTicker.of("KXBTC15M-26AUG171330");
  public static final MarketTicker TICKER = MarketTicker.of("KXBTC15M-26AUG171330-30");
  public static final StrategyId STRATEGY = StrategyId.of("fair-value-edge");
  /** 13:15:00 New York on 2026-08-17, as epoch ns: the market opens. */
  public static final long OPEN_NS = 1_786_986_900_000_000_000L;
  /** 13:30:00 New York: the market closes. */
  public static final long CLOSE_NS = 1_786_987_800_000_000_000L;

  private RiskFixtures() {}

  /** An open market of the event with suffix {@code suffix}. */
  public static MarketInfo market(String suffix) {
    return market(MarketTicker.of(EVENT.value() + "-" + suffix), MarketStatus.ACTIVE);
  }

  /** {@code ticker} with {@code status}, closing at {@link #CLOSE_NS}, quadratic fees. */
  public static MarketInfo market(MarketTicker ticker, MarketStatus status) {
    String value = ticker.value();
    EventTicker event = EventTicker.of(value.substring(0, value.lastIndexOf('-')));
    SeriesTicker series = SeriesTicker.of(value.substring(0, value.indexOf('-')));
    return new MarketInfo(ticker, event, series, "BTC price up in next 15 mins?", "Target Price: $63,485.16", status,
        StrikeType.GREATER_OR_EQUAL, new BigDecimal("63485.16"), null, OPEN_NS, CLOSE_NS, CLOSE_NS + 300_000_000_000L,
        PriceGrid.LINEAR_CENT, FeeType.QUADRATIC, BigDecimal.ONE, null, null, null, 0, OPEN_NS, OPEN_NS);
  }

  /** A book with one YES bid and one NO bid level (prices in dollars, sizes in contracts). */
  public static BookSnapshot book(MarketTicker ticker, String yesBid, String noBid, long tsNs) {
    List<BookLevel> yes = new ArrayList<>();
    List<BookLevel> no = new ArrayList<>();
    if (yesBid != null) {
      yes.add(new BookLevel(Price.parse(yesBid), Qty.ofContracts(100)));
    }
    if (noBid != null) {
      no.add(new BookLevel(Price.parse(noBid), Qty.ofContracts(100)));
    }
    return new BookSnapshot(ticker, 1, 1, yes, no, tsNs, tsNs);
  }

  /** Our fill: {@code contracts} of {@code side} at {@code price} dollars with {@code fee} dollars. */
  public static Fill fill(String tradeId, MarketTicker ticker, Side side, Action action, String price,
      long contracts, String fee, long tsNs) {
    IntentId intent = IntentId.derive(SignalId.of(StableHash.hex128("signal", tradeId)), tradeId);
    return new Fill(TradeId.of(tradeId), ClientOrderId.forIntent(intent), null, intent, STRATEGY, ticker, Venue.PAPER,
        side, action, Price.parse(price), Qty.ofContracts(contracts), Money.parse(fee), Liquidity.TAKER, tsNs, tsNs);
  }

  /** The settlement of {@code ticker} paying {@code payout} dollars for our {@code yes}/{@code no} contracts. */
  public static MarketSettled settled(MarketTicker ticker, MarketResult result, long yes, long no, String payout,
      long tsNs) {
    return new MarketSettled(ticker, ACCOUNT, Venue.PAPER, result, result == MarketResult.YES ? Price.ONE : Price.ZERO,
        Qty.ofContracts(yes), Qty.ofContracts(no), Money.parse(payout), Money.ZERO, tsNs, tsNs);
  }

  /** An entry signal: buy {@code side} of {@code ticker} at {@code limit} with probability {@code p}. */
  public static Signal entry(String id, MarketTicker ticker, Side side, double p, String limit, String edge,
      long tsNs) {
    return new Signal(SignalId.of(StableHash.hex128("signal", id)), STRATEGY, ticker, SignalKind.ENTRY, side,
        Action.BUY, p, Price.parse(limit), Money.parse(edge), 0.9, Price.parse(limit), 30_000_000_000L,
        "test entry " + id, new TreeMap<>(), tsNs, tsNs);
  }
}
