package dev.strike.signals.core.strategy;

import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.Side;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.EventTicker;
import dev.strike.common.money.Price;
import dev.strike.signals.core.MarketState;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link LadderArbitrage} keeps about one Kalshi event: its {@code greater}/{@code greater_or_equal} markets in
 * strike order and, when the event is a complete bracket set, every market of it from the lower tail to the upper
 * one, each with the cost of buying its YES ({@code ask + fee}) and the value of its YES bid ({@code bid − fee}, which
 * is $1 minus the cost of buying its NO), refreshed from the market's book on every book event of that market. The
 * bracket sums are kept incrementally, so checking them is O(1); the strike-pair check is one O(n) pass.
 * Not thread-safe: owned by the strategy's lane.
 */
final class LadderArbitrageEvent {
  /** Cost of a leg that cannot be bought (no ask, closed, fees unknown): far above any real cost, overflow-safe. */
  static final long NO_COST = Long.MAX_VALUE / 4;
  /** Value of a leg whose bid is missing. */
  static final long NO_VALUE = Long.MIN_VALUE / 4;
  private static final long ONE_DOLLAR = Price.MICROS_PER_DOLLAR;

  final EventTicker ticker;
  /** {@code greater*} markets by floor strike, {@code greater_or_equal} before {@code greater} at equal floors. */
  final MarketState[] ladder;
  final long[] ladderCost;
  final long[] ladderValue;
  /** A complete bracket set from the lower tail to the upper tail, or empty. */
  final MarketState[] brackets;
  final long[] bracketCost;
  final long[] bracketValue;
  /** Why the event's brackets are not a complete set; null when they are or when it has none. */
  final @Nullable String bracketProblem;
  long sumCost;
  int missingCost;
  long sumValue;
  int missingValue;
  boolean fired;
  long lastFireNs;
  /** Whether an opportunity may exist that was not acted on (cooldown, too little size): check without a change. */
  boolean pending;

  private LadderArbitrageEvent(EventTicker ticker, MarketState[] ladder, MarketState[] brackets,
      @Nullable String bracketProblem) {
    this.ticker = ticker;
    this.ladder = ladder;
    this.ladderCost = filled(ladder.length, NO_COST);
    this.ladderValue = filled(ladder.length, NO_VALUE);
    this.brackets = brackets;
    this.bracketCost = filled(brackets.length, NO_COST);
    this.bracketValue = filled(brackets.length, NO_VALUE);
    this.bracketProblem = bracketProblem;
    this.missingCost = brackets.length;
    this.missingValue = brackets.length;
  }

  /** The event of {@code markets} (all of one event). */
  static LadderArbitrageEvent of(EventTicker ticker, List<MarketState> markets) {
    List<MarketState> ladder = new ArrayList<>();
    boolean anyBucket = false;
    for (MarketState market : markets) {
      StrikeType type = market.info().strikeType();
      if ((type == StrikeType.GREATER || type == StrikeType.GREATER_OR_EQUAL) && market.info().floorStrike() != null) {
        ladder.add(market);
      }
      anyBucket |= type == StrikeType.BETWEEN;
    }
    ladder.sort(Comparator.<MarketState, BigDecimal>comparing(m -> m.info().floorStrike())
        .thenComparing(m -> m.info().strikeType() == StrikeType.GREATER ? 1 : 0));
    List<MarketInfo> infos = new ArrayList<>();
    for (MarketState market : markets) {
      infos.add(market.info());
    }
    String problem = anyBucket ? bracketProblem(infos) : null;
    MarketState[] brackets = new MarketState[0];
    if (anyBucket && problem == null) {
      List<MarketState> ordered = new ArrayList<>(markets);
      ordered.sort(Comparator.comparingInt((MarketState m) -> bracketRank(m.info().strikeType()))
          .thenComparing(m -> m.info().floorStrike(), Comparator.nullsFirst(Comparator.naturalOrder())));
      brackets = ordered.toArray(new MarketState[0]);
    }
    return new LadderArbitrageEvent(ticker, ladder.toArray(new MarketState[0]), brackets, problem);
  }

  /** Whether any opportunity can exist here: two ladder markets, or a complete bracket set. */
  boolean interesting() {
    return ladder.length >= 2 || brackets.length > 0;
  }

  /**
   * Re-reads {@code member}'s top of book and status; returns whether anything this event keeps changed.
   */
  boolean refresh(LadderArbitrage.Member member) {
    MarketState market = member.state;
    long bidYes = market.bestBidMicros(Side.YES);
    long bidNo = market.bestBidMicros(Side.NO);
    boolean tradable = market.isOpen() && market.fees().isKnown();
    if (bidYes == member.bidYes && bidNo == member.bidNo && tradable == member.tradable) {
      return false;
    }
    member.bidYes = bidYes;
    member.bidNo = bidNo;
    member.tradable = tradable;
    long cost = tradable && bidNo > 0 && bidNo < ONE_DOLLAR
        ? ONE_DOLLAR - bidNo + market.fees().perContractMicros(ONE_DOLLAR - bidNo, false) : NO_COST;
    long value = tradable && bidYes > 0 && bidYes < ONE_DOLLAR
        ? bidYes - market.fees().perContractMicros(ONE_DOLLAR - bidYes, false) : NO_VALUE;
    if (member.ladderIndex >= 0) {
      ladderCost[member.ladderIndex] = cost;
      ladderValue[member.ladderIndex] = value;
    }
    int k = member.bracketIndex;
    if (k >= 0) {
      if (bracketCost[k] == NO_COST) {
        missingCost--;
      } else {
        sumCost -= bracketCost[k];
      }
      if (cost == NO_COST) {
        missingCost++;
      } else {
        sumCost += cost;
      }
      bracketCost[k] = cost;
      if (bracketValue[k] == NO_VALUE) {
        missingValue--;
      } else {
        sumValue -= bracketValue[k];
      }
      if (value == NO_VALUE) {
        missingValue++;
      } else {
        sumValue += value;
      }
      bracketValue[k] = value;
    }
    return true;
  }

  /**
   * Why {@code markets} (all of one event) are not a complete set of mutually exclusive brackets, or null when they
   * are. Complete means: every market is a {@code between} bucket or a tail (no other strike type); exactly one lower
   * tail ({@code less}/{@code less_or_equal}, cap only) and one upper tail ({@code greater}/{@code greater_or_equal},
   * floor only); at least two buckets; sorted by floor, every bucket starts the same positive step {@code u} above
   * the previous bucket's cap ({@code u} is the settlement value's resolution: $0.01 for {@code 68,000–68,249.99},
   * 1° for the NYC-high buckets {@code 86–87}, {@code 88–89}) and no bucket is narrower than {@code u} (a step wider
   * than the buckets means some are missing); the lower tail meets the first bucket ({@code less} cap = first floor,
   * or {@code less_or_equal} cap = first floor − u) and the upper tail meets the last ({@code greater} floor = last
   * cap, or {@code greater_or_equal} floor = last cap + u). Then every value on the resolution grid falls in exactly
   * one market. All comparisons are exact ({@code BigDecimal}). A lane that holds only part of an event sees a gap
   * or a missing tail, so a partial view is never taken for a complete set.
   */
  static @Nullable String bracketProblem(List<MarketInfo> markets) {
    List<MarketInfo> buckets = new ArrayList<>();
    List<MarketInfo> lower = new ArrayList<>();
    List<MarketInfo> upper = new ArrayList<>();
    for (MarketInfo info : markets) {
      switch (info.strikeType()) {
        case BETWEEN -> buckets.add(info);
        case LESS, LESS_OR_EQUAL -> lower.add(info);
        case GREATER, GREATER_OR_EQUAL -> upper.add(info);
        default -> {
          return info.ticker() + " has strike type " + info.strikeType() + ", which a bracket set does not hold";
        }
      }
    }
    if (lower.size() != 1) {
      return "a bracket set needs exactly one lower tail (less), found " + lower.size();
    }
    if (upper.size() != 1) {
      return "a bracket set needs exactly one upper tail (greater), found " + upper.size();
    }
    if (buckets.size() < 2) {
      return "a bracket set needs at least two between buckets, found " + buckets.size();
    }
    buckets.sort(Comparator.comparing(MarketInfo::floorStrike));
    BigDecimal step = buckets.get(1).floorStrike().subtract(buckets.get(0).capStrike());
    if (step.signum() <= 0) {
      return buckets.get(0).ticker() + " and " + buckets.get(1).ticker() + " overlap";
    }
    for (int k = 0; k < buckets.size(); k++) {
      MarketInfo bucket = buckets.get(k);
      if (bucket.capStrike().subtract(bucket.floorStrike()).compareTo(step) < 0) {
        return "the step " + step.toPlainString() + " between buckets is wider than " + bucket.ticker()
            + ": buckets are missing";
      }
      if (k > 0) {
        BigDecimal gap = bucket.floorStrike().subtract(buckets.get(k - 1).capStrike());
        if (gap.compareTo(step) != 0) {
          return "from " + buckets.get(k - 1).ticker() + " to " + bucket.ticker() + " the gap is "
              + gap.toPlainString() + ", not " + step.toPlainString() + ": a bucket is missing or they overlap";
        }
      }
    }
    MarketInfo low = lower.get(0);
    BigDecimal firstFloor = buckets.get(0).floorStrike();
    BigDecimal lowEdge = low.strikeType() == StrikeType.LESS ? low.capStrike() : low.capStrike().add(step);
    if (lowEdge.compareTo(firstFloor) != 0) {
      return "the lower tail " + low.ticker() + " (cap " + low.capStrike().toPlainString() + ") does not meet "
          + buckets.get(0).ticker() + " (floor " + firstFloor.toPlainString() + ")";
    }
    MarketInfo high = upper.get(0);
    MarketInfo last = buckets.get(buckets.size() - 1);
    BigDecimal highEdge = high.strikeType() == StrikeType.GREATER ? high.floorStrike()
        : high.floorStrike().subtract(step);
    if (highEdge.compareTo(last.capStrike()) != 0) {
      return "the upper tail " + high.ticker() + " (floor " + high.floorStrike().toPlainString() + ") does not meet "
          + last.ticker() + " (cap " + last.capStrike().toPlainString() + ")";
    }
    return null;
  }

  private static int bracketRank(StrikeType type) {
    return switch (type) {
      case LESS, LESS_OR_EQUAL -> 0;
      case BETWEEN -> 1;
      default -> 2;
    };
  }

  private static long[] filled(int length, long value) {
    long[] values = new long[length];
    java.util.Arrays.fill(values, value);
    return values;
  }
}
