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
import dev.strike.signals.core.ta.Bars;
import dev.strike.signals.core.ta.Rsi;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Spike reversion (issue 4, item 4c): after the index of an asset moved by more than {@code threshold} (log return)
 * within {@code window}, confirmed by the RSI of the index on {@code bar} bars (above {@code overbought} after an
 * up-spike, below {@code oversold} after a down-spike), trade against the spike on every open crypto market of the
 * asset whose ask leaves enough edge.
 *
 * <p>The model: the pre-spike level is {@code spot × exp(−r)} ({@code r} the log return over the window), and the
 * contract is priced with {@code FairValue} at the blend {@code spot × exp(−reversionWeight × r)} (geometric, so
 * weight 0.5 is the midpoint in log terms) as well as at the index now. The side whose probability the give-back raises
 * is bought at its ask (taker) with the blended probability when {@code P − ask − fee ≥ minEdge} and the give-back
 * moved P(YES) by at least {@code minShift} (else the signal would be the plain fair-value edge). Confidence grows
 * with the size of the spike: {@code min(1, |r| / (2 × threshold))}, 0.5 at the threshold.
 *
 * <p>State per asset: bars of the index (the index after the engine applied the tick, sized by the tick's size) and
 * the RSI of their closes; empty bars carry the close forward, and a feed silent for longer than {@code maxGap}
 * restarts the RSI. The spike test runs once per spot tick; book events look at their market only, with the asset's
 * last test. Quiet when there is no confirmed spike, the spot view is degraded or has no volatility, the market is not
 * open, its book not usable or its time to close outside the window, within the cooldown, or without edge; the quiet
 * paths of book events allocate nothing. Deterministic; not thread-safe.
 */
public final class SpikeReversion implements Strategy {
  private final StrategyId id;
  private final SpikeReversionParams params;
  private final long windowNs;
  private final long maxCarryBars;
  private final CryptoTaEntries entries;
  private final CryptoTaDriver<SpikeState> driver;

  /** The asset's bars, RSI and spike test as of its last spot tick. */
  static final class SpikeState extends CryptoTaDriver.AssetState {
    final Bars bars;
    final Rsi rsi;
    double logReturn = Double.NaN;

    SpikeState(long barNs, int rsiPeriod) {
      this.bars = new Bars(barNs);
      this.rsi = new Rsi(rsiPeriod);
    }
  }

  /**
   * A spike-reversion strategy.
   *
   * @param id the strategy instance's id, carried by its signals
   * @param params the settings
   * @throws dev.strike.common.config.ConfigException if the settings break a rule of {@link
   *     SpikeReversionParams#validate}
   */
  public SpikeReversion(StrategyId id, SpikeReversionParams params) {
    this(id, params, CryptoTaModel.FAIR_VALUE);
  }

  SpikeReversion(StrategyId id, SpikeReversionParams params, CryptoTaModel model) {
    this.id = Objects.requireNonNull(id, "id");
    this.params = ValidParams.require(params);
    this.windowNs = params.window().toNanos();
    long barNs = params.bar().toNanos();
    this.maxCarryBars = params.maxGap().toNanos() / barNs;
    int rsiPeriod = params.rsiPeriod();
    this.entries = new CryptoTaEntries(id, model, params);
    this.driver = new CryptoTaDriver<>(new CryptoTaMarkets<>(asset -> new SpikeState(barNs, rsiPeriod)), entries,
        this::onSpot, this::evaluate);
  }

  @Override
  public StrategyId id() {
    return id;
  }

  /** The settings. */
  public SpikeReversionParams params() {
    return params;
  }

  @Override
  public List<Signal> onEvent(StrategyContext ctx, StrikeEvent event) {
    return driver.onEvent(ctx, event);
  }

  private boolean onSpot(StrategyContext ctx, SpotTick tick, SpotView spot, SpikeState state) {
    double index = spot.index();
    if (!(index > 0) || !Double.isFinite(index)) {
      return false;
    }
    long closed = state.bars.onTick(index, tick.size().doubleValue(), tick.tsEvent());
    if (closed > 0) {
      long empty = closed - 1;
      if (empty > maxCarryBars) {
        state.rsi.reset();
      } else {
        double close = state.bars.closedClose();
        for (long i = 0; i <= empty; i++) {
          state.rsi.update(close);
        }
      }
    }
    double r = spot.logReturn(windowNs);
    state.logReturn = r;
    double rsi = state.rsi.value();
    return Math.abs(r) > params.threshold() && state.rsi.isReady()
        && (r > 0 ? rsi > params.overbought() : rsi < params.oversold());
  }

  private @Nullable Signal evaluate(StrategyContext ctx, CryptoTaMarkets.Slot<SpikeState> slot,
      MarketState market, SpotView spot, long now) {
    SpikeState state = slot.state;
    double r = state.logReturn;
    double index = spot.index();
    double vol = spot.ewmaVolPerSqrtSecond();
    double modelSpot = index * Math.exp(-params.reversionWeight() * r);
    double pYesNow = entries.probabilityYes(slot, market, spot, index, vol, now);
    double pYesModel = entries.probabilityYes(slot, market, spot, modelSpot, vol, now);
    if (!Double.isFinite(pYesNow) || !Double.isFinite(pYesModel)
        || !(Math.abs(pYesModel - pYesNow) >= params.minShift()) || pYesModel == pYesNow) {
      return null;
    }
    Side side = pYesModel > pYesNow ? Side.YES : Side.NO;
    double probability = side == Side.YES ? pYesModel : 1 - pYesModel;
    long edge = CryptoTaEntries.edgeMicros(market, side, probability);
    if (!entries.enough(edge)) {
      return null;
    }
    double confidence = Math.min(1.0, Math.abs(r) / (2 * params.threshold()));
    double rsi = state.rsi.value();
    TreeMap<String, Double> inputs = entries.baseInputs(slot, market, spot, side, vol, edge, now);
    inputs.put("logReturn", r);
    inputs.put("threshold", params.threshold());
    inputs.put("rsiLimit", r > 0 ? params.overbought() : params.oversold());
    inputs.put("reversionWeight", params.reversionWeight());
    inputs.put("minShift", params.minShift());
    inputs.put("rsi", rsi);
    inputs.put("preSpikeSpot", index * Math.exp(-r));
    inputs.put("modelSpot", modelSpot);
    inputs.put("pYesNow", pYesNow);
    inputs.put("pYesModel", pYesModel);
    String reason = CryptoTaEntries.format(
        "spike reversion: %s moved %+.2f%% in %ds with RSI %.1f; pricing at %.2f (index %.2f) gives P(%s) %.4f vs"
            + " ask %.4f, edge %.4f after fees",
        slot.asset, 100 * r, windowNs / 1_000_000_000L, rsi, modelSpot, index, side, probability, inputs.get("ask"),
        inputs.get("edge"));
    return entries.enter(ctx, slot, market, side, probability, confidence, reason, inputs);
  }
}
