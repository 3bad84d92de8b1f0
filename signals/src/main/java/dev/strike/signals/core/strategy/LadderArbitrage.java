package dev.strike.signals.core.strategy;

import static dev.strike.signals.core.strategy.ArbitrageLegs.contracts;
import static dev.strike.signals.core.strategy.ArbitrageLegs.dollars;

import dev.strike.common.event.BookGap;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.StrikeEvent;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.MarketTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Price;
import dev.strike.signals.core.MarketState;
import dev.strike.signals.core.Strategy;
import dev.strike.signals.core.StrategyContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Ladder arbitrage (issue 4f) across the markets of one Kalshi event ({@link StrategyContext#marketsOfEvent}). All
 * legs are taker buys limited at their current ask, emitted together as {@link SignalKind#ENTRY} signals on the same
 * trigger; a set of legs is emitted whole or not at all. Prices and fees are integer micro-dollars, fees per contract
 * at the leg's ask ({@code KalshiFees.perContractMicros(ask, taker)}).
 *
 * <h2>1. Monotonicity of P(above K)</h2>
 * For the event's {@code greater}/{@code greater_or_equal} markets sorted by floor strike, YES of a higher strike
 * implies YES of every lower one, so YES(lower) + NO(higher) pays at least $1 whatever the settlement value ($2 when
 * it falls between the strikes). Buying YES of the lower strike at its ask and NO of the higher strike at its ask
 * ({@code $1 − bid(YES, higher)}) locks in
 * <pre>  profit = bid(YES, higher) − fee(higher) − ask(YES, lower) − fee(lower)</pre>
 * and fires when it is above {@code minProfitMicros}: that is "bid(YES, higher K) > ask(YES, lower K) + fees of both
 * legs + minProfit". Example: YES above $64,000 asks $0.40, YES above $64,500 bids $0.48: fees 0.07 × 0.4 × 0.6 =
 * $0.0168 and 0.07 × 0.52 × 0.48 = $0.017472, profit = 480,000 − 17,472 − 400,000 − 16,800 = 45,728 micros per pair.
 * The check scans the whole ladder in one pass (the best pair: for each strike the cheapest lower YES so far).
 *
 * <h2>2. Bracket sums</h2>
 * When the event's {@code between} buckets and its two tails form a complete, mutually exclusive set (see
 * {@link LadderArbitrageEvent#bracketProblem} for the exact check; an incomplete set, e.g. one this lane sees only
 * in part, is skipped), exactly one market settles YES. Buying YES of every market pays $1:
 * {@code profit = $1 − Σ (ask(YES) + fee)}; buying NO of every market pays $(n − 1):
 * {@code profit = Σ (bid(YES) − fee) − $1}, each fee at that leg's ask. Either fires when its profit is above
 * {@code minProfitMicros}. The sums are kept incrementally, so the check is O(1) per book event.
 *
 * <h2>Firing</h2>
 * On a book update of any member, when its top of book or status changed (or an opportunity found earlier is still
 * pending), the best of the three candidates is taken if its profit exceeds the minimum. Before emitting, every leg is
 * re-read from its live book: its ask, fee and the size at the ask (every leg must show {@code minSizeHundredths});
 * otherwise nothing fires and the event is re-examined on its next book event. After firing, the event stays quiet
 * for {@code cooldown} (event time).
 *
 * <p>Model probability of each leg: not a forecast but the price that makes the set fair at its guaranteed payout,
 * with the locked-in profit split evenly over the legs: {@code p = (ask + fee + profit / n) / $1} (capped at 1), so
 * each leg's edge after fees is its share of the profit. Confidence 1.0; time to live {@code ttl}. Inputs (dollars,
 * sizes in contracts, strikes in the underlying's unit): {@code kind} (1 monotonicity, 2 bracket YES, 3 bracket NO),
 * {@code legs}, {@code payout}, {@code total} (what was compared with $1: the pair's or the brackets' cost
 * {@code Σ (ask + fee)}, or {@code Σ (bid(YES) − fee)} for bracket NO), {@code totalFees}, {@code profit},
 * {@code sizeAvailable}; for a strike pair {@code strikeLow}, {@code strikeHigh}, {@code askYesLow},
 * {@code bidYesHigh}, {@code askNoHigh}, {@code feeLow}, {@code feeHigh}; per leg {@code ask}, {@code fee} and its
 * {@code floor}/{@code cap} when it has them.
 *
 * <p>Not covered: {@code less*} ladders (the mirror image of the above), and pairs across events. Triggered by
 * {@code BookSnapshot}, {@code BookDelta} and {@code BookGap} (which only refreshes); a {@code MarketInfo} rebuilds
 * its event, or forgets it once every market of it has an outcome. The path that fires nothing is a map lookup and a
 * comparison of two bids when the top did not change, else one pass over the event's {@code greater*} markets; it
 * allocates nothing. One lane, one thread; not thread-safe.
 */
public final class LadderArbitrage implements Strategy {
  private static final long ONE_DOLLAR = Price.MICROS_PER_DOLLAR;
  private static final double MICROS = 1e6;
  private static final double HUNDREDTHS = 100.0;
  private static final int MONOTONICITY = 1;
  private static final int BRACKET_YES = 2;
  private static final int BRACKET_NO = 3;

  private final StrategyId id;
  private final ArbitrageLegs legs;
  private final Map<MarketTicker, Member> members = new HashMap<>();
  private final Map<EventTicker, LadderArbitrageEvent> events = new HashMap<>();

  /**
   * A ladder arbitrage strategy named {@code id}.
   *
   * @throws dev.strike.common.config.ConfigException if {@code params} break a rule of {@link ArbitrageParams}
   */
  public LadderArbitrage(StrategyId id, ArbitrageParams params) {
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
    boolean gap = event instanceof BookGap;
    if (event instanceof BookGap bookGap) {
      ticker = bookGap.ticker();
    } else if (event instanceof MarketInfo info) {
      if (info.status().hasOutcome() && allHaveOutcomes(ctx.marketsOfEvent(info.eventTicker()))) {
        drop(info.eventTicker()); // the whole event is settled: it will not trade again
      } else {
        rebuild(ctx, info.eventTicker(), ctx.market(info.ticker()));
      }
      return List.of();
    }
    if (ticker == null) {
      return List.of();
    }
    Member member = members.get(ticker);
    if (member == null) {
      MarketState market = ctx.market(ticker);
      if (market == null) {
        return List.of();
      }
      rebuild(ctx, market.info().eventTicker(), market);
      member = members.get(ticker);
    }
    LadderArbitrageEvent ladder = member.event;
    if (!ladder.interesting()) {
      return List.of();
    }
    boolean changed = ladder.refresh(member);
    if (gap || (!changed && !ladder.pending)) {
      return List.of();
    }
    return check(ctx, ladder);
  }

  /** Why the event's brackets are not a complete set (null when they are or it has none); for operators and tests. */
  public @Nullable String bracketProblem(EventTicker event) {
    LadderArbitrageEvent ladder = events.get(event);
    return ladder == null ? null : ladder.bracketProblem;
  }

  private static boolean allHaveOutcomes(List<MarketState> markets) {
    for (MarketState market : markets) {
      if (!market.info().status().hasOutcome()) {
        return false;
      }
    }
    return true;
  }

  private void drop(EventTicker eventTicker) {
    events.remove(eventTicker);
    members.values().removeIf(member -> member.event.ticker.equals(eventTicker));
  }

  private void rebuild(StrategyContext ctx, EventTicker eventTicker, @Nullable MarketState trigger) {
    List<MarketState> markets = new ArrayList<>(ctx.marketsOfEvent(eventTicker));
    if (trigger != null && !markets.contains(trigger)) {
      markets.add(trigger);
    }
    LadderArbitrageEvent previous = events.get(eventTicker);
    LadderArbitrageEvent rebuilt = LadderArbitrageEvent.of(eventTicker, markets);
    if (previous != null) {
      rebuilt.fired = previous.fired;
      rebuilt.lastFireNs = previous.lastFireNs;
    }
    events.put(eventTicker, rebuilt);
    for (MarketState market : markets) {
      Member member = new Member(market, rebuilt, indexOf(rebuilt.ladder, market), indexOf(rebuilt.brackets, market));
      members.put(market.info().ticker(), member);
      if (rebuilt.interesting()) {
        rebuilt.refresh(member);
      }
    }
    rebuilt.pending = rebuilt.interesting();
  }

  private List<Signal> check(StrategyContext ctx, LadderArbitrageEvent ladder) {
    long nowNs = ctx.nowNs();
    if (ladder.fired && nowNs - ladder.lastFireNs < legs.cooldownNs) {
      ladder.pending = true;
      return List.of();
    }
    long best = Long.MIN_VALUE;
    int kind = 0;
    int low = -1;
    int high = -1;
    long[] cost = ladder.ladderCost;
    long[] value = ladder.ladderValue;
    long minCost = LadderArbitrageEvent.NO_COST;
    int minIndex = -1;
    for (int j = 0; j < cost.length; j++) {
      if (minIndex >= 0 && value[j] != LadderArbitrageEvent.NO_VALUE && value[j] - minCost > best) {
        best = value[j] - minCost;
        kind = MONOTONICITY;
        low = minIndex;
        high = j;
      }
      if (cost[j] < minCost) {
        minCost = cost[j];
        minIndex = j;
      }
    }
    if (ladder.brackets.length > 0) {
      if (ladder.missingCost == 0 && ONE_DOLLAR - ladder.sumCost > best) {
        best = ONE_DOLLAR - ladder.sumCost;
        kind = BRACKET_YES;
      }
      if (ladder.missingValue == 0 && ladder.sumValue - ONE_DOLLAR > best) {
        best = ladder.sumValue - ONE_DOLLAR;
        kind = BRACKET_NO;
      }
    }
    if (best <= legs.minProfitMicros) {
      ladder.pending = false;
      return List.of();
    }
    List<Signal> signals = fire(ctx, ladder, kind, low, high);
    ladder.pending = signals.isEmpty();
    if (!signals.isEmpty()) {
      ladder.fired = true;
      ladder.lastFireNs = nowNs;
    }
    return signals;
  }

  private List<Signal> fire(StrategyContext ctx, LadderArbitrageEvent ladder, int kind, int low, int high) {
    MarketState[] markets;
    Side[] sides;
    long payout;
    if (kind == MONOTONICITY) {
      markets = new MarketState[] {ladder.ladder[low], ladder.ladder[high]};
      sides = new Side[] {Side.YES, Side.NO};
      payout = ONE_DOLLAR;
    } else {
      markets = ladder.brackets;
      sides = new Side[markets.length];
      java.util.Arrays.fill(sides, kind == BRACKET_YES ? Side.YES : Side.NO);
      payout = kind == BRACKET_YES ? ONE_DOLLAR : (markets.length - 1) * ONE_DOLLAR;
    }
    int n = markets.length;
    long[] asks = new long[n];
    long[] fees = new long[n];
    long totalCost = 0;
    long totalFees = 0;
    long size = Long.MAX_VALUE;
    for (int k = 0; k < n; k++) {
      MarketState market = markets[k];
      long otherBid = market.bestBidMicros(sides[k].opposite());
      if (!market.bookUsable() || !market.isOpen() || !market.fees().isKnown() || otherBid <= 0
          || otherBid >= ONE_DOLLAR) {
        return List.of();
      }
      asks[k] = ONE_DOLLAR - otherBid;
      fees[k] = market.fees().perContractMicros(asks[k], false);
      totalCost += asks[k] + fees[k];
      totalFees += fees[k];
      size = Math.min(size, market.bestAskQty(sides[k]));
    }
    long profit = payout - totalCost;
    if (!legs.worthFiring(profit, size)) {
      return List.of();
    }
    SortedMap<String, Double> common = new TreeMap<>();
    common.put("kind", (double) kind);
    common.put("legs", (double) n);
    common.put("payout", payout / MICROS);
    common.put("total", (kind == BRACKET_NO ? n * ONE_DOLLAR - totalCost : totalCost) / MICROS);
    common.put("totalFees", totalFees / MICROS);
    common.put("profit", profit / MICROS);
    common.put("sizeAvailable", size / HUNDREDTHS);
    String reason;
    if (kind == MONOTONICITY) {
      BigDecimal strikeLow = markets[0].info().floorStrike();
      BigDecimal strikeHigh = markets[1].info().floorStrike();
      common.put("strikeLow", strikeLow.doubleValue());
      common.put("strikeHigh", strikeHigh.doubleValue());
      common.put("askYesLow", asks[0] / MICROS);
      common.put("askNoHigh", asks[1] / MICROS);
      common.put("bidYesHigh", (ONE_DOLLAR - asks[1]) / MICROS);
      common.put("feeLow", fees[0] / MICROS);
      common.put("feeHigh", fees[1] / MICROS);
      reason = "ladder: YES above " + strikeLow.toPlainString() + " at " + dollars(asks[0]) + " + NO above "
          + strikeHigh.toPlainString() + " at " + dollars(asks[1]) + " + fees " + dollars(totalFees)
          + " pay at least $1: " + dollars(profit) + " per pair, " + contracts(size) + " available";
    } else {
      reason = "brackets: " + (kind == BRACKET_YES ? "YES" : "NO") + " of all " + n + " markets costs "
          + dollars(totalCost) + " with fees and pays " + dollars(payout) + ": " + dollars(profit) + " per set, "
          + contracts(size) + " available";
    }
    List<Signal> signals = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      long share = profit / n + (k < profit % n ? 1 : 0);
      long pMicros = Math.min(ONE_DOLLAR, asks[k] + fees[k] + share);
      SortedMap<String, Double> inputs = new TreeMap<>(common);
      inputs.put("ask", asks[k] / MICROS);
      inputs.put("fee", fees[k] / MICROS);
      MarketInfo info = markets[k].info();
      if (info.floorStrike() != null) {
        inputs.put("floor", info.floorStrike().doubleValue());
      }
      if (info.capStrike() != null) {
        inputs.put("cap", info.capStrike().doubleValue());
      }
      Signal signal = legs.buy(ctx, markets[k], sides[k], pMicros / MICROS, asks[k], reason, inputs);
      if (signal == null) {
        // a set with a leg missing is a directional position, not an arbitrage
        return List.of();
      }
      signals.add(signal);
    }
    return List.copyOf(signals);
  }

  private static int indexOf(MarketState[] markets, MarketState market) {
    for (int k = 0; k < markets.length; k++) {
      if (markets[k] == market) {
        return k;
      }
    }
    return -1;
  }

  /** One market as the strategy tracks it: its event, its places there, and the top of book last read. */
  static final class Member {
    final MarketState state;
    final LadderArbitrageEvent event;
    final int ladderIndex;
    final int bracketIndex;
    long bidYes = Long.MIN_VALUE;
    long bidNo = Long.MIN_VALUE;
    boolean tradable;

    Member(MarketState state, LadderArbitrageEvent event, int ladderIndex, int bracketIndex) {
      this.state = state;
      this.event = event;
      this.ladderIndex = ladderIndex;
      this.bracketIndex = bracketIndex;
    }
  }
}
