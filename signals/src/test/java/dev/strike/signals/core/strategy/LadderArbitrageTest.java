package dev.strike.signals.core.strategy;

import static dev.strike.signals.core.ArbTestContext.SECOND_NS;
import static dev.strike.signals.core.ArbTestContext.info;
import static dev.strike.signals.core.ArbTestContext.level;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strike.common.event.Action;
import dev.strike.common.event.FeeType;
import dev.strike.common.event.MarketInfo;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.event.Side;
import dev.strike.common.event.Signal;
import dev.strike.common.event.SignalKind;
import dev.strike.common.event.StrikeType;
import dev.strike.common.id.EventTicker;
import dev.strike.common.id.StrategyId;
import dev.strike.common.money.Price;
import dev.strike.common.money.PriceGrid;
import dev.strike.signals.core.ArbTestContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;

class LadderArbitrageTest {
  private static final StrategyId ID = StrategyId.of("ladder");

  private final ArbTestContext ctx = new ArbTestContext();
  private final LadderArbitrage strategy = new LadderArbitrage(ID, ArbitrageParams.defaults());

  /** Sets the book of {@code ticker} to one YES bid and one NO bid of {@code contracts} each; returns the signals. */
  private List<Signal> book(String ticker, String yesBid, String noBid, String contracts) {
    return strategy.onEvent(ctx, ctx.book(ticker, List.of(level(yesBid, contracts)), List.of(level(noBid, contracts))));
  }

  private List<Signal> book(String ticker, String yesBid, String noBid) {
    return book(ticker, yesBid, noBid, "10");
  }

  @Nested
  class Monotonicity {
    private static final String EVENT = "KXBTCD-26AUG1717";
    private static final String LOW = EVENT + "-T64000";
    private static final String MID = EVENT + "-T64500";
    private static final String HIGH = EVENT + "-T65000";

    Monotonicity() {
      ctx.add(info(LOW, EVENT, StrikeType.GREATER, "64000", null), null);
      ctx.add(info(MID, EVENT, StrikeType.GREATER, "64500", null), null);
      ctx.add(info(HIGH, EVENT, StrikeType.GREATER, "65000", null), null);
    }

    /** Above 64,000 asks 0.40 (NO bid 0.60); above 65,000 bids 0.20, asks 0.22. */
    private void outerStrikes() {
      assertThat(book(LOW, "0.38", "0.60")).isEmpty();
      assertThat(book(HIGH, "0.20", "0.78")).isEmpty();
    }

    @Test
    void shouldBuyYesOfTheLowerStrikeAndNoOfTheHigherWhenTheHigherBidsAboveTheLowerAskPlusFees() {
      outerStrikes();

      // above 64,500 bids 0.48 (its NO asks 0.52)
      List<Signal> signals = book(MID, "0.48", "0.50");

      // cost(YES above 64,000) = 400,000 + 0.07 * 0.4 * 0.6 = 16,800 -> 416,800
      // value(YES bid above 64,500) = 480,000 - fee at its NO ask 0.52 (0.07 * 0.52 * 0.48 = 17,472) = 462,528
      // profit = 462,528 - 416,800 = 45,728 per pair; the other pairs lose (65,000 bids 0.20: 188,800 - 416,800)
      // share = 22,864: p(YES low) = (416,800 + 22,864) / 1e6 = 0.439664; p(NO high) = (537,472 + 22,864) / 1e6
      assertThat(signals).hasSize(2);
      Signal yes = signals.get(0);
      Signal no = signals.get(1);
      assertThat(yes.ticker().value()).isEqualTo(LOW);
      assertThat(yes.side()).isEqualTo(Side.YES);
      assertThat(yes.limitPrice()).isEqualTo(Price.parse("0.40"));
      assertThat(no.ticker().value()).isEqualTo(MID);
      assertThat(no.side()).isEqualTo(Side.NO);
      assertThat(no.limitPrice()).isEqualTo(Price.parse("0.52"));
      assertThat(signals).allSatisfy(s -> {
        assertThat(s.kind()).isEqualTo(SignalKind.ENTRY);
        assertThat(s.action()).isEqualTo(Action.BUY);
        assertThat(s.ttlNs()).isEqualTo(2 * SECOND_NS);
        assertThat(s.edgeAfterFees().micros()).isBetween(22_863L, 22_864L);
      });
      assertThat(yes.modelProbability()).isCloseTo(0.439664, within(1e-12));
      assertThat(no.modelProbability()).isCloseTo(0.560336, within(1e-12));
      assertThat(yes.inputs()).containsEntry("strikeLow", 64000.0).containsEntry("strikeHigh", 64500.0)
          .containsEntry("askYesLow", 0.40).containsEntry("bidYesHigh", 0.48).containsEntry("askNoHigh", 0.52)
          .containsEntry("feeLow", 0.0168).containsEntry("feeHigh", 0.017472).containsEntry("profit", 0.045728)
          .containsEntry("total", 0.954272).containsEntry("sizeAvailable", 10.0).containsEntry("legs", 2.0);
    }

    @Test
    void shouldStayQuietWhenTheInversionDoesNotCoverTheFees() {
      outerStrikes();

      // above 64,500 bids 0.42 > 0.40 ask above 64,000, but 420,000 - 17,052 (0.07 * 0.58 * 0.42) < 416,800
      assertThat(book(MID, "0.42", "0.50")).isEmpty();
    }

    @Test
    void shouldStayQuietWhenALegShowsLessThanTheMinimumSize() {
      outerStrikes();

      assertThat(book(MID, "0.48", "0.50", "0.99")).isEmpty();
    }

    @Test
    void shouldStayQuietWhenALegsBookIsNotUsable() {
      book(MID, "0.48", "0.50");
      assertThat(strategy.onEvent(ctx, ctx.gap(MID))).isEmpty();

      assertThat(book(LOW, "0.38", "0.60")).isEmpty();
    }

    @Test
    void shouldStayQuietWithinTheEventCooldownAndFireAgainAfterIt() {
      outerStrikes();
      long t0 = ctx.nowNs();
      assertThat(book(MID, "0.48", "0.50")).hasSize(2);

      // 1 s later the inversion widens on another member: still inside the 5 s cooldown of the event
      ctx.at(t0 + SECOND_NS);
      assertThat(book(HIGH, "0.49", "0.50")).isEmpty();

      // 5 s after the firing a delta below the top of a member re-examines the pending opportunity
      ctx.at(t0 + 5 * SECOND_NS);
      List<Signal> signals = strategy.onEvent(ctx, ctx.delta(LOW, Side.YES, "0.30", 500));

      // best pair now: YES above 64,000 (416,800) against the 0.49 bid above 65,000 (490,000 - 17,493 = 472,507)
      assertThat(signals).extracting(s -> s.ticker().value()).containsExactly(LOW, HIGH);
      assertThat(signals.get(0).inputs()).containsEntry("profit", 0.055707);
    }

    @Test
    void shouldStayQuietWhenTheLadderIsMonotone() {
      assertThat(book(LOW, "0.58", "0.40")).isEmpty();
      assertThat(book(MID, "0.45", "0.53")).isEmpty();
      assertThat(book(HIGH, "0.30", "0.68")).isEmpty();
    }
  }

  @Nested
  class Brackets {
    private static final String EVENT = "KXBTC-26AUG1717";
    private static final String LOWER_TAIL = EVENT + "-T63750";
    private static final String B1 = EVENT + "-B63875";
    private static final String B2 = EVENT + "-B64125";
    private static final String B3 = EVENT + "-B64375";
    private static final String UPPER_TAIL = EVENT + "-T64499.99";
    private static final List<String> ALL = List.of(LOWER_TAIL, B1, B2, B3, UPPER_TAIL);

    private List<MarketInfo> infos() {
      return new ArrayList<>(List.of(
          info(LOWER_TAIL, EVENT, StrikeType.LESS, null, "63750"),
          info(B1, EVENT, StrikeType.BETWEEN, "63750", "63999.99"),
          info(B2, EVENT, StrikeType.BETWEEN, "64000", "64249.99"),
          info(B3, EVENT, StrikeType.BETWEEN, "64250", "64499.99"),
          info(UPPER_TAIL, EVENT, StrikeType.GREATER, "64499.99", null)));
    }

    private void add(List<MarketInfo> infos) {
      for (MarketInfo info : infos) {
        ctx.add(info, null);
      }
    }

    /**
     * Books the markets in order (tail, buckets, tail), each with one YES and one NO bid, given as space-separated
     * dollars in the order of {@code tickers}; returns the signals of the last one.
     */
    private List<Signal> bookAll(List<String> tickers, String yesBidList, String noBidList) {
      String[] yesBids = yesBidList.split(" ");
      String[] noBids = noBidList.split(" ");
      List<Signal> last = List.of();
      for (int k = 0; k < tickers.size(); k++) {
        last = book(tickers.get(k), yesBids[k], noBids[k]);
        if (k < tickers.size() - 1) {
          assertThat(last).isEmpty();
        }
      }
      return last;
    }

    @Test
    void shouldBuyYesOfEveryBracketWhenTheAsksAndFeesSumBelowOneDollar() {
      add(infos());

      // YES asks 0.05, 0.20, 0.40, 0.20, 0.05 = 0.90; fees 3,325 (0.07 * 0.05 * 0.95), 11,200, 16,800, 11,200, 3,325
      // = 45,850 -> the set costs 945,850 and pays 1,000,000: profit 54,150, share 10,830 per leg
      List<Signal> signals = bookAll(ALL, "0.03 0.15 0.30 0.15 0.03", "0.95 0.80 0.60 0.80 0.95");

      assertThat(signals).extracting(s -> s.ticker().value()).containsExactlyElementsOf(ALL);
      assertThat(signals).allSatisfy(s -> {
        assertThat(s.side()).isEqualTo(Side.YES);
        assertThat(s.action()).isEqualTo(Action.BUY);
        assertThat(s.inputs()).containsEntry("total", 0.94585).containsEntry("profit", 0.05415)
            .containsEntry("totalFees", 0.04585).containsEntry("legs", 5.0).containsEntry("kind", 2.0);
        assertThat(s.edgeAfterFees().micros()).isBetween(10_829L, 10_830L);
      });
      assertThat(signals).extracting(Signal::limitPrice).extracting(Price::micros)
          .containsExactly(50_000L, 200_000L, 400_000L, 200_000L, 50_000L);
      // p = ask + fee + share: 64,155, 222,030, 427,630, 222,030, 64,155 (sum 1,000,000)
      assertThat(signals).extracting(Signal::modelProbability).containsExactly(0.064155, 0.22203, 0.42763, 0.22203,
          0.064155);
      assertThat(signals.get(1).inputs()).containsEntry("floor", 63750.0).containsEntry("cap", 63999.99)
          .containsEntry("ask", 0.20).containsEntry("fee", 0.0112);
      assertThat(signals.get(0).inputs()).containsEntry("cap", 63750.0).doesNotContainKey("floor");
    }

    @Test
    void shouldBuyNoOfEveryBracketWhenTheBidsLessFeesSumAboveOneDollar() {
      add(infos());

      // YES bids 0.10, 0.25, 0.45, 0.25, 0.10 = 1.15; fees at the NO asks 6,300, 13,125, 17,325, 13,125, 6,300 =
      // 56,175 -> sum(bid - fee) = 1,093,825 > 1,005,000; NO of all five costs 3,850,000 + 56,175 and pays 4 dollars:
      // profit 93,825, share 18,765
      List<Signal> signals = bookAll(ALL, "0.10 0.25 0.45 0.25 0.10", "0.85 0.70 0.50 0.70 0.85");

      assertThat(signals).hasSize(5).allSatisfy(s -> {
        assertThat(s.side()).isEqualTo(Side.NO);
        assertThat(s.inputs()).containsEntry("total", 1.093825).containsEntry("profit", 0.093825)
            .containsEntry("payout", 4.0).containsEntry("kind", 3.0);
        assertThat(s.edgeAfterFees().micros()).isBetween(18_764L, 18_765L);
      });
      assertThat(signals).extracting(Signal::limitPrice).extracting(Price::micros)
          .containsExactly(900_000L, 750_000L, 550_000L, 750_000L, 900_000L);
      // p = NO ask + fee + share: 925,065, 781,890, 586,090, 781,890, 925,065 (sum 4,000,000)
      assertThat(signals).extracting(Signal::modelProbability).containsExactly(0.925065, 0.78189, 0.58609, 0.78189,
          0.925065);
    }

    @Test
    void shouldStayQuietWhenTheBracketsSumToAboutOneDollar() {
      add(infos());

      // YES asks 0.06 + 0.25 + 0.44 + 0.25 + 0.06 = 1.06; YES bids 0.04 + 0.22 + 0.40 + 0.22 + 0.04 = 0.92
      assertThat(bookAll(ALL, "0.04 0.22 0.40 0.22 0.04", "0.94 0.75 0.56 0.75 0.94")).isEmpty();
    }

    @Test
    void shouldStayQuietWhenTheSumBeatsOneDollarOnlyBeforeFees() {
      add(infos());

      // YES asks 0.05, 0.20, 0.40, 0.20, 0.10 = 0.95 < 1, but with fees 3,325 + 11,200 + 16,800 + 11,200 + 6,300 =
      // 48,825 the set costs 998,825: profit 1,175 < 5,000
      assertThat(bookAll(ALL, "0.03 0.15 0.30 0.15 0.03", "0.95 0.80 0.60 0.80 0.90")).isEmpty();
    }

    @Test
    void shouldSkipAnIncompleteSetEvenWhenItsSumLooksProfitable() {
      List<MarketInfo> infos = infos();
      infos.remove(2);
      add(infos);
      List<String> tickers = List.of(LOWER_TAIL, B1, B3, UPPER_TAIL);

      // without B2 the same asks sum to 0.50 + fees: it would look like a 45¢ profit, but 64,000-64,249.99 is uncovered
      assertThat(bookAll(tickers, "0.03 0.15 0.15 0.03", "0.95 0.80 0.80 0.95")).isEmpty();
      assertThat(strategy.bracketProblem(EventTicker.of(EVENT))).contains("buckets are missing");
    }

    @Test
    void shouldForgetTheEventOnceEveryMarketHasAnOutcome() {
      List<MarketInfo> infos = infos();
      infos.remove(2);
      add(infos);
      book(B1, "0.30", "0.60");
      assertThat(strategy.bracketProblem(EventTicker.of(EVENT))).isNotNull();

      for (int k = 0; k < infos.size(); k++) {
        MarketInfo i = infos.get(k);
        MarketInfo determined = info(i.ticker().value(), EVENT, i.strikeType(),
            i.floorStrike() == null ? null : i.floorStrike().toPlainString(),
            i.capStrike() == null ? null : i.capStrike().toPlainString(), PriceGrid.LINEAR_CENT, FeeType.QUADRATIC,
            MarketStatus.DETERMINED);
        assertThat(strategy.onEvent(ctx, ctx.update(determined))).isEmpty();
        // the event is kept until its last market has an outcome
        assertThat(strategy.bracketProblem(EventTicker.of(EVENT)) == null).isEqualTo(k == infos.size() - 1);
      }
    }

    @Test
    void shouldStayQuietWhenABracketIsClosed() {
      add(infos());
      ctx.add(info(B2, EVENT, StrikeType.BETWEEN, "64000", "64249.99", PriceGrid.LINEAR_CENT, FeeType.QUADRATIC,
          MarketStatus.CLOSED), null);

      assertThat(bookAll(ALL, "0.03 0.15 0.30 0.15 0.03", "0.95 0.80 0.60 0.80 0.95")).isEmpty();
    }
  }

  @Nested
  class Completeness {
    /**
     * {@link LadderArbitrageEvent#bracketProblem} of one event's markets written as their ranges: {@code "<100"} (less),
     * {@code "<=85"} (less or equal), {@code "100..149.99"} (between), {@code ">199.99"} (greater), {@code ">=90"}.
     */
    private static @Nullable String bracketProblem(String... ranges) {
      List<MarketInfo> markets = new ArrayList<>();
      for (String range : ranges) {
        String ticker = "E-" + markets.size();
        if (range.contains("..")) {
          String[] bounds = range.split("\\.\\.");
          markets.add(info(ticker, "E", StrikeType.BETWEEN, bounds[0], bounds[1]));
        } else if (range.startsWith("<=")) {
          markets.add(info(ticker, "E", StrikeType.LESS_OR_EQUAL, null, range.substring(2)));
        } else if (range.startsWith(">=")) {
          markets.add(info(ticker, "E", StrikeType.GREATER_OR_EQUAL, range.substring(2), null));
        } else if (range.startsWith("<")) {
          markets.add(info(ticker, "E", StrikeType.LESS, null, range.substring(1)));
        } else {
          markets.add(info(ticker, "E", StrikeType.GREATER, range.substring(1), null));
        }
      }
      return LadderArbitrageEvent.bracketProblem(markets);
    }

    @Test
    void shouldAcceptContiguousCryptoBucketsWithStrictTails() {
      assertThat(bracketProblem("<100", "100..149.99", "150..199.99", ">199.99")).isNull();
    }

    @Test
    void shouldAcceptTheNycHighBucketsWithTheirTails() {
      // KXHIGHNY: "85° or below" = less than 86, 86-87, 88-89, "90° or above" = greater than 89
      assertThat(bracketProblem("<86", "86..87", "88..89", ">89")).isNull();
    }

    @Test
    void shouldAcceptInclusiveTailsOneStepAway() {
      // "at most 85" and "at least 90" with 1° buckets 86-87 and 88-89
      assertThat(bracketProblem("<=85", "86..87", "88..89", ">=90")).isNull();
    }

    @Test
    void shouldRejectAMissingTail() {
      assertThat(bracketProblem("100..149.99", "150..199.99", ">199.99")).contains("lower tail");
    }

    @Test
    void shouldRejectATailThatDoesNotMeetTheBuckets() {
      // the first bucket starts at 100 but the tail only covers below 50
      assertThat(bracketProblem("<50", "100..149.99", "150..199.99", ">199.99")).contains("does not meet");
    }

    @Test
    void shouldRejectEveryOtherBucketMissingUniformly() {
      // gaps are all equal (100.01) but wider than the buckets (49.99): half the range is uncovered
      assertThat(bracketProblem("<100", "100..149.99", "250..299.99", ">299.99")).contains("buckets are missing");
    }

    @Test
    void shouldRejectOverlappingBuckets() {
      assertThat(bracketProblem("<100", "100..150", "150..200", ">200")).contains("overlap");
    }
  }
}
