package dev.strike.signals.core.strategy;

import dev.strike.common.event.Action;
import dev.strike.common.event.BookGap;
import dev.strike.common.event.Fill;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.SpotTick;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.Asset;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.signals.core.MarketState;
import dev.strike.signals.core.SignalFactory;
import dev.strike.signals.core.SpotView;
import dev.strike.signals.core.Strategy;
import dev.strike.signals.core.StrategyContext;
import dev.strike.signals.core.model.FairValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Market maker (issue 4g), Avellaneda–Stoikov style: two-sided resting quotes around the model's fair value of a
 * crypto market, skewed against our inventory and widened with volatility, as {@link SignalKind#QUOTE} signals
 * (maker) that replace the previous quote of the same market and side downstream.
 *
 * <h2>Numbers</h2>
 * <ul>
 *   <li><b>Fair value</b> {@code p} = {@link FairValue#probabilityYes} with the market's floor/cap ({@code BigDecimal}
 *       → double; a 15-minute up/down market listed without a floor, i.e. no floor and no cap and at most 15 minutes
 *       from open to close, is taken as {@code greater_or_equal} the opening average
 *       {@code spot.averageOver(open − 60 s, open)}), the spot index and its EWMA volatility σ (per √s), the close,
 *       the 60 s settlement window and, inside it, the average so far {@code spot.averageOver(close − 60 s, now)}.
 *   <li><b>Probability move</b> {@code Δp = |p(S·e^{σ√h}) − p(S·e^{−σ√h})| / 2}: the fair value's response to a
 *       one-sigma move of the spot over the horizon {@code h = volHorizon}, by bumping the model (so it holds for
 *       every strike type and the averaging window, and is small deep in or out of the money). It is the
 *       probability's volatility over {@code h}: {@code σ_p = Δp / √h}.
 *   <li><b>Variance to close</b> {@code V = min(σ_p²·τ, p(1 − p))}, τ the time to close in seconds: the A–S
 *       {@code σ²(T − t)}, capped at {@code p(1 − p)}, the exact variance of the settlement payout around p (the
 *       probability cannot vary more than that until it settles at 0 or 1).
 *   <li><b>Reservation price</b> {@code r = p − q·γ·V}, q our net position in contracts
 *       ({@link StrategyContext#netYesHundredths} / 100, positive = long YES), γ = {@code riskAversion}: long YES
 *       lowers both quotes (we buy YES less eagerly and sell it, i.e. buy NO, more eagerly), long NO raises them.
 *   <li><b>Half-spread</b> {@code δ = min(maxHalfSpread, base + k·Δp)}.
 *   <li><b>Quotes</b> BUY YES at {@code r − δ} (the bid) and BUY NO at {@code 1 − (r + δ)} (our YES ask expressed as
 *       a NO bid). Each is rounded to the nearest micro-dollar, then down onto the grid (a buy rounds down: the
 *       conservative direction for both legs), and must stay strictly below the current ask of its side (post-only):
 *       a bid at or above it is pulled in to one tick below the ask, or skipped when no tradable price is left.
 * </ul>
 *
 * <h2>When it quotes</h2>
 * On a book update or a fill of the market, on a {@code MarketInfo} of it, and on a {@code SpotTick} of its underlying
 * that changed the index (then every tracked market of that asset). A side is (re)sent when its price differs from
 * the last one sent, or {@code requoteInterval} after it was sent. It goes quiet, and forgets its last quotes, when the
 * market is not open, its book is not usable, its fees are unknown, it closes within {@code minTimeToClose}, the spot
 * view is missing, degraded, without an index or volatility, or the model gives no number; a side also goes quiet
 * when our position reached {@code maxInventoryHundredths} in its direction (long YES stops the YES bid, long NO the
 * NO bid). Going quiet sends nothing: the last quotes lapse after {@code quoteTtl}.
 *
 * <p>Signals: model probability p for YES and 1 − p for NO, market price the side's current ask ($1 when the side has
 * no ask), edge after the maker fee at the quote, confidence 1.0, time to live {@code quoteTtl}. Inputs: {@code p},
 * {@code reservation}, {@code halfSpread}, {@code quote}, {@code inventory} (contracts), {@code probabilityMove} (Δp),
 * {@code variance} (V), {@code spot}, {@code volPerSqrtSecond}, {@code secondsToClose}, {@code floor}/{@code cap}
 * when the market has them, {@code ask} when the side has one.
 *
 * <p>A market is forgotten once a {@code MarketInfo} gives it an outcome. The fair value is cached per market and
 * recomputed when the index changed or a second passed; the quotes when it or the inventory changed. A book update
 * that changes neither quote is a map lookup, a few flags and two comparisons with the asks, and allocates nothing.
 * One lane, one thread; not thread-safe.
 */
public final class MarketMaker implements Strategy {
  /** A fair value older than this (event time) is recomputed even when the index did not change: time decays it. */
  static final long FAIR_VALUE_MAX_AGE_NS = 1_000_000_000L;
  private static final long ONE_DOLLAR = Price.MICROS_PER_DOLLAR;
  private static final double MICROS = 1e6;
  private static final double NS_PER_SECOND = 1e9;
  private static final long FIFTEEN_MINUTES_NS = 15 * 60 * 1_000_000_000L;

  /**
   * The probability model, {@link FairValue#probabilityYes}'s signature (which is the default); pluggable so that
   * tests and research can drive the quoting with a known probability.
   */
  @FunctionalInterface
  public interface ProbabilityModel {
    /** See {@link FairValue#probabilityYes}: a probability in [0, 1], or NaN when an input is not usable. */
    double probabilityYes(StrikeType strikeType, double floor, double cap, double spot, double volPerSqrtSecond,
        long nowNs, long closeNs, long windowNs, double averageSoFar);
  }

  private final StrategyId id;
  private final ProbabilityModel model;
  private final double riskAversion;
  private final long baseHalfSpreadMicros;
  private final double volSpreadMultiplier;
  private final long maxHalfSpreadMicros;
  private final long volHorizonNs;
  private final long requoteNs;
  private final long quoteTtlNs;
  private final long minTimeToCloseNs;
  private final long maxInventoryHundredths;
  private final Map<MarketTicker, Quoting> markets = new HashMap<>();
  private final Map<Asset, Underlying> underlyings = new HashMap<>();

  /**
   * A market maker named {@code id} on {@link FairValue#probabilityYes}.
   *
   * @throws dev.strike.common.config.ConfigException if {@code params} break a rule of {@link MarketMakerParams}
   */
  public MarketMaker(StrategyId id, MarketMakerParams params) {
    this(id, params, FairValue::probabilityYes);
  }

  /**
   * A market maker named {@code id} on {@code model}.
   *
   * @throws dev.strike.common.config.ConfigException if {@code params} break a rule of {@link MarketMakerParams}
   */
  public MarketMaker(StrategyId id, MarketMakerParams params, ProbabilityModel model) {
    this.id = Objects.requireNonNull(id, "id");
    this.model = Objects.requireNonNull(model, "model");
    ValidParams.require(params);
    this.riskAversion = params.riskAversion();
    this.baseHalfSpreadMicros = params.baseHalfSpreadMicros();
    this.volSpreadMultiplier = params.volSpreadMultiplier();
    this.maxHalfSpreadMicros = params.maxHalfSpreadMicros();
    this.volHorizonNs = params.volHorizon().toNanos();
    this.requoteNs = params.requoteInterval().toNanos();
    this.quoteTtlNs = params.quoteTtl().toNanos();
    this.minTimeToCloseNs = params.minTimeToClose().toNanos();
    this.maxInventoryHundredths = params.maxInventoryHundredths();
  }

  @Override
  public StrategyId id() {
    return id;
  }

  @Override
  public List<Signal> onEvent(StrategyContext ctx, StrikeEvent event) {
    MarketTicker ticker = BookEvents.tickerOf(event);
    if (event instanceof SpotTick tick) {
      return onSpot(ctx, tick.asset());
    } else if (event instanceof Fill fill) {
      ticker = fill.ticker();
    } else if (event instanceof MarketInfo info) {
      ticker = info.ticker();
      if (info.status().hasOutcome()) {
        drop(ticker); // settled: it will not trade again
        return List.of();
      }
      Quoting known = markets.get(ticker);
      MarketState state = ctx.market(ticker);
      if (known != null && state != null && known.market != state) {
        markets.remove(ticker); // the engine replaced the market's state: track the new one
      } else if (known != null) {
        known.fairValueValid = false; // strikes or the close may have moved
      }
    } else if (event instanceof BookGap gap) {
      ticker = gap.ticker();
    }
    if (ticker == null) {
      return List.of();
    }
    Quoting quoting = quotingOf(ctx, ticker);
    if (quoting == null || quoting.ignored) {
      return List.of();
    }
    return evaluate(ctx, quoting);
  }

  private void drop(MarketTicker ticker) {
    Quoting quoting = markets.remove(ticker);
    Asset asset = quoting == null ? null : quoting.market.underlying();
    Underlying underlying = asset == null ? null : underlyings.get(asset);
    if (underlying != null) {
      underlying.markets.remove(quoting);
    }
  }

  private List<Signal> onSpot(StrategyContext ctx, Asset asset) {
    Underlying underlying = underlyings.get(asset);
    if (underlying == null) {
      return List.of();
    }
    SpotView spot = ctx.spot(asset);
    if (spot == null || spot.indexTsNs() == underlying.lastIndexTsNs) {
      return List.of();
    }
    underlying.lastIndexTsNs = spot.indexTsNs();
    List<Signal> out = null;
    for (Quoting quoting : underlying.markets) {
      List<Signal> signals = evaluate(ctx, quoting);
      if (!signals.isEmpty()) {
        if (out == null) {
          out = new ArrayList<>();
        }
        out.addAll(signals);
      }
    }
    return out == null ? List.of() : List.copyOf(out);
  }

  private @Nullable Quoting quotingOf(StrategyContext ctx, MarketTicker ticker) {
    Quoting quoting = markets.get(ticker);
    if (quoting != null) {
      return quoting;
    }
    MarketState market = ctx.market(ticker);
    if (market == null) {
      return null;
    }
    Asset asset = market.underlying();
    quoting = new Quoting(market, asset == null || !modelled(market.info()));
    markets.put(ticker, quoting);
    if (!quoting.ignored) {
      Underlying underlying = underlyings.computeIfAbsent(asset, a -> new Underlying());
      underlying.markets.removeIf(q -> q.market.info().ticker().equals(ticker));
      underlying.markets.add(quoting);
    }
    return quoting;
  }

  /** Whether the model prices the market: one of the five crypto strike types, or up/down without a floor. */
  private static boolean modelled(MarketInfo info) {
    return switch (info.strikeType()) {
      case GREATER, GREATER_OR_EQUAL, LESS, LESS_OR_EQUAL, BETWEEN -> true;
      default -> upDownWithoutFloor(info);
    };
  }

  private static boolean upDownWithoutFloor(MarketInfo info) {
    return info.floorStrike() == null && info.capStrike() == null
        && info.closeTimeNs() - info.openTimeNs() <= FIFTEEN_MINUTES_NS;
  }

  private List<Signal> evaluate(StrategyContext ctx, Quoting quoting) {
    MarketState market = quoting.market;
    MarketInfo info = market.info();
    long nowNs = ctx.nowNs();
    if (!market.isOpen() || !market.bookUsable() || !market.fees().isKnown()
        || info.closeTimeNs() - nowNs <= minTimeToCloseNs) {
      return quoting.forget();
    }
    SpotView spot = ctx.spot(Objects.requireNonNull(market.underlying()));
    if (spot == null || spot.degraded()) {
      return quoting.forget();
    }
    if (!quoting.fairValueValid || spot.indexTsNs() != quoting.fairValueIndexTsNs
        || nowNs - quoting.fairValueAtNs >= FAIR_VALUE_MAX_AGE_NS) {
      fairValue(quoting, info, spot, nowNs);
    }
    if (!quoting.fairValueValid) {
      return quoting.forget();
    }
    long inventory = ctx.netYesHundredths(info.ticker());
    if (quoting.quotesStale || inventory != quoting.inventory) {
      quotes(quoting, info.priceGrid(), inventory);
    }
    PriceGrid grid = info.priceGrid();
    long yesAsk = market.bestAskMicros(Side.YES);
    long noAsk = market.bestAskMicros(Side.NO);
    long yesBid = inventory >= maxInventoryHundredths ? -1 : postOnly(grid, quoting.yesBid, yesAsk);
    long noBid = inventory <= -maxInventoryHundredths ? -1 : postOnly(grid, quoting.noBid, noAsk);
    boolean sendYes = yesBid > 0 && (yesBid != quoting.sentYes || nowNs - quoting.sentYesAtNs >= requoteNs);
    boolean sendNo = noBid > 0 && (noBid != quoting.sentNo || nowNs - quoting.sentNoAtNs >= requoteNs);
    if (yesBid <= 0) {
      quoting.sentYes = -1;
    }
    if (noBid <= 0) {
      quoting.sentNo = -1;
    }
    if (!sendYes && !sendNo) {
      return List.of();
    }
    Signal yes = null;
    Signal no = null;
    if (sendYes) {
      yes = quote(ctx, quoting, market, Side.YES, yesBid, yesAsk, inventory, nowNs);
      if (yes != null) {
        quoting.sentYes = yesBid;
        quoting.sentYesAtNs = nowNs;
      }
    }
    if (sendNo) {
      no = quote(ctx, quoting, market, Side.NO, noBid, noAsk, inventory, nowNs);
      if (no != null) {
        quoting.sentNo = noBid;
        quoting.sentNoAtNs = nowNs;
      }
    }
    return yes == null ? SignalFactory.listOf(no) : no == null ? List.of(yes) : List.of(yes, no);
  }

  private void fairValue(Quoting quoting, MarketInfo info, SpotView spot, long nowNs) {
    quoting.fairValueValid = false;
    quoting.quotesStale = true;
    quoting.fairValueIndexTsNs = spot.indexTsNs();
    quoting.fairValueAtNs = nowNs;
    double index = spot.index();
    double vol = spot.ewmaVolPerSqrtSecond();
    if (!(index > 0) || !Double.isFinite(index) || !(vol > 0) || !Double.isFinite(vol)) {
      return;
    }
    StrikeType type = info.strikeType();
    double floor = toDouble(info.floorStrike());
    double cap = toDouble(info.capStrike());
    if (upDownWithoutFloor(info)) {
      type = StrikeType.GREATER_OR_EQUAL;
      floor = spot.averageOver(info.openTimeNs() - FairValue.SETTLEMENT_WINDOW_NS, info.openTimeNs());
    }
    long closeNs = info.closeTimeNs();
    long windowStartNs = closeNs - FairValue.SETTLEMENT_WINDOW_NS;
    double averageSoFar = nowNs > windowStartNs ? spot.averageOver(windowStartNs, nowNs) : Double.NaN;
    long window = FairValue.SETTLEMENT_WINDOW_NS;
    double p = model.probabilityYes(type, floor, cap, index, vol, nowNs, closeNs, window, averageSoFar);
    double bump = vol * Math.sqrt(volHorizonNs / NS_PER_SECOND);
    double up = model.probabilityYes(type, floor, cap, index * Math.exp(bump), vol, nowNs, closeNs, window,
        averageSoFar);
    double down = model.probabilityYes(type, floor, cap, index * Math.exp(-bump), vol, nowNs, closeNs, window,
        averageSoFar);
    double move = Math.abs(up - down) / 2;
    double secondsToClose = (closeNs - nowNs) / NS_PER_SECOND;
    double variance = Math.min(move * move * secondsToClose / (volHorizonNs / NS_PER_SECOND), p * (1 - p));
    if (!(p >= 0 && p <= 1) || !Double.isFinite(move) || !Double.isFinite(variance)) {
      return;
    }
    quoting.p = p;
    quoting.move = move;
    quoting.variance = variance;
    quoting.spot = index;
    quoting.vol = vol;
    quoting.floor = floor;
    quoting.cap = cap;
    quoting.fairValueValid = true;
  }

  private void quotes(Quoting quoting, PriceGrid grid, long inventory) {
    double reservation = quoting.p - inventory / 100.0 * riskAversion * quoting.variance;
    double halfSpread = Math.min(maxHalfSpreadMicros / MICROS,
        baseHalfSpreadMicros / MICROS + volSpreadMultiplier * quoting.move);
    quoting.reservation = reservation;
    quoting.halfSpread = halfSpread;
    quoting.yesBid = bidOnGrid(grid, reservation - halfSpread);
    quoting.noBid = bidOnGrid(grid, 1 - (reservation + halfSpread));
    quoting.inventory = inventory;
    quoting.quotesStale = false;
  }

  /** A bid in dollars to the nearest micro-dollar, then down onto the grid; -1 when no tradable bid results. */
  private static long bidOnGrid(PriceGrid grid, double dollars) {
    if (!Double.isFinite(dollars)) {
      return -1;
    }
    long micros = Math.round(dollars * MICROS);
    if (micros <= 0) {
      return -1;
    }
    Price bid = grid.roundDown(Price.ofMicros(Math.min(micros, ONE_DOLLAR - 1)));
    return grid.isTradable(bid) ? bid.micros() : -1;
  }

  /** {@code bid} kept strictly below {@code ask} (one tick below it when it would cross); -1 when none is left. */
  private static long postOnly(PriceGrid grid, long bid, long ask) {
    if (bid <= 0 || ask < 0 || bid < ask) {
      return bid;
    }
    Price below = grid.tickDown(Price.ofMicros(ask));
    return below.micros() < ask && grid.isTradable(below) ? below.micros() : -1;
  }

  private @Nullable Signal quote(StrategyContext ctx, Quoting quoting, MarketState market, Side side, long bid,
      long ask, long inventory, long nowNs) {
    SortedMap<String, Double> inputs = new TreeMap<>();
    inputs.put("p", quoting.p);
    inputs.put("reservation", quoting.reservation);
    inputs.put("halfSpread", quoting.halfSpread);
    inputs.put("quote", bid / MICROS);
    inputs.put("inventory", inventory / 100.0);
    inputs.put("probabilityMove", quoting.move);
    inputs.put("variance", quoting.variance);
    inputs.put("spot", quoting.spot);
    inputs.put("volPerSqrtSecond", quoting.vol);
    inputs.put("secondsToClose", (market.info().closeTimeNs() - nowNs) / NS_PER_SECOND);
    if (Double.isFinite(quoting.floor)) {
      inputs.put("floor", quoting.floor);
    }
    if (Double.isFinite(quoting.cap)) {
      inputs.put("cap", quoting.cap);
    }
    if (ask >= 0) {
      inputs.put("ask", ask / MICROS);
    }
    double probability = side == Side.YES ? quoting.p : 1 - quoting.p;
    String reason = String.format(Locale.ROOT,
        "quote %s bid %.4f: fair %.4f, reservation %.4f at %.2f contracts, half-spread %.4f", side, bid / MICROS,
        quoting.p, quoting.reservation, inventory / 100.0, quoting.halfSpread);
    return ctx.signals().signal(id, market, SignalKind.QUOTE, side, Action.BUY, probability,
        ask >= 0 ? ask : ONE_DOLLAR, bid, true, 1.0, quoteTtlNs, reason, inputs);
  }

  private static double toDouble(@Nullable BigDecimal value) {
    return value == null ? Double.NaN : value.doubleValue();
  }

  /** The markets of one underlying, and the index time last acted on. */
  private static final class Underlying {
    final List<Quoting> markets = new ArrayList<>();
    long lastIndexTsNs = Long.MIN_VALUE;
  }

  /** One market's fair value, desired quotes and last quotes sent. */
  private static final class Quoting {
    final MarketState market;
    final boolean ignored;
    boolean fairValueValid;
    long fairValueIndexTsNs;
    long fairValueAtNs;
    double p;
    double move;
    double variance;
    double spot;
    double vol;
    double floor;
    double cap;
    boolean quotesStale = true;
    long inventory;
    double reservation;
    double halfSpread;
    long yesBid = -1;
    long noBid = -1;
    long sentYes = -1;
    long sentYesAtNs;
    long sentNo = -1;
    long sentNoAtNs;

    Quoting(MarketState market, boolean ignored) {
      this.market = market;
      this.ignored = ignored;
    }

    List<Signal> forget() {
      sentYes = -1;
      sentNo = -1;
      return List.of();
    }
  }
}
