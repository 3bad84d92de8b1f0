package dev.strike.execution.core.paper;

import dev.strike.common.event.Action;
import dev.strike.common.event.BookDelta;
import dev.strike.common.event.BookLevel;
import dev.strike.common.event.BookSnapshot;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.OrderIntent;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.StrikeType;
import dev.strike.common.event.TimeInForce;
import dev.strike.common.id.ClientOrderId;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.IntentId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StrategyId;
import dev.strike.common.id.TradeId;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.common.money.Qty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Markets, books, trades and intents for the paper exchange tests. Prices in cents, sizes in contracts. */
final class PaperFixtures {
  static final long MS = 1_000_000L;
  static final long T0 = 1_786_986_000_000_000_000L;
  static final long CLOSE = T0 + 900_000 * MS;
  static final MarketTicker TICKER = MarketTicker.of("KXBTC15M-26AUG171330-30");
  static final StrategyId STRATEGY = StrategyId.of("fair-value-edge");

  private static int intents;
  private static int trades;

  private PaperFixtures() {}

  static MarketInfo market(MarketStatus status, FeeType feeType, String multiplier, MarketResult result,
      Price settlementValue, long ts) {
    return new MarketInfo(TICKER, EventTicker.of("KXBTC15M-26AUG171330"), SeriesTicker.of("KXBTC15M"),
        "BTC price up in next 15 mins?", "Target Price: $63,485.16", status, StrikeType.GREATER_OR_EQUAL,
        new BigDecimal("63485.16"), null, T0 - 1_000 * MS, CLOSE, CLOSE + 60_000 * MS, PriceGrid.LINEAR_CENT,
        feeType, new BigDecimal(multiplier), result, settlementValue, null, 0, ts, ts);
  }

  static MarketInfo activeMarket() {
    return market(MarketStatus.ACTIVE, FeeType.QUADRATIC, "1", null, null, T0);
  }

  static MarketInfo activeMarket(FeeType feeType) {
    return market(MarketStatus.ACTIVE, feeType, "1", null, null, T0);
  }

  static MarketInfo settled(MarketResult result, Price value, long ts) {
    return market(MarketStatus.DETERMINED, FeeType.QUADRATIC, "1", result, value, ts);
  }

  /** Levels as alternating cents and contracts: {@code levels(40, 10, 41, 5)}. */
  static List<BookLevel> levels(long... centsAndContracts) {
    List<BookLevel> out = new ArrayList<>();
    for (int i = 0; i < centsAndContracts.length; i += 2) {
      out.add(new BookLevel(Price.ofCents(centsAndContracts[i]), Qty.ofContracts(centsAndContracts[i + 1])));
    }
    return out;
  }

  static BookSnapshot snapshot(List<BookLevel> yes, List<BookLevel> no, long ts) {
    return new BookSnapshot(TICKER, 1, 1, yes, no, ts, ts);
  }

  static BookDelta delta(Side side, long cents, long deltaContracts, long ts) {
    return new BookDelta(TICKER, 1, 2, side, Price.ofCents(cents), deltaContracts * 100, null, ts, ts);
  }

  static MarketTrade trade(Side takerSide, long yesCents, long contracts, long ts) {
    return new MarketTrade(TradeId.of("t-" + (++trades)), TICKER, Price.ofCents(yesCents),
        Qty.ofContracts(contracts), takerSide, false, ts, ts);
  }

  static OrderIntent intent(Side side, Action action, long cents, long contracts, TimeInForce tif) {
    return intent(side, action, cents, contracts, tif, false, 0);
  }

  static OrderIntent intent(Side side, Action action, long cents, long contracts, TimeInForce tif, boolean postOnly,
      long expiresAtNs) {
    IntentId id = IntentId.of("intent-" + (++intents));
    return new OrderIntent(id, ClientOrderId.forIntent(id), SignalId.of("signal-" + intents), STRATEGY, TICKER,
        side, action, Price.ofCents(cents), Qty.ofContracts(contracts), tif, postOnly, false, expiresAtNs);
  }

  /** An exchange with no latency, the active market and the given book at {@code T0}. */
  static PaperExchange exchangeWith(List<BookLevel> yes, List<BookLevel> no) {
    return exchangeWith(LatencyModel.ZERO, yes, no);
  }

  static PaperExchange exchangeWith(LatencyModel latency, List<BookLevel> yes, List<BookLevel> no) {
    PaperExchange exchange = new PaperExchange(PaperSettings.of(latency));
    exchange.onMarketData(activeMarket());
    exchange.onMarketData(snapshot(yes, no, T0));
    return exchange;
  }

  static <T extends StrikeEvent> List<T> only(Class<T> type, List<StrikeEvent> events) {
    List<T> out = new ArrayList<>();
    for (StrikeEvent event : events) {
      if (type.isInstance(event)) {
        out.add(type.cast(event));
      }
    }
    return out;
  }
}
