package dev.strike.app.ledger.core;

import dev.strike.app.backtest.core.BacktestRecord;
import dev.strike.app.backtest.core.EquityPoint;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.AccountId;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Money;
import dev.strike.risk.core.portfolio.MarketBoard;
import dev.strike.risk.core.portfolio.Portfolio;
import dev.strike.risk.core.portfolio.TradingDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;

/**
 * The record the backtest report's {@code trades.csv} and {@code daily_pnl.csv} are written from, rebuilt from what a
 * running system left on its {@code trades} and {@code settlements} topics: fills and settlements in event-time order
 * (fills first on equal times), folded into the risk service's own {@link Portfolio} for the equity after each of
 * them. The topics carry no books, so an open position is valued at its last fill price, which is what the risk
 * service does before it sees a book; positions in these 15-minute and daily markets are settled within the day, so a
 * day's end equity is exact whenever nothing is open across midnight UTC. Pure; duplicate fills (a redelivery) count
 * once, as in the portfolio.
 */
public final class TopicLedger {
  private TopicLedger() {}

  /**
   * The record of {@code fills} and {@code settlements} (any order) for an account that started with
   * {@code startingCash}.
   */
  public static BacktestRecord of(AccountId account, Money startingCash, List<Fill> fills,
      List<MarketSettled> settlements) {
    List<StrikeEvent> events = new ArrayList<>(fills.size() + settlements.size());
    events.addAll(fills);
    events.addAll(settlements);
    events.sort(Comparator.comparingLong(StrikeEvent::tsEvent)
        .thenComparingInt(e -> e instanceof Fill ? 0 : 1));
    Portfolio portfolio = new Portfolio(account, startingCash, new MarketBoard(), TradingDay.UTC_MIDNIGHT,
        1); // no approvals pass through a ledger: their timeout never applies
    List<Fill> keptFills = new ArrayList<>();
    List<MarketSettled> keptSettlements = new ArrayList<>();
    TreeMap<MarketTicker, MarketResult> results = new TreeMap<>();
    List<EquityPoint> equity = new ArrayList<>();
    java.util.Set<String> trades = new java.util.HashSet<>();
    for (StrikeEvent event : events) {
      if (event instanceof Fill fill) {
        if (!trades.add(fill.tradeId().value())) {
          continue;
        }
        portfolio.onFill(fill);
        keptFills.add(fill);
      } else {
        MarketSettled settled = (MarketSettled) event;
        portfolio.onSettled(settled);
        keptSettlements.add(settled);
        results.put(settled.ticker(), settled.result());
      }
      equity.add(new EquityPoint(event.tsEvent(), portfolio.equity(), portfolio.totalExposure(),
          portfolio.realizedPnl(), portfolio.fees()));
    }
    long start = events.isEmpty() ? 0 : events.get(0).tsEvent();
    long end = events.isEmpty() ? 0 : events.get(events.size() - 1).tsEvent();
    return new BacktestRecord("ledger", startingCash, keptFills, keptSettlements, List.of(), List.of(), results,
        equity, 0, start, end);
  }
}
