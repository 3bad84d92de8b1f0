package dev.strike.signals.core.strategy;

import static dev.strike.signals.core.strategy.ArbitrageLegs.dollars;

import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.fee.KalshiFees;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Price;
import dev.strike.signals.core.MarketState;
import dev.strike.signals.core.Strategy;
import dev.strike.signals.core.StrategyContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Parity arbitrage (issue 4e): buy YES and NO of one market together when the pair, which always pays exactly $1,
 * costs less than $1 after both taker fees by at least {@code minProfitMicros}.
 *
 * <h2>When it can happen</h2>
 * A Kalshi book holds bids only: YES bids in YES prices and NO bids in NO prices; buying YES at its ask takes the
 * best NO bid ({@code ask(YES) = $1 − bid(NO)}), buying NO takes the best YES bid ({@code ask(NO) = $1 − bid(YES)}).
 * So {@code ask(YES) + ask(NO) = $2 − bid(YES) − bid(NO)}, and the condition
 * {@code ask(YES) + ask(NO) + fee(YES) + fee(NO) < $1 − minProfit} is the same as
 * <pre>  bid(YES) + bid(NO) > $1 + fee(YES) + fee(NO) + minProfit</pre>
 * with {@code fee(S)} the taker fee per contract at S's ask ({@link KalshiFees#perContractMicros}, before the
 * per-order cent rounding). A consistent Kalshi book can never show this: a YES bid at y and a NO bid at n with
 * {@code y + n ≥ $1} are a complete pair and the matching engine crosses them at once, so a live book always has
 * {@code bid(YES) + bid(NO) < $1}. The opportunity exists only in a book that is crossed as we hold it (a transient
 * state of the published stream between two deltas, or a level that was not removed in time), and then only when
 * the cross is wider than both fees plus the minimum profit (about 3.5¢ + 0.5¢ at mid prices). It is a rare,
 * short-lived, defensive strategy; the cooldown keeps it from firing again and again on the same crossed state.
 *
 * <h2>Example</h2>
 * Best YES bid $0.55 × 20, best NO bid $0.50 × 30 (fees {@code quadratic} × 1): ask(YES) = $0.50 × 30, ask(NO) =
 * $0.45 × 20; fee(YES) = 0.07 × 0.50 × 0.50 = $0.0175, fee(NO) = 0.07 × 0.45 × 0.55 = $0.017325. The pair costs
 * 500,000 + 450,000 + 17,500 + 17,325 = 984,825 micro-dollars and pays 1,000,000: profitPerPair = 15,175 micros
 * (1.52¢) > 5,000, sizeAvailable = min(30, 20) = 20 contracts, so it emits BUY YES at $0.50 and BUY NO at $0.45.
 *
 * <h2>Model probability</h2>
 * The two legs are not forecasts: each leg's probability is the one that prices the pair at exactly its $1 payout
 * with the locked-in profit split evenly between the legs,
 * {@code p(YES) = (ask(YES) + fee(YES) + ⌊profit / 2⌋) / $1} and {@code p(NO) = 1 − p(YES)}, so the two sum to 1 and
 * each signal's edge after fees is half the pair's profit (7,587 and 7,588 micros in the example, give or take the
 * micro-dollar the factory's flooring of {@code p × 1e6} may take).
 *
 * <h2>Signals</h2>
 * Two {@link SignalKind#ENTRY} signals built on the same trigger, BUY YES limited at ask(YES) and BUY NO at ask(NO)
 * (the factory rounds each down onto the grid), confidence 1.0, time to live {@code ttl}. Inputs (dollars, sizes in
 * contracts): {@code askYes}, {@code askNo}, {@code feeYes}, {@code feeNo}, {@code profitPerPair},
 * {@code sizeAvailable}. Nothing fires when the book is not usable, the market is not open, its fees are not known,
 * either ask is missing, the smaller ask size is below {@code minSizeHundredths}, or the market fired less than
 * {@code cooldown} ago (event time) at the same two asks.
 *
 * <p>Triggered by {@code BookSnapshot} and {@code BookDelta}. The path that fires nothing is a type check, a market
 * lookup, three flags and one integer comparison ({@code bid(YES) + bid(NO) > $1 + minProfit}, which fees can only
 * make harder), and allocates nothing. State: the last firing per market, dropped once the market has an outcome.
 * One lane, one thread; not thread-safe.
 */
public final class ParityArbitrage implements Strategy {
  private static final long ONE_DOLLAR = Price.MICROS_PER_DOLLAR;
  private static final double MICROS = 1e6;
  private static final double HUNDREDTHS = 100.0;

  private final StrategyId id;
  private final ArbitrageLegs legs;
  private final Map<MarketTicker, LastFire> lastFires = new HashMap<>();

  /**
   * A parity arbitrage strategy named {@code id}.
   *
   * @throws dev.strike.common.config.ConfigException if {@code params} break a rule of {@link ArbitrageParams}
   */
  public ParityArbitrage(StrategyId id, ArbitrageParams params) {
    this.id = Objects.requireNonNull(id, "id");
    this.legs = new ArbitrageLegs(id, params);
  }

  @Override
  public StrategyId id() {
    return id;
  }

  @Override
  public List<Signal> onEvent(StrategyContext ctx, StrikeEvent event) {
    MarketTicker ticker = BookEvents.tickerOf(event);
    if (ticker == null) {
      if (event instanceof MarketInfo info && info.status().hasOutcome()) {
        lastFires.remove(info.ticker()); // settled: it will not trade again
      }
      return List.of();
    }
    MarketState market = ctx.market(ticker);
    if (market == null || !market.bookUsable() || !market.isOpen() || !market.fees().isKnown()) {
      return List.of();
    }
    long bidYes = market.bestBidMicros(Side.YES);
    long bidNo = market.bestBidMicros(Side.NO);
    if (bidYes <= 0 || bidNo <= 0 || bidYes >= ONE_DOLLAR || bidNo >= ONE_DOLLAR
        || bidYes + bidNo - ONE_DOLLAR <= legs.minProfitMicros) {
      return List.of();
    }
    return evaluate(ctx, market, ticker, bidYes, bidNo);
  }

  private List<Signal> evaluate(StrategyContext ctx, MarketState market, MarketTicker ticker, long bidYes,
      long bidNo) {
    long askYes = ONE_DOLLAR - bidNo;
    long askNo = ONE_DOLLAR - bidYes;
    KalshiFees fees = market.fees();
    long feeYes = fees.perContractMicros(askYes, false);
    long feeNo = fees.perContractMicros(askNo, false);
    long profit = ONE_DOLLAR - askYes - askNo - feeYes - feeNo;
    long size = Math.min(market.bestAskQty(Side.YES), market.bestAskQty(Side.NO));
    if (!legs.worthFiring(profit, size)) {
      return List.of();
    }
    long nowNs = ctx.nowNs();
    LastFire last = lastFires.get(ticker);
    if (last != null && nowNs - last.atNs < legs.cooldownNs && last.askYes == askYes && last.askNo == askNo) {
      return List.of();
    }
    long pYesMicros = askYes + feeYes + profit / 2;
    double pYes = pYesMicros / MICROS;
    double pNo = (ONE_DOLLAR - pYesMicros) / MICROS;
    SortedMap<String, Double> inputs = new TreeMap<>();
    inputs.put("askYes", askYes / MICROS);
    inputs.put("askNo", askNo / MICROS);
    inputs.put("feeYes", feeYes / MICROS);
    inputs.put("feeNo", feeNo / MICROS);
    inputs.put("profitPerPair", profit / MICROS);
    inputs.put("sizeAvailable", size / HUNDREDTHS);
    String reason = "parity: YES " + dollars(askYes) + " + NO " + dollars(askNo) + " + fees "
        + dollars(feeYes + feeNo) + " = " + dollars(ONE_DOLLAR - profit) + " < $1: " + dollars(profit)
        + " per pair, " + ArbitrageLegs.contracts(size) + " available";
    Signal yes = legs.buy(ctx, market, Side.YES, pYes, askYes, reason, inputs);
    Signal no = legs.buy(ctx, market, Side.NO, pNo, askNo, reason, inputs);
    if (yes == null || no == null) {
      // one leg alone is a directional bet, not an arbitrage
      return List.of();
    }
    if (last == null) {
      lastFires.put(ticker, new LastFire(nowNs, askYes, askNo));
    } else {
      last.atNs = nowNs;
      last.askYes = askYes;
      last.askNo = askNo;
    }
    return List.of(yes, no);
  }

  /** When a market last fired and at which asks. */
  private static final class LastFire {
    long atNs;
    long askYes;
    long askNo;

    LastFire(long atNs, long askYes, long askNo) {
      this.atNs = atNs;
      this.askYes = askYes;
      this.askNo = askNo;
    }
  }
}
