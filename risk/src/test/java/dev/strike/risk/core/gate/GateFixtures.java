package dev.strike.risk.core.gate;

import dev.strike.common.event.Action;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.SeriesTicker;
import dev.strike.common.id.SignalId;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import java.math.BigDecimal;
import java.util.TreeMap;

/** Markets and signals for the gate tests: a 15-minute BTC market five minutes before its close. */
final class GateFixtures {
  private GateFixtures() {}

  static final long SECOND_NS = 1_000_000_000L;
  static final long NOW = 1_786_987_268_000_000_000L;
  static final SeriesTicker SERIES = SeriesTicker.of("KXBTC15M");
  static final EventTicker EVENT = EventTicker.of("KXBTC15M-26AUG171330");
  static final MarketTicker TICKER = MarketTicker.of("KXBTC15M-26AUG171330-30");
  static final StrategyId STRATEGY = StrategyId.of("fair-value-edge");

  static MarketInfo market() {
    return market(TICKER, EVENT, SERIES, MarketStatus.ACTIVE, NOW + 300 * SECOND_NS, FeeType.QUADRATIC);
  }

  static MarketInfo market(MarketStatus status) {
    return market(TICKER, EVENT, SERIES, status, NOW + 300 * SECOND_NS, FeeType.QUADRATIC);
  }

  static MarketInfo marketClosingIn(long ns) {
    return market(TICKER, EVENT, SERIES, MarketStatus.ACTIVE, NOW + ns, FeeType.QUADRATIC);
  }

  static MarketInfo market(MarketTicker ticker, EventTicker event, SeriesTicker series, MarketStatus status,
      long closeTimeNs, FeeType feeType) {
    return new MarketInfo(ticker, event, series, "BTC price up in next 15 mins?", "Target Price: $63,485.16", status,
        StrikeType.GREATER_OR_EQUAL, new BigDecimal("63485.16"), null, closeTimeNs - 900 * SECOND_NS, closeTimeNs,
        closeTimeNs, PriceGrid.LINEAR_CENT, feeType, BigDecimal.ONE, null, null, null, 0, NOW - SECOND_NS,
        NOW - SECOND_NS);
  }

  /** A fluent signal: by default buy 1 YES entry at $0.47, model 0.60, edge $0.05, confidence 0.8, fired 0.1 s ago. */
  static SignalSpec entry() {
    return new SignalSpec();
  }

  static final class SignalSpec {
    MarketTicker ticker = TICKER;
    StrategyId strategy = STRATEGY;
    SignalKind kind = SignalKind.ENTRY;
    Side side = Side.YES;
    Action action = Action.BUY;
    double p = 0.60;
    Price limit = Price.parse("0.47");
    Money edge = Money.parse("0.05");
    double confidence = 0.8;
    long tsEvent = NOW - SECOND_NS / 10;
    long ttlNs = 2 * SECOND_NS;

    SignalSpec ticker(MarketTicker v) {
      ticker = v;
      return this;
    }

    SignalSpec strategy(String v) {
      strategy = StrategyId.of(v);
      return this;
    }

    SignalSpec kind(SignalKind v) {
      kind = v;
      return this;
    }

    SignalSpec side(Side v) {
      side = v;
      return this;
    }

    SignalSpec action(Action v) {
      action = v;
      return this;
    }

    SignalSpec probability(double v) {
      p = v;
      return this;
    }

    SignalSpec limit(String dollars) {
      limit = Price.parse(dollars);
      return this;
    }

    SignalSpec limit(Price v) {
      limit = v;
      return this;
    }

    SignalSpec edge(String dollars) {
      edge = Money.parse(dollars);
      return this;
    }

    SignalSpec confidence(double v) {
      confidence = v;
      return this;
    }

    SignalSpec firedAt(long ns, long ttl) {
      tsEvent = ns;
      ttlNs = ttl;
      return this;
    }

    Signal build() {
      return new Signal(SignalId.of("sig-1"), strategy, ticker, kind, side, action, p, limit, edge, confidence, limit,
          ttlNs, "test signal", new TreeMap<>(), tsEvent, tsEvent);
    }
  }
}
