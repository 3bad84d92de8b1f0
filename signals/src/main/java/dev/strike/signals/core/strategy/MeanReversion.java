package dev.strike.signals.core.strategy;

import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.StrategyId;
import dev.strike.signals.core.MarketState;
import dev.strike.signals.core.SpotView;
import dev.strike.signals.core.Strategy;
import dev.strike.signals.core.StrategyContext;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Mean reversion on the spot z-score (issue 4, item 4b): when the index of an asset stands more than
 * {@code zThreshold} standard deviations from its mean over {@code zWindow} ({@link SpotView#zScore}), expect it to
 * revert part of the way before the close and buy the side of each of the asset's open crypto markets that gains
 * from that, if its ask leaves enough edge.
 *
 * <p>The model: the reverted index is {@code spot + reversionFraction × (mean − spot)}, with {@code mean} the index's
 * one-second average over the same window ({@link SpotView#averageOver}); the contract is priced with
 * {@code FairValue} once at the index now and once at the reverted index. The side whose probability the reversion
 * raises is the one that benefits (so a high z on an "above K" market buys NO, on a "below K" market YES, and on a
 * range market whichever the move favours); its probability under the reverted index is the signal's
 * probability, and it is bought at its ask (taker) when {@code P − ask − fee ≥ minEdge} and the reversion moved
 * P(YES) by at least {@code minShift} (else the signal would be the plain fair-value edge, not this strategy's view).
 * Confidence grows with |z|: {@code min(1, |z| / fullConfidenceZ)}. A z-score whose sign disagrees with the window
 * mean (the index above a mean it should be below) is not acted on.
 *
 * <p>Reacts to {@code SpotTick}s (after the engine updated the spot view: the z-score and mean are read once per tick
 * and kept per asset, then every market of the asset is looked at) and to book events (only that market, with the
 * asset's last z-score). Quiet when |z| is not above the threshold, the spot view is degraded or has no volatility,
 * the market is not open, its book not usable or its time to close outside the window, within the cooldown after a
 * signal on the market, or without edge. The quiet paths allocate nothing. Deterministic; not thread-safe.
 */
public final class MeanReversion implements Strategy {
  private final StrategyId id;
  private final MeanReversionParams params;
  private final long zWindowNs;
  private final CryptoTaEntries entries;
  private final CryptoTaDriver<ZState> driver;

  /** The asset's z-score and window mean as of its last spot tick. */
  static final class ZState extends CryptoTaDriver.AssetState {
    double z = Double.NaN;
    double mean = Double.NaN;
  }

  /**
   * A mean-reversion strategy.
   *
   * @param id the strategy instance's id, carried by its signals
   * @param params the settings
   * @throws dev.strike.common.config.ConfigException if the settings break a rule of {@link
   *     MeanReversionParams#validate}
   */
  public MeanReversion(StrategyId id, MeanReversionParams params) {
    this(id, params, CryptoTaModel.FAIR_VALUE);
  }

  MeanReversion(StrategyId id, MeanReversionParams params, CryptoTaModel model) {
    this.id = Objects.requireNonNull(id, "id");
    this.params = ValidParams.require(params);
    this.zWindowNs = params.zWindow().toNanos();
    this.entries = new CryptoTaEntries(id, model, params);
    this.driver = new CryptoTaDriver<>(new CryptoTaMarkets<>(asset -> new ZState()), entries, this::refresh,
        this::evaluate);
  }

  @Override
  public StrategyId id() {
    return id;
  }

  /** The settings. */
  public MeanReversionParams params() {
    return params;
  }

  @Override
  public List<Signal> onEvent(StrategyContext ctx, StrikeEvent event) {
    return driver.onEvent(ctx, event);
  }

  private boolean refresh(StrategyContext ctx, SpotTick tick, SpotView spot, ZState state) {
    double z = spot.zScore(zWindowNs);
    state.z = z;
    if (!(Math.abs(z) > params.zThreshold())) {
      return false;
    }
    long now = ctx.nowNs();
    double mean = spot.averageOver(now - zWindowNs, now);
    double index = spot.index();
    state.mean = mean;
    // act only when the mean lies on the side of the index the z-score says it does
    return Double.isFinite(mean) && (z > 0 ? mean < index : mean > index);
  }

  private @Nullable Signal evaluate(StrategyContext ctx, CryptoTaMarkets.Slot<ZState> slot, MarketState market,
      SpotView spot, long now) {
    ZState state = slot.state;
    double index = spot.index();
    double vol = spot.ewmaVolPerSqrtSecond();
    double reverted = index + params.reversionFraction() * (state.mean - index);
    double pYesNow = entries.probabilityYes(slot, market, spot, index, vol, now);
    double pYesReverted = entries.probabilityYes(slot, market, spot, reverted, vol, now);
    if (!Double.isFinite(pYesNow) || !Double.isFinite(pYesReverted)
        || !(Math.abs(pYesReverted - pYesNow) >= params.minShift()) || pYesReverted == pYesNow) {
      return null;
    }
    Side side = pYesReverted > pYesNow ? Side.YES : Side.NO;
    double probability = side == Side.YES ? pYesReverted : 1 - pYesReverted;
    long edge = CryptoTaEntries.edgeMicros(market, side, probability);
    if (!entries.enough(edge)) {
      return null;
    }
    double confidence = Math.min(1.0, Math.abs(state.z) / params.fullConfidenceZ());
    TreeMap<String, Double> inputs = entries.baseInputs(slot, market, spot, side, vol, edge, now);
    inputs.put("z", state.z);
    inputs.put("zThreshold", params.zThreshold());
    inputs.put("reversionFraction", params.reversionFraction());
    inputs.put("minShift", params.minShift());
    inputs.put("windowMean", state.mean);
    inputs.put("revertedSpot", reverted);
    inputs.put("pYesNow", pYesNow);
    inputs.put("pYesReverted", pYesReverted);
    String reason = CryptoTaEntries.format(
        "mean reversion: %s z %+.2f over %ds; index %.2f reverting toward mean %.2f to %.2f gives P(%s) %.4f vs ask"
            + " %.4f, edge %.4f after fees",
        slot.asset, state.z, zWindowNs / 1_000_000_000L, index, state.mean, reverted, side, probability,
        inputs.get("ask"), inputs.get("edge"));
    return entries.enter(ctx, slot, market, side, probability, confidence, reason, inputs);
  }
}
