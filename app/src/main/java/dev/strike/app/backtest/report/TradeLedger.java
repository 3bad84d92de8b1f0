package dev.strike.app.backtest.report;

import dev.strike.app.backtest.report.BacktestReport.RoundTrip;
import dev.strike.common.event.Action;
import dev.strike.common.event.Fill;
import dev.strike.common.event.Liquidity;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.Side;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.Qty;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Folds our fills and settlements, in the order they happened, into FIFO lots per market, round trips and the
 * per-strategy and per-market totals of the report. All amounts are micro-dollars, quantities hundredths of a
 * contract, exact and checked.
 *
 * <p>Like the risk portfolio, every fill is normalised to a buy: selling {@code q} contracts of a side at {@code p}
 * is buying {@code q} of the other side at {@code $1 − p}, and a bought contract nets against a held contract of
 * the other side for $1. A market therefore holds one side at a time, as a queue of lots (strategy, contracts,
 * cost with the entry fee). A fill of the other side closes lots first in, first out; a settlement closes them all
 * at the venue's payout. The P&amp;L of a closed part of a lot (its share of the $1 netting or of the payout, minus
 * its share of the closing price and of the closing or settlement fee, minus its share of the lot's cost) goes to
 * the strategy that bought the lot. Shares of an amount split by quantity are allotted cumulatively
 * ({@code floor(total × upTo / all) − floor(total × before / all)}), so the parts always add up to the whole.
 *
 * <p>Not thread-safe; used once per report.
 */
final class TradeLedger {
  /** Row label for settlement P&amp;L of a market in which the record holds no lots (a position older than the run). */
  static final String UNATTRIBUTED = "(unattributed)";

  static final class StrategyTotals {
    long fills;
    long contracts;
    long fees;
    long realized;
  }

  static final class MarketTotals {
    long fills;
    long contracts;
    long fees;
    long realized;
    long roundTrips;
  }

  private static final class Lot {
    final String strategy;
    long qty;
    long cost;

    Lot(String strategy, long qty, long cost) {
      this.strategy = strategy;
      this.qty = qty;
      this.cost = cost;
    }
  }

  private static final class Book {
    Side side;
    final ArrayDeque<Lot> lots = new ArrayDeque<>();
    long tripPnl;
    long tripOpenedNs;
    long tripContracts;
    String tripStrategy;

    long heldQty() {
      long total = 0;
      for (Lot lot : lots) {
        total += lot.qty;
      }
      return total;
    }
  }

  private final TreeMap<MarketTicker, Book> books = new TreeMap<>();
  final TreeMap<String, StrategyTotals> strategies = new TreeMap<>();
  final TreeMap<MarketTicker, MarketTotals> markets = new TreeMap<>();
  final List<RoundTrip> roundTrips = new ArrayList<>();
  long fills;
  long contracts;
  long makerContracts;
  long fees;
  long realized;

  void onFill(Fill fill) {
    String strategy = fill.strategy().value();
    long qty = fill.qty().hundredths();
    long fee = fill.fee().micros();
    fills++;
    contracts = Math.addExact(contracts, qty);
    if (fill.liquidity() == Liquidity.MAKER) {
      makerContracts = Math.addExact(makerContracts, qty);
    }
    fees = Math.addExact(fees, fee);
    StrategyTotals byStrategy = strategies.computeIfAbsent(strategy, s -> new StrategyTotals());
    byStrategy.fills++;
    byStrategy.contracts = Math.addExact(byStrategy.contracts, qty);
    byStrategy.fees = Math.addExact(byStrategy.fees, fee);
    MarketTotals byMarket = markets.computeIfAbsent(fill.ticker(), t -> new MarketTotals());
    byMarket.fills++;
    byMarket.contracts = Math.addExact(byMarket.contracts, qty);
    byMarket.fees = Math.addExact(byMarket.fees, fee);

    boolean buy = fill.action() == Action.BUY;
    Side side = buy ? fill.side() : fill.side().opposite();
    Price price = buy ? fill.price() : fill.price().complement();
    long pay = price.notional(fill.qty(), RoundingMode.UP).micros();
    Book book = books.computeIfAbsent(fill.ticker(), t -> new Book());

    long closeQty = book.lots.isEmpty() || book.side == side ? 0 : Math.min(qty, book.heldQty());
    long closed = 0;
    while (closed < closeQty) {
      Lot lot = book.lots.peekFirst();
      long take = Math.min(lot.qty, closeQty - closed);
      long netted = Price.ONE.notional(Qty.ofHundredths(take)).micros();
      long payPart = allot(pay, closed, closed + take, qty);
      long feePart = allot(fee, closed, closed + take, qty);
      long costPart = take == lot.qty ? lot.cost : Math.multiplyExact(lot.cost, take) / lot.qty;
      lot.qty -= take;
      lot.cost -= costPart;
      if (lot.qty == 0) {
        book.lots.removeFirst();
      }
      realize(book, fill.ticker(), lot.strategy, netted - payPart - feePart - costPart);
      closed += take;
    }
    if (closeQty > 0 && book.lots.isEmpty()) {
      closeTrip(book, fill.ticker(), fill.tsEvent(), "sell");
    }
    long openQty = qty - closeQty;
    if (openQty > 0) {
      if (book.lots.isEmpty()) {
        book.side = side;
        book.tripPnl = 0;
        book.tripOpenedNs = fill.tsEvent();
        book.tripContracts = 0;
        book.tripStrategy = strategy;
      }
      long cost = Math.addExact(allot(pay, closeQty, qty, qty), allot(fee, closeQty, qty, qty));
      book.lots.addLast(new Lot(strategy, openQty, cost));
      book.tripContracts = Math.addExact(book.tripContracts, openQty);
    }
  }

  void onSettled(MarketSettled settled) {
    long fee = settled.fee().micros();
    long payout = settled.payout().micros();
    long net = payout - fee;
    fees = Math.addExact(fees, fee);
    MarketTotals byMarket = markets.computeIfAbsent(settled.ticker(), t -> new MarketTotals());
    byMarket.fees = Math.addExact(byMarket.fees, fee);
    Book book = books.computeIfAbsent(settled.ticker(), t -> new Book());
    long held = book.heldQty();
    if (held == 0) {
      if (net != 0 || fee != 0) {
        StrategyTotals none = strategies.computeIfAbsent(UNATTRIBUTED, s -> new StrategyTotals());
        none.fees = Math.addExact(none.fees, fee);
        none.realized = Math.addExact(none.realized, net);
        byMarket.realized = Math.addExact(byMarket.realized, net);
        realized = Math.addExact(realized, net);
      }
      return;
    }
    long before = 0;
    while (!book.lots.isEmpty()) {
      Lot lot = book.lots.removeFirst();
      long upTo = before + lot.qty;
      long netPart = allot(net, before, upTo, held);
      long feePart = allot(fee, before, upTo, held);
      StrategyTotals owner = strategies.computeIfAbsent(lot.strategy, s -> new StrategyTotals());
      owner.fees = Math.addExact(owner.fees, feePart);
      realize(book, settled.ticker(), lot.strategy, netPart - lot.cost);
      before = upTo;
    }
    closeTrip(book, settled.ticker(), settled.tsEvent(), "settlement");
  }

  /** Lots still open at the end, as the number of markets with a position. */
  long openPositions() {
    long open = 0;
    for (Book book : books.values()) {
      if (!book.lots.isEmpty()) {
        open++;
      }
    }
    return open;
  }

  /** The contracts still held in {@code ticker}, zero when flat. */
  Qty heldQty(MarketTicker ticker) {
    Book book = books.get(ticker);
    return book == null ? Qty.ZERO : Qty.ofHundredths(book.heldQty());
  }

  private void realize(Book book, MarketTicker ticker, String strategy, long pnl) {
    realized = Math.addExact(realized, pnl);
    book.tripPnl = Math.addExact(book.tripPnl, pnl);
    StrategyTotals owner = strategies.computeIfAbsent(strategy, s -> new StrategyTotals());
    owner.realized = Math.addExact(owner.realized, pnl);
    MarketTotals byMarket = markets.computeIfAbsent(ticker, t -> new MarketTotals());
    byMarket.realized = Math.addExact(byMarket.realized, pnl);
  }

  private void closeTrip(Book book, MarketTicker ticker, long closedNs, String closedBy) {
    roundTrips.add(new RoundTrip(ticker, book.tripStrategy, book.side, Qty.ofHundredths(book.tripContracts),
        Money.ofMicros(book.tripPnl), book.tripOpenedNs, closedNs, closedBy));
    markets.get(ticker).roundTrips++;
    book.tripPnl = 0;
    book.tripContracts = 0;
  }

  /** The part of {@code total} that falls on quantities {@code (before, upTo]} of {@code all}, allotted cumulatively. */
  static long allot(long total, long before, long upTo, long all) {
    if (all == 0) {
      return 0;
    }
    return Math.floorDiv(Math.multiplyExact(total, upTo), all) - Math.floorDiv(Math.multiplyExact(total, before), all);
  }
}
