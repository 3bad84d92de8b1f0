package dev.strike.signals.core.strategy;

import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.StrategyId;
import dev.strike.signals.core.MarketState;
import dev.strike.signals.core.SpotView;
import dev.strike.signals.core.Strategy;
import dev.strike.signals.core.StrategyContext;
import dev.strike.signals.core.ta.Bars;
import dev.strike.signals.core.ta.Macd;
import dev.strike.signals.core.ta.Regime;
import dev.strike.signals.core.ta.RegimeDetector;
import dev.strike.signals.core.ta.Rsi;
import dev.strike.signals.core.ta.Vwap;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Crypto technical analysis (issue 4, item 4d): RSI, MACD, the index against its VWAP and a range/trend regime give a
 * directional score in [−1, 1] per asset, which tilts the fair value of the asset's open crypto markets by a bounded
 * amount; the side the tilt favours is bought at its ask (taker) when {@code P_tilted − ask − fee ≥ minEdge}.
 *
 * <p>The score, from the bars of the index ({@code σ_bar = volPerSqrtSecond × √(bar seconds)}, the typical log move
 * of one bar):
 *
 * <ul>
 *   <li>{@code rsiDev = clamp((RSI − 50) / 20, −1, 1)}: +1 at RSI 70 and above, −1 at 30 and below;
 *   <li>{@code vwapDev = clamp(ln(spot / VWAP) / (σ_bar × √vwapBars), −1, 1)}, the index's distance from its rolling
 *       VWAP against the typical move over the VWAP's window; 0 while the VWAP has no volume (sources without sizes);
 *   <li>{@code macdDev = clamp(histogram / (spot × σ_bar), −1, 1)}, the MACD histogram in bar moves;
 *   <li>in a RANGE it fades the extremes: {@code score = −(rangeRsiWeight × rsiDev + rangeVwapWeight × vwapDev)};
 *   <li>in a TREND it follows momentum: {@code score = trendMacdWeight × macdDev + trendVwapWeight × vwapDev}.
 * </ul>
 *
 * <p>The tilt: with {@code P} the {@code FairValue} probability of YES at the index now and {@code d} the direction in
 * which a rising index moves it (+1 for {@code greater*}, −1 for {@code less*}; for {@code between} +1 below the floor,
 * −1 above the cap and 0 inside, where a direction does not say which side wins), {@code P_tilted = P + maxTilt ×
 * score × d × 4P(1 − P)}: at most {@code maxTilt}, fading near 0 and 1 so it never leaves [0, 1]. YES is bought when
 * {@code score × d > 0} (with {@code P_tilted}), NO when it is below 0 (with {@code 1 − P_tilted}). Confidence is
 * |score|. The strategy acts only from {@code |score| ≥ minScore}, once RSI, MACD and the regime are ready, and when
 * the tilt is at least {@code minShift} (else the signal would be the plain fair-value edge).
 *
 * <p>State per asset: bars of the index (after the engine applied the tick, sized by the tick's size) feeding the
 * indicators; empty bars carry the close forward, and a feed silent longer than {@code maxGap} restarts them. The
 * score is computed once per spot tick; book events look at their market only, with the asset's last score. Quiet
 * when the score is small or not ready, the spot view is degraded or has no volatility, the market is not open, its
 * book not usable or its time to close outside the window, within the cooldown, or without edge; the quiet paths of
 * book events allocate nothing. Deterministic; not thread-safe.
 */
public final class CryptoTa implements Strategy {
  private final StrategyId id;
  private final CryptoTaParams params;
  private final double barSeconds;
  private final long maxCarryBars;
  private final CryptoTaEntries entries;
  private final CryptoTaDriver<TaState> driver;

  /** The asset's bars, indicators and score as of its last spot tick. */
  static final class TaState extends CryptoTaDriver.AssetState {
    final Bars bars;
    final Rsi rsi;
    final Macd macd;
    final Vwap vwap;
    final RegimeDetector regime;
    double score = Double.NaN;
    double rsiDev;
    double vwapDev;
    double macdDev;

    TaState(CryptoTaParams params) {
      this.bars = new Bars(params.bar().toNanos());
      this.rsi = new Rsi(params.rsiPeriod());
      this.macd = new Macd(params.macdFast(), params.macdSlow(), params.macdSignal());
      this.vwap = Vwap.rolling(params.vwapBars());
      this.regime = new RegimeDetector(params.regimePeriod(), params.trendAbove(), params.rangeBelow());
    }

    void bar(double close, double vwapOfBar, double volume, long startNs) {
      rsi.update(close);
      macd.update(close);
      vwap.update(vwapOfBar, volume, startNs);
      regime.update(close);
    }

    void reset() {
      rsi.reset();
      macd.reset();
      vwap.reset();
      regime.reset();
    }
  }

  /**
   * A crypto TA strategy.
   *
   * @param id the strategy instance's id, carried by its signals
   * @param params the settings
   * @throws dev.strike.common.config.ConfigException if the settings break a rule of {@link CryptoTaParams#validate}
   */
  public CryptoTa(StrategyId id, CryptoTaParams params) {
    this(id, params, CryptoTaModel.FAIR_VALUE);
  }

  CryptoTa(StrategyId id, CryptoTaParams params, CryptoTaModel model) {
    this.id = Objects.requireNonNull(id, "id");
    this.params = ValidParams.require(params);
    long barNs = params.bar().toNanos();
    this.barSeconds = barNs / 1e9;
    this.maxCarryBars = params.maxGap().toNanos() / barNs;
    this.entries = new CryptoTaEntries(id, model, params);
    this.driver = new CryptoTaDriver<>(new CryptoTaMarkets<>(asset -> new TaState(params)), entries,
        this::onSpot, this::evaluate);
  }

  @Override
  public StrategyId id() {
    return id;
  }

  /** The settings. */
  public CryptoTaParams params() {
    return params;
  }

  @Override
  public List<Signal> onEvent(StrategyContext ctx, StrikeEvent event) {
    return driver.onEvent(ctx, event);
  }

  private boolean onSpot(StrategyContext ctx, SpotTick tick, SpotView spot, TaState state) {
    double index = spot.index();
    if (!(index > 0) || !Double.isFinite(index)) {
      return false;
    }
    feed(state, index, tick);
    return score(state, index, spot.ewmaVolPerSqrtSecond());
  }

  private void feed(TaState state, double index, SpotTick tick) {
    Bars bars = state.bars;
    long closed = bars.onTick(index, tick.size().doubleValue(), tick.tsEvent());
    if (closed == 0) {
      return;
    }
    long empty = closed - 1;
    if (empty > maxCarryBars) {
      state.reset();
      return;
    }
    double close = bars.closedClose();
    state.bar(close, bars.closedVwap(), bars.closedVolume(), bars.closedStartNs());
    long barNs = bars.barNs();
    for (long i = 1; i <= empty; i++) {
      state.bar(close, close, 0, bars.closedStartNs() + i * barNs);
    }
  }

  /** Updates the asset's score; returns whether it is large enough to act on. */
  private boolean score(TaState state, double index, double volPerSqrtSecond) {
    if (!state.rsi.isReady() || !state.macd.isReady() || !state.regime.isReady() || !(volPerSqrtSecond > 0)
        || !Double.isFinite(volPerSqrtSecond)) {
      state.score = Double.NaN;
      return false;
    }
    double barMove = volPerSqrtSecond * Math.sqrt(barSeconds);
    state.rsiDev = clamp((state.rsi.value() - 50) / 20);
    state.vwapDev = state.vwap.isReady()
        ? clamp(Math.log(index / state.vwap.value()) / (barMove * Math.sqrt(params.vwapBars())))
        : 0;
    state.macdDev = clamp(state.macd.histogram() / (index * barMove));
    double score = state.regime.regime() == Regime.TREND
        ? params.trendMacdWeight() * state.macdDev + params.trendVwapWeight() * state.vwapDev
        : -(params.rangeRsiWeight() * state.rsiDev + params.rangeVwapWeight() * state.vwapDev);
    state.score = clamp(score);
    return Math.abs(state.score) >= params.minScore();
  }

  private @Nullable Signal evaluate(StrategyContext ctx, CryptoTaMarkets.Slot<TaState> slot, MarketState market,
      SpotView spot, long now) {
    TaState state = slot.state;
    double index = spot.index();
    double vol = spot.ewmaVolPerSqrtSecond();
    double pYesFair = entries.probabilityYes(slot, market, spot, index, vol, now);
    if (!Double.isFinite(pYesFair)) {
      return null;
    }
    int direction = direction(market.info().strikeType(), index, slot.floor, slot.cap);
    double tilt = params.maxTilt() * state.score * direction * 4 * pYesFair * (1 - pYesFair);
    if (!(Math.abs(tilt) >= params.minShift()) || tilt == 0) {
      return null;
    }
    double pYesTilted = Math.max(0, Math.min(1, pYesFair + tilt));
    Side side = tilt > 0 ? Side.YES : Side.NO;
    double probability = side == Side.YES ? pYesTilted : 1 - pYesTilted;
    long edge = CryptoTaEntries.edgeMicros(market, side, probability);
    if (!entries.enough(edge)) {
      return null;
    }
    Regime regime = state.regime.regime();
    TreeMap<String, Double> inputs = entries.baseInputs(slot, market, spot, side, vol, edge, now);
    inputs.put("rsi", state.rsi.value());
    inputs.put("macdHistogram", state.macd.histogram());
    CryptoTaEntries.putIfFinite(inputs, "vwap", state.vwap.value());
    inputs.put("efficiencyRatio", state.regime.efficiencyRatio());
    inputs.put("trend", regime == Regime.TREND ? 1.0 : 0.0);
    inputs.put("rsiDev", state.rsiDev);
    inputs.put("vwapDev", state.vwapDev);
    inputs.put("macdDev", state.macdDev);
    inputs.put("score", state.score);
    inputs.put("direction", (double) direction);
    inputs.put("maxTilt", params.maxTilt());
    inputs.put("minShift", params.minShift());
    inputs.put("pYesFair", pYesFair);
    inputs.put("pYesTilted", pYesTilted);
    String reason = CryptoTaEntries.format(
        "crypto TA: %s %s (ER %.2f), RSI %.1f, MACD hist %.4f, score %+.2f tilts P(YES) %.4f to %.4f; P(%s) %.4f vs"
            + " ask %.4f, edge %.4f after fees",
        slot.asset, regime, state.regime.efficiencyRatio(), state.rsi.value(), state.macd.histogram(), state.score,
        pYesFair, pYesTilted, side, probability, inputs.get("ask"), inputs.get("edge"));
    return entries.enter(ctx, slot, market, side, probability, Math.abs(state.score), reason, inputs);
  }

  /** +1 if a rising index raises P(YES), −1 if it lowers it, 0 if it depends (inside a range) or is unknown. */
  static int direction(StrikeType type, double index, double floor, double cap) {
    return switch (type) {
      case GREATER, GREATER_OR_EQUAL -> 1;
      case LESS, LESS_OR_EQUAL -> -1;
      case BETWEEN -> index < floor ? 1 : index > cap ? -1 : 0;
      default -> 0;
    };
  }

  private static double clamp(double x) {
    return x > 1 ? 1 : x < -1 ? -1 : x;
  }
}
