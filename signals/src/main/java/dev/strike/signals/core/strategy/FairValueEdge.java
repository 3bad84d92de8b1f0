package dev.strike.signals.core.strategy;

import dev.strike.common.event.Action;
import dev.strike.common.event.BookEvent;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.Asset;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.signals.core.MarketState;
import dev.strike.signals.core.SignalFactory;
import dev.strike.signals.core.SpotView;
import dev.strike.signals.core.Strategy;
import dev.strike.signals.core.StrategyContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Fair-value edge: buys the side of a crypto market whose model probability (lognormal, with the 60-second settlement
 * average, see {@link ContractModel}) exceeds its ask plus the taker fee by at least the minimum edge, inside the
 * time-to-close window, once the spot index has enough history. Re-evaluates a market on each of its book updates,
 * and every market of an asset when the asset's spot index changes. Quiet when the index is degraded, the volatility
 * is not known, the book is not usable or the market is not open. Confidence grows linearly with the edge, from 1/3
 * at the minimum edge to 1 at three times it. Single-threaded, deterministic.
 */
public final class FairValueEdge implements Strategy {
  private final StrategyId id;
  private final FairValueEdgeParams params;
  private final long minEdgeMicros;
  private final long minTtcNs;
  private final long maxTtcNs;
  private final long historyNs;
  private final long cooldownNs;
  private final long ttlNs;
  /** Event time of the last signal per market and side (index 0 = YES, 1 = NO). */
  private final Map<MarketTicker, long[]> lastSignalNs = new HashMap<>();

  /** The strategy {@code id} with {@code params}. */
  public FairValueEdge(StrategyId id, FairValueEdgeParams params) {
    this.id = Objects.requireNonNull(id, "id");
    this.params = Objects.requireNonNull(params, "params");
    this.minEdgeMicros = params.minEdgeMicros();
    this.minTtcNs = params.minTimeToClose().toNanos();
    this.maxTtcNs = params.maxTimeToClose().toNanos();
    this.historyNs = params.minSpotHistory().toNanos();
    this.cooldownNs = params.cooldown().toNanos();
    this.ttlNs = params.ttl().toNanos();
  }

  @Override
  public StrategyId id() {
    return id;
  }

  @Override
  public List<Signal> onEvent(StrategyContext ctx, StrikeEvent event) {
    if (event instanceof BookEvent book) {
      MarketState market = ctx.market(book.ticker());
      List<Signal> out = market == null ? null : evaluate(ctx, market, null);
      return out == null ? List.of() : out;
    }
    if (event instanceof SpotTick tick) {
      List<Signal> out = null;
      for (MarketState market : ctx.marketsOn(tick.asset())) {
        out = evaluate(ctx, market, out);
      }
      return out == null ? List.of() : out;
    }
    return List.of();
  }

  private @Nullable List<Signal> evaluate(StrategyContext ctx, MarketState market, @Nullable List<Signal> out) {
    long now = ctx.nowNs();
    long ttc = market.timeToCloseNs(now);
    Asset asset = market.underlying();
    if (asset == null || ttc < minTtcNs || ttc > maxTtcNs || !market.isOpen() || !market.bookUsable()
        || !market.fees().isKnown()) {
      return out;
    }
    SpotView spot = ctx.spot(asset);
    if (spot == null || spot.degraded()) {
      return out;
    }
    double vol = spot.ewmaVolPerSqrtSecond();
    double index = spot.index();
    if (!Double.isFinite(vol) || !Double.isFinite(index) || !Double.isFinite(spot.logReturn(historyNs))) {
      return out;
    }
    double pYes = ContractModel.probabilityYes(market, spot, index, vol, now);
    if (!Double.isFinite(pYes)) {
      return out;
    }
    out = consider(ctx, market, Side.YES, pYes, index, vol, ttc, out);
    return consider(ctx, market, Side.NO, 1 - pYes, index, vol, ttc, out);
  }

  private @Nullable List<Signal> consider(StrategyContext ctx, MarketState market, Side side, double p, double index,
      double vol, long ttc, @Nullable List<Signal> out) {
    long ask = market.bestAskMicros(side);
    if (ask <= 0 || ask >= 1_000_000) {
      return out;
    }
    long edge = SignalFactory.probabilityMicros(p, false) - ask - market.fees().perContractMicros(ask, false);
    if (edge < minEdgeMicros) {
      return out;
    }
    long now = ctx.nowNs();
    long[] last = lastSignalNs.computeIfAbsent(market.info().ticker(), t -> new long[] {Long.MIN_VALUE,
        Long.MIN_VALUE});
    int slot = side == Side.YES ? 0 : 1;
    if (last[slot] != Long.MIN_VALUE && now - last[slot] < cooldownNs) {
      return out;
    }
    double confidence = Math.min(1.0, edge / (3.0 * Math.max(1, minEdgeMicros)));
    TreeMap<String, Double> inputs = new TreeMap<>();
    inputs.put("spot", index);
    inputs.put("volPerSqrtSecond", vol);
    inputs.put("timeToCloseSeconds", ttc / 1e9);
    inputs.put("modelProbability", p);
    inputs.put("askDollars", ask / 1e6);
    inputs.put("minEdgeDollars", minEdgeMicros / 1e6);
    if (market.info().floorStrike() != null) {
      inputs.put("floorStrike", market.info().floorStrike().doubleValue());
    }
    if (market.info().capStrike() != null) {
      inputs.put("capStrike", market.info().capStrike().doubleValue());
    }
    String reason = String.format(Locale.ROOT, "model %.3f vs ask %s for %s, %d s to close",
        p, dollars(ask), side.name(), ttc / 1_000_000_000L);
    Signal signal = ctx.signals().signal(id, market, SignalKind.ENTRY, side, Action.BUY, p, ask, ask, false,
        confidence, ttlNs, reason, inputs);
    if (signal == null) {
      return out;
    }
    last[slot] = now;
    List<Signal> list = out == null ? new ArrayList<>(2) : out;
    list.add(signal);
    return list;
  }

  private static String dollars(long micros) {
    return BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString();
  }
}
