package dev.strike.app.backtest.report;

import dev.strike.app.backtest.core.BacktestRecord;
import dev.strike.app.backtest.core.EquityPoint;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.OrderApproved;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.Signal;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Money;
import dev.strike.common.money.Qty;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one backtest run, computed from its {@link BacktestRecord} by {@link #of(BacktestRecord)}: a pure
 * function, same record, same report. Money is exact ({@link Money} micro-dollars, {@link Qty} hundredths of a
 * contract); {@code double} is used only for ratios and statistics (return, win rate, shares, Sharpe, Sortino,
 * Brier). Times are epoch nanoseconds of event time; days are UTC dates.
 *
 * <p><b>Round trip.</b> Per market, a position that opens from flat and goes back to flat, either by fills of the
 * other side (a sell, or a buy of the opposite outcome, which Kalshi nets for $1 a pair) or by the market's
 * settlement. Its P&amp;L is everything realized while it was open, entry, exit and settlement fees included. A fill
 * that flips a position closes one round trip and opens the next. Positions still open at the end are not round
 * trips; they are counted in {@link Trading#openPositions()}.
 *
 * <p><b>Attribution.</b> Lots are closed first in, first out, and the P&amp;L of a closed lot (including a
 * settlement's payout and fee) goes to the strategy that bought it; a strategy's fees are the fees of its own fills
 * plus its lots' share (by contracts) of settlement fees. See {@link TradeLedger}.
 *
 * @param runId the run's id
 * @param startNs event time of the first input, epoch ns
 * @param endNs event time of the last input, epoch ns
 * @param inputEvents market-data events read
 * @param summary account-level result
 * @param trading fills, round trips and signals
 * @param risk exposure, drawdown, Sharpe and Sortino
 * @param calibration Brier score of the signals' probabilities
 * @param strategies one row per strategy, by name
 * @param markets one row per market we traded or that settled a position of ours, by ticker
 * @param roundTrips every closed round trip, in the order they closed
 * @param days one row per UTC date with an equity point, a fill or a settlement, in date order
 */
public record BacktestReport(String runId, long startNs, long endNs, long inputEvents, Summary summary,
    Trading trading, Risk risk, Calibration calibration, List<StrategyRow> strategies, List<MarketRow> markets,
    List<RoundTrip> roundTrips, List<DailyRow> days) {

  /** Validates presence and copies the lists. */
  public BacktestReport {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(trading, "trading");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(calibration, "calibration");
    strategies = List.copyOf(strategies);
    markets = List.copyOf(markets);
    roundTrips = List.copyOf(roundTrips);
    days = List.copyOf(days);
  }

  /**
   * The account's result.
   *
   * @param startingCash cash before the first event
   * @param finalEquity equity of the last equity point (the starting cash when there is none)
   * @param pnl final equity minus starting cash
   * @param totalReturn {@code finalEquity / startingCash − 1}; 0 when the starting cash is not positive
   * @param realizedPnl P&amp;L of closed lots (sells and settlements), fees included, from the fills and settlements
   * @param unrealizedPnl {@code pnl − realizedPnl}: what open positions are marked at over their cost
   * @param fees every fill and settlement fee
   */
  public record Summary(Money startingCash, Money finalEquity, Money pnl, double totalReturn, Money realizedPnl,
      Money unrealizedPnl, Money fees) {}

  /**
   * Trading activity.
   *
   * @param fills number of our fills
   * @param contracts contracts filled, buys and sells
   * @param makerContracts contracts filled as maker
   * @param makerShare {@code makerContracts / contracts}; 0 without fills
   * @param roundTrips closed round trips
   * @param winningRoundTrips round trips with a positive P&amp;L
   * @param winRate {@code winningRoundTrips / roundTrips}; 0 without round trips
   * @param averageRoundTrip mean round-trip P&amp;L, rounded half-even to a micro-dollar; 0 without round trips
   * @param bestRoundTrip highest round-trip P&amp;L; 0 without round trips
   * @param worstRoundTrip lowest round-trip P&amp;L; 0 without round trips
   * @param openPositions markets still held at the end
   * @param signals signals emitted
   * @param approved signals the risk gate approved
   * @param denied signals the risk gate denied
   */
  public record Trading(long fills, Qty contracts, Qty makerContracts, double makerShare, long roundTrips,
      long winningRoundTrips, double winRate, Money averageRoundTrip, Money bestRoundTrip, Money worstRoundTrip,
      long openPositions, long signals, long approved, long denied) {}

  /**
   * Exposure, drawdown and risk-adjusted return, from the equity curve.
   *
   * @param maxExposure highest {@link EquityPoint#exposure()}
   * @param averageExposure mean exposure over the points, rounded half-even to a micro-dollar
   * @param maxDrawdown deepest fall of equity below its running peak (which starts at the starting cash), positive
   * @param maxDrawdownPct deepest fall as a share of the peak it fell from (taken separately from the dollars)
   * @param sharpe annualised Sharpe ratio of the returns between consecutive points, risk-free rate 0
   * @param sortino annualised Sortino ratio of the same returns, target 0
   * @param returns number of returns the ratios use; with fewer than two, both ratios are 0
   * @param returnPeriodSeconds the median spacing of the points, the period of one return
   * @param annualisation the factor both ratios were multiplied by: {@code sqrt(365 days / period)}
   */
  public record Risk(Money maxExposure, Money averageExposure, Money maxDrawdown, double maxDrawdownPct,
      double sharpe, double sortino, int returns, double returnPeriodSeconds, double annualisation) {}

  /**
   * How well the signals' probabilities predicted outcomes.
   *
   * @param brier mean of {@code (modelProbability − won)²} over the signals whose market resolved YES or NO, where
   *     {@code won} is 1 when the signalled side is the result; 0 when there are none
   * @param signals how many signals the score is over (scalar and unresolved markets are left out)
   */
  public record Calibration(double brier, long signals) {}

  /**
   * One strategy's figures.
   *
   * @param strategy the strategy id ({@value TradeLedger#UNATTRIBUTED} for settlement P&amp;L of positions the record
   *     has no fills for)
   * @param fills its fills
   * @param contracts contracts it filled
   * @param fees fees of its fills plus its share of settlement fees
   * @param realizedPnl realized P&amp;L of the lots it bought
   * @param signals signals it emitted
   */
  public record StrategyRow(String strategy, long fills, Qty contracts, Money fees, Money realizedPnl,
      long signals) {}

  /**
   * One market's figures.
   *
   * @param ticker the market
   * @param fills our fills in it
   * @param contracts contracts filled
   * @param fees fill and settlement fees
   * @param pnl realized P&amp;L in it
   * @param roundTrips round trips closed in it
   * @param openQty contracts still held at the end
   * @param result how it resolved, null when it did not resolve in the data
   */
  public record MarketRow(MarketTicker ticker, long fills, Qty contracts, Money fees, Money pnl, long roundTrips,
      Qty openQty, @Nullable MarketResult result) {}

  /**
   * One closed round trip.
   *
   * @param ticker the market
   * @param strategy the strategy of the fill that opened it
   * @param side the side held
   * @param contracts contracts opened during the trip
   * @param pnl realized P&amp;L, fees included
   * @param openedNs event time of the opening fill
   * @param closedNs event time of the fill or settlement that closed it
   * @param closedBy {@code "sell"} (fills of the other side) or {@code "settlement"}
   */
  public record RoundTrip(MarketTicker ticker, String strategy, Side side, Qty contracts, Money pnl, long openedNs,
      long closedNs, String closedBy) {
    /** Whether it made money. */
    public boolean won() {
      return pnl.isPositive();
    }
  }

  /**
   * One UTC day.
   *
   * @param date the UTC date
   * @param startEquity equity at the end of the previous day (the starting cash on the first day)
   * @param endEquity equity of the day's last point (the start equity when the day has none)
   * @param pnl {@code endEquity − startEquity}
   * @param fees fees of the day's fills and settlements
   * @param fills the day's fills
   * @param roundTrips round trips closed that day
   */
  public record DailyRow(LocalDate date, Money startEquity, Money endEquity, Money pnl, Money fees, long fills,
      long roundTrips) {}

  /** Computes the report of {@code record}. */
  public static BacktestReport of(BacktestRecord record) {
    TradeLedger ledger = new TradeLedger();
    for (StrikeEvent event : ReportEvents.merged(record)) {
      if (event instanceof Fill fill) {
        ledger.onFill(fill);
      } else {
        ledger.onSettled((MarketSettled) event);
      }
    }
    List<EquityPoint> equity = record.equity();
    Money startingCash = record.startingCash();
    Money finalEquity = equity.isEmpty() ? startingCash : equity.get(equity.size() - 1).equity();
    Money pnl = finalEquity.minus(startingCash);
    double totalReturn = startingCash.isPositive() ? (double) pnl.micros() / startingCash.micros() : 0;
    Money realized = Money.ofMicros(ledger.realized);
    Summary summary = new Summary(startingCash, finalEquity, pnl, totalReturn, realized, pnl.minus(realized),
        Money.ofMicros(ledger.fees));

    TripStats tripStats = TripStats.of(ledger.roundTrips);
    long trips = tripStats.trips();
    long approved = record.decisions().stream().filter(d -> d instanceof OrderApproved).count();
    Trading trading = new Trading(ledger.fills, Qty.ofHundredths(ledger.contracts),
        Qty.ofHundredths(ledger.makerContracts),
        ledger.contracts == 0 ? 0 : (double) ledger.makerContracts / ledger.contracts, trips, tripStats.wins(),
        tripStats.winRate(), tripStats.average(), tripStats.best(), tripStats.worst(), ledger.openPositions(),
        record.signals().size(), approved, record.decisions().size() - approved);

    EquityStats.Risk drawdown = EquityStats.risk(startingCash, equity);
    EquityStats.Ratios ratios = EquityStats.ratios(equity);
    Risk risk = new Risk(drawdown.maxExposure(), drawdown.averageExposure(), drawdown.maxDrawdown(),
        drawdown.maxDrawdownPct(), ratios.sharpe(), ratios.sortino(), ratios.returns(), ratios.periodSeconds(),
        ratios.annualisation());

    return new BacktestReport(record.runId(), record.startNs(), record.endNs(), record.inputEvents(), summary,
        trading, risk, calibration(record), strategyRows(record, ledger), marketRows(record, ledger),
        ledger.roundTrips, days(record, ledger.roundTrips));
  }

  private static Calibration calibration(BacktestRecord record) {
    double squares = 0;
    long count = 0;
    for (Signal signal : record.signals()) {
      MarketResult result = record.resultOf(signal.ticker());
      if (result != MarketResult.YES && result != MarketResult.NO) {
        continue;
      }
      boolean won = (signal.side() == Side.YES) == (result == MarketResult.YES);
      double error = signal.modelProbability() - (won ? 1 : 0);
      squares += error * error;
      count++;
    }
    return new Calibration(count == 0 ? 0 : squares / count, count);
  }

  private static List<StrategyRow> strategyRows(BacktestRecord record, TradeLedger ledger) {
    TreeMap<String, Long> signals = new TreeMap<>();
    for (Signal signal : record.signals()) {
      signals.merge(signal.strategy().value(), 1L, Long::sum);
    }
    TreeMap<String, StrategyRow> rows = new TreeMap<>();
    for (Map.Entry<String, TradeLedger.StrategyTotals> e : ledger.strategies.entrySet()) {
      TradeLedger.StrategyTotals t = e.getValue();
      rows.put(e.getKey(), new StrategyRow(e.getKey(), t.fills, Qty.ofHundredths(t.contracts),
          Money.ofMicros(t.fees), Money.ofMicros(t.realized), signals.getOrDefault(e.getKey(), 0L)));
    }
    for (Map.Entry<String, Long> e : signals.entrySet()) {
      rows.putIfAbsent(e.getKey(), new StrategyRow(e.getKey(), 0, Qty.ZERO, Money.ZERO, Money.ZERO, e.getValue()));
    }
    return new ArrayList<>(rows.values());
  }

  private static List<MarketRow> marketRows(BacktestRecord record, TradeLedger ledger) {
    List<MarketRow> rows = new ArrayList<>();
    for (Map.Entry<MarketTicker, TradeLedger.MarketTotals> e : ledger.markets.entrySet()) {
      TradeLedger.MarketTotals t = e.getValue();
      rows.add(new MarketRow(e.getKey(), t.fills, Qty.ofHundredths(t.contracts), Money.ofMicros(t.fees),
          Money.ofMicros(t.realized), t.roundTrips, ledger.heldQty(e.getKey()), record.resultOf(e.getKey())));
    }
    return rows;
  }

  private static List<DailyRow> days(BacktestRecord record, List<RoundTrip> trips) {
    final class Day {
      @Nullable Money end;
      long fees;
      long fills;
      long roundTrips;
    }
    TreeMap<LocalDate, Day> days = new TreeMap<>();
    for (EquityPoint point : record.equity()) {
      days.computeIfAbsent(dateOf(point.tsNs()), d -> new Day()).end = point.equity();
    }
    for (Fill fill : record.fills()) {
      Day day = days.computeIfAbsent(dateOf(fill.tsEvent()), d -> new Day());
      day.fees = Math.addExact(day.fees, fill.fee().micros());
      day.fills++;
    }
    for (MarketSettled settled : record.settlements()) {
      Day day = days.computeIfAbsent(dateOf(settled.tsEvent()), d -> new Day());
      day.fees = Math.addExact(day.fees, settled.fee().micros());
    }
    for (RoundTrip trip : trips) {
      days.computeIfAbsent(dateOf(trip.closedNs()), d -> new Day()).roundTrips++;
    }
    List<DailyRow> rows = new ArrayList<>(days.size());
    Money start = record.startingCash();
    for (Map.Entry<LocalDate, Day> e : days.entrySet()) {
      Day day = e.getValue();
      Money end = day.end == null ? start : day.end;
      rows.add(new DailyRow(e.getKey(), start, end, end.minus(start), Money.ofMicros(day.fees), day.fills,
          day.roundTrips));
      start = end;
    }
    return rows;
  }

  /** The UTC date of an epoch-nanosecond time. */
  static LocalDate dateOf(long tsNs) {
    return LocalDate.ofInstant(instantOf(tsNs), ZoneOffset.UTC);
  }

  /** The instant of an epoch-nanosecond time. */
  static Instant instantOf(long tsNs) {
    return Instant.ofEpochSecond(Math.floorDiv(tsNs, 1_000_000_000L), Math.floorMod(tsNs, 1_000_000_000L));
  }
}
