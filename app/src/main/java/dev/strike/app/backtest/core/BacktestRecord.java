package dev.strike.app.backtest.core;

import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.RiskDecision;
import dev.strike.common.event.Signal;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Money;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything a backtest run produced, in the order it happened, for its report: our fills and settlements, the
 * signals and risk decisions, how every market resolved, and the equity curve (one point per minute of event time
 * and one at the end).
 *
 * @param runId the run's id ({@code bt-<id>} is its topic namespace)
 * @param startingCash the account's cash before the first event
 * @param results how each market resolved (markets without a result are absent)
 * @param inputEvents market-data events read
 * @param startNs event time of the first input, epoch ns
 * @param endNs event time of the last input, epoch ns
 */
public record BacktestRecord(String runId, Money startingCash, List<Fill> fills, List<MarketSettled> settlements,
    List<Signal> signals, List<RiskDecision> decisions, SortedMap<MarketTicker, MarketResult> results,
    List<EquityPoint> equity, long inputEvents, long startNs, long endNs) {

  /** Copies. */
  public BacktestRecord {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(startingCash, "startingCash");
    fills = List.copyOf(fills);
    settlements = List.copyOf(settlements);
    signals = List.copyOf(signals);
    decisions = List.copyOf(decisions);
    results = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(results));
    equity = List.copyOf(equity);
  }

  /** The result of {@code ticker}, or null when it did not resolve in the data. */
  public MarketResult resultOf(MarketTicker ticker) {
    return results.get(ticker);
  }

  /** How each market resolved, as a plain map. */
  public Map<MarketTicker, MarketResult> resultMap() {
    return results;
  }
}
