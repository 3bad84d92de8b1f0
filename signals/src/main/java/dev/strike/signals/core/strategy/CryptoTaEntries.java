package dev.strike.signals.core.strategy;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.event.Action;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.id.Asset;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Money;
import dev.strike.common.money.Price;
import dev.strike.signals.core.MarketState;
import dev.strike.signals.core.SignalFactory;
import dev.strike.signals.core.SpotView;
import dev.strike.signals.core.StrategyContext;
import dev.strike.signals.core.model.FairValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the spot-driven TA strategies share once they have a view: the gates (market open with a usable book and known
 * fees, time to close inside the window, the market not cooling down after a signal, a trustworthy spot index with a
 * volatility), the contract model with the market's strikes and the 60-second settlement average, the edge of buying a
 * side at its ask, and the taker entry signal itself. Immutable settings; the per-market state it touches lives in
 * the {@link CryptoTaMarkets.Slot}. Not thread-safe (called by the strategy's one lane).
 *
 * <p>Spot prices, strikes and volatilities are {@code double} model inputs here (ARCHITECTURE §2); prices paid stay
 * micro-dollar {@code long}s, and the limit goes through {@link SignalFactory}.
 */
final class CryptoTaEntries {
  /** No ask to buy at, or no usable probability: never enough edge. */
  static final long NO_EDGE = Long.MIN_VALUE;

  private final StrategyId strategy;
  private final CryptoTaModel model;
  private final long minEdgeMicros;
  private final long minTimeToCloseNs;
  private final long maxTimeToCloseNs;
  private final long ttlNs;
  private final long cooldownNs;

  CryptoTaEntries(StrategyId strategy, CryptoTaModel model, CryptoTaEntryParams params) {
    this.strategy = strategy;
    this.model = model;
    this.minEdgeMicros = params.minEdge().micros();
    this.minTimeToCloseNs = params.minTimeToClose().toNanos();
    this.maxTimeToCloseNs = params.maxTimeToClose().toNanos();
    this.ttlNs = params.ttl().toNanos();
    this.cooldownNs = params.cooldown().toNanos();
  }

  /**
   * The market of {@code slot} if it may be entered at {@code nowNs}: open, book usable, fees known, time to close in
   * {@code [minTimeToClose, maxTimeToClose]}, and no signal of ours on it within the cooldown; else null.
   */
  @Nullable MarketState tradable(StrategyContext ctx, CryptoTaMarkets.Slot<?> slot, long nowNs) {
    if (slot.signalled && nowNs - slot.lastSignalNs < cooldownNs) {
      return null;
    }
    MarketState market = ctx.market(slot.ticker);
    if (market == null || !market.isOpen() || !market.bookUsable() || !market.fees().isKnown()) {
      return null;
    }
    long timeToClose = market.timeToCloseNs(nowNs);
    return timeToClose < minTimeToCloseNs || timeToClose > maxTimeToCloseNs ? null : market;
  }

  /** The spot view of {@code asset} if it can be traded on: not degraded, with a positive index and volatility. */
  static @Nullable SpotView usableSpot(StrategyContext ctx, Asset asset) {
    SpotView spot = ctx.spot(asset);
    if (spot == null || spot.degraded()) {
      return null;
    }
    double index = spot.index();
    double vol = spot.ewmaVolPerSqrtSecond();
    return index > 0 && Double.isFinite(index) && vol > 0 && Double.isFinite(vol) ? spot : null;
  }

  /**
   * P(YES) of the slot's market if the index were {@code spotForModel} now, from {@link FairValue}: floor and cap from
   * the market (a {@code greater*} market without a published floor is referenced to the index's average over the
   * minute before its open, as Kalshi's 15-minute markets settle), and once inside the last minute the average of
   * the settlement window so far. NaN when an input is missing.
   */
  double probabilityYes(CryptoTaMarkets.Slot<?> slot, MarketState market, SpotView spot, double spotForModel,
      double volPerSqrtSecond, long nowNs) {
    MarketInfo info = market.info();
    if (slot.strikesOf != info) {
      slot.floor = info.floorStrike() != null ? info.floorStrike().doubleValue()
          : info.strikeType().needsFloor()
              ? spot.averageOver(info.openTimeNs() - FairValue.SETTLEMENT_WINDOW_NS, info.openTimeNs())
              : Double.NaN;
      BigDecimal cap = info.capStrike();
      slot.cap = cap != null ? cap.doubleValue() : Double.NaN;
      // a reference average the history does not cover yet is asked again next time
      slot.strikesOf = info.strikeType().needsFloor() && !Double.isFinite(slot.floor) ? null : info;
    }
    long closeNs = info.closeTimeNs();
    return model.probabilityYes(info.strikeType(), slot.floor, slot.cap, spotForModel, volPerSqrtSecond, nowNs,
        closeNs, FairValue.SETTLEMENT_WINDOW_NS, averageSoFar(spot, closeNs, nowNs));
  }

  /** The average of the settlement window so far when {@code nowNs} is inside the last minute before the close. */
  static double averageSoFar(SpotView spot, long closeNs, long nowNs) {
    long windowStart = closeNs - FairValue.SETTLEMENT_WINDOW_NS;
    return nowNs > windowStart && nowNs <= closeNs ? spot.averageOver(windowStart, nowNs) : Double.NaN;
  }

  /**
   * Edge after the taker fee of buying {@code side} at its best ask when it wins with {@code probability},
   * micro-dollars per contract ({@code floor(p × 1e6) − ask − fee(ask)}, as {@link SignalFactory} computes it), or
   * {@link #NO_EDGE} without an ask or a usable probability.
   */
  static long edgeMicros(MarketState market, Side side, double probability) {
    long ask = market.bestAskMicros(side);
    long p = SignalFactory.probabilityMicros(probability, false);
    if (ask <= 0 || ask >= Price.MICROS_PER_DOLLAR || p < 0) {
      return NO_EDGE;
    }
    return p - ask - market.fees().perContractMicros(ask, false);
  }

  /** Whether {@code edgeMicros} reaches the minimum edge. */
  boolean enough(long edgeMicros) {
    return edgeMicros != NO_EDGE && edgeMicros >= minEdgeMicros;
  }

  /** The minimum edge, micro-dollars per contract. */
  long minEdgeMicros() {
    return minEdgeMicros;
  }

  /**
   * The inputs every entry carries: the index, the volatility, the strikes the model used, the time to close, the
   * ask, the edge and the minimum edge (dollars) and, inside the last minute, the settlement average so far. All
   * finite (absent when not).
   */
  TreeMap<String, Double> baseInputs(CryptoTaMarkets.Slot<?> slot, MarketState market, SpotView spot, Side side,
      double volPerSqrtSecond, long edgeMicros, long nowNs) {
    TreeMap<String, Double> inputs = new TreeMap<>();
    inputs.put("minEdge", minEdgeMicros / (double) Price.MICROS_PER_DOLLAR);
    inputs.put("spot", spot.index());
    inputs.put("volPerSqrtSecond", volPerSqrtSecond);
    putIfFinite(inputs, "floorStrike", slot.floor);
    putIfFinite(inputs, "capStrike", slot.cap);
    inputs.put("timeToCloseSeconds", market.timeToCloseNs(nowNs) / 1e9);
    inputs.put("ask", market.bestAskMicros(side) / (double) Price.MICROS_PER_DOLLAR);
    inputs.put("edge", edgeMicros / (double) Price.MICROS_PER_DOLLAR);
    putIfFinite(inputs, "averageSoFar", averageSoFar(spot, market.info().closeTimeNs(), nowNs));
    return inputs;
  }

  static void putIfFinite(TreeMap<String, Double> inputs, String key, double value) {
    if (Double.isFinite(value)) {
      inputs.put(key, value);
    }
  }

  /**
   * A taker ENTRY buying {@code side} at its best ask (limit = ask), or null if {@link SignalFactory} cannot build it;
   * a built signal starts the market's cooldown.
   */
  @Nullable Signal enter(StrategyContext ctx, CryptoTaMarkets.Slot<?> slot, MarketState market, Side side,
      double probability, double confidence, String reason, TreeMap<String, Double> inputs) {
    long ask = market.bestAskMicros(side);
    Signal signal = ctx.signals().signal(strategy, market, SignalKind.ENTRY, side, Action.BUY, probability, ask, ask,
        false, confidence, ttlNs, reason, inputs);
    if (signal != null) {
      slot.signalled = true;
      slot.lastSignalNs = ctx.nowNs();
    }
    return signal;
  }

  /** Formats numbers for reasons the same way everywhere (no locale). */
  static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }

  /** The rules every entry's settings share; adds a problem per broken rule. */
  static void validateEntry(ConfigProblems problems, CryptoTaEntryParams params) {
    Money minEdge = params.minEdge();
    Duration minTimeToClose = params.minTimeToClose();
    Duration maxTimeToClose = params.maxTimeToClose();
    problems.inRange("minEdge", minEdge.micros(), 0, Price.MICROS_PER_DOLLAR);
    boolean minOk = problems.check(!minTimeToClose.isNegative(), "minTimeToClose",
        "must not be negative, got " + minTimeToClose);
    if (positive(problems, "maxTimeToClose", maxTimeToClose) && minOk) {
      problems.check(minTimeToClose.compareTo(maxTimeToClose) <= 0, "maxTimeToClose",
          "must be at least minTimeToClose (" + minTimeToClose + "), got " + maxTimeToClose);
    }
    positive(problems, "ttl", params.ttl());
    problems.check(!params.cooldown().isNegative(), "cooldown", "must not be negative, got " + params.cooldown());
  }

  static boolean positive(ConfigProblems problems, String key, Duration value) {
    return problems.check(!value.isNegative() && !value.isZero(), key, "must be positive, got " + value);
  }

  static boolean between(ConfigProblems problems, String key, double value, double min, double max) {
    return problems.check(value >= min && value <= max, key, "must be within " + min + ".." + max + ", got " + value);
  }
}
