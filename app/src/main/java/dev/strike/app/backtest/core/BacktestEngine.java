package dev.strike.app.backtest.core;

import dev.strike.common.event.Alert;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketSettled;
import dev.strike.common.event.MarketTrade;
import dev.strike.common.event.OrderApproved;
import dev.strike.common.event.OrderEvent;
import dev.strike.common.event.RiskDecision;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.money.Money;
import dev.strike.execution.core.paper.PaperExchange;
import dev.strike.risk.core.RiskEngine;
import dev.strike.risk.core.portfolio.Portfolio;
import dev.strike.signals.core.SignalEngine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A backtest: recorded market data, in event-time order, through the very cores the services run — the
 * {@link SignalEngine}, the {@link RiskEngine} and the paper {@link PaperExchange} — on one thread, with the topics
 * between them replaced by a queue. Each market-data event goes first to the paper venue (fills against the book as
 * it was), then to risk (marks, exits), then to the strategies; whatever any of them produces is routed as the topics
 * would route it ({@code signals} → risk, approvals → the venue, order events, fills and settlements → risk, fills →
 * signals), breadth first, until nothing is left; then the next input. No clock: every core takes its time from the
 * events. The same inputs give the same outputs, byte for byte.
 *
 * <p>Not thread-safe: one engine per run (sweeps run one engine per parameter combination).
 */
public final class BacktestEngine {
  private static final long MINUTE_NS = 60_000_000_000L;

  private final String runId;
  private final SignalEngine signals;
  private final RiskEngine risk;
  private final PaperExchange venue;
  private final List<StrikeEvent> outputs = new ArrayList<>();
  private final List<Fill> fills = new ArrayList<>();
  private final List<MarketSettled> settlements = new ArrayList<>();
  private final List<Signal> signalsOut = new ArrayList<>();
  private final List<RiskDecision> decisions = new ArrayList<>();
  private final TreeMap<MarketTicker, MarketResult> results = new TreeMap<>();
  private final List<EquityPoint> equity = new ArrayList<>();
  private final ArrayDeque<StrikeEvent> pending = new ArrayDeque<>();
  private long inputs;
  private long startNs;
  private long endNs;
  private long nextSampleNs;

  /**
   * A run named {@code runId} over fresh cores.
   *
   * @param signals the strategies (built from the signals settings, switched as configured)
   * @param risk the risk engine (built from the risk settings)
   * @param venue the paper venue (built from the execution settings)
   */
  public BacktestEngine(String runId, SignalEngine signals, RiskEngine risk, PaperExchange venue) {
    this.runId = runId;
    this.signals = signals;
    this.risk = risk;
    this.venue = venue;
  }

  /** Feeds one recorded market-data event ({@code MarketInfo}, book event, public trade, spot tick), in order. */
  public void onInput(StrikeEvent event) {
    long ts = event.tsEvent();
    if (inputs == 0) {
      startNs = ts;
      nextSampleNs = Math.floorDiv(ts, MINUTE_NS) * MINUTE_NS + MINUTE_NS;
    }
    inputs++;
    endNs = Math.max(endNs, ts);
    if (event instanceof MarketInfo info && info.result() != null) {
      results.put(info.ticker(), info.result());
    }
    if (event instanceof MarketInfo || event instanceof BookEvent || event instanceof MarketTrade) {
      pending.addAll(venue.onMarketData(event));
    }
    if (event instanceof MarketInfo || event instanceof BookEvent) {
      pending.addAll(risk.onEvent(event));
    }
    pending.addAll(signals.onEvent(event));
    drain();
    while (ts >= nextSampleNs) {
      sample(nextSampleNs);
      nextSampleNs += MINUTE_NS;
    }
  }

  private void drain() {
    StrikeEvent next;
    while ((next = pending.poll()) != null) {
      outputs.add(next);
      if (next instanceof Signal signal) {
        signalsOut.add(signal);
        pending.addAll(risk.onEvent(signal));
      } else if (next instanceof RiskDecision decision) {
        decisions.add(decision);
        if (decision instanceof OrderApproved approved) {
          pending.addAll(venue.submit(approved.intent(), approved.tsEvent()));
        }
      } else if (next instanceof Fill fill) {
        fills.add(fill);
        pending.addAll(risk.onEvent(fill));
        pending.addAll(signals.onEvent(fill));
      } else if (next instanceof OrderEvent order) {
        pending.addAll(risk.onEvent(order));
      } else if (next instanceof MarketSettled settled) {
        settlements.add(settled);
        pending.addAll(risk.onEvent(settled));
      } else if (!(next instanceof Alert)) {
        throw new IllegalStateException("a core produced " + next.getClass().getSimpleName());
      }
    }
  }

  private void sample(long tsNs) {
    Portfolio portfolio = risk.portfolio();
    equity.add(new EquityPoint(tsNs, portfolio.equity(), portfolio.totalExposure(), portfolio.realizedPnl(),
        portfolio.fees()));
  }

  /** Every output so far (signals, decisions, order events, fills, settlements, alerts), in the order produced. */
  public List<StrikeEvent> outputs() {
    return List.copyOf(outputs);
  }

  /** Market-data events fed so far. */
  public long inputs() {
    return inputs;
  }

  /** Ends the run: a last equity point at the last input's time, and the record of everything. */
  public BacktestRecord finish() {
    if (inputs > 0 && (equity.isEmpty() || equity.get(equity.size() - 1).tsNs() < endNs)) {
      sample(endNs);
    }
    Money startingCash = risk.portfolio().startingCash();
    return new BacktestRecord(runId, startingCash, fills, settlements, signalsOut, decisions, results, equity, inputs,
        startNs, endNs);
  }

  /** Whether {@code event} is market data a backtest reads (the {@code md.*} topics). */
  public static boolean isMarketData(StrikeEvent event) {
    return event instanceof MarketInfo || event instanceof BookEvent || event instanceof MarketTrade
        || event instanceof SpotTick;
  }
}
