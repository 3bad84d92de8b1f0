package dev.strike.risk.core.gate;

import static dev.strike.risk.core.gate.GateFixtures.NOW;
import static dev.strike.risk.core.gate.GateFixtures.SECOND_NS;
import static dev.strike.risk.core.gate.GateFixtures.TICKER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.strike.common.event.Action;
import dev.strike.common.event.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * The per-second counting of approvals against exact event times: for any window that starts no earlier than a day
 * before the newest approval, the count is at least the exact count of approvals after the start (a rate cap is
 * never looser) and at most the exact count of the window started one second earlier (never more than 1 s stricter).
 * The buckets themselves are checked against a plain map of second to count.
 */
class GateStateProperties {
  private static final long DAY_NS = GateState.ORDER_HISTORY_NS;

  @Property(tries = 200)
  void shouldCountBetweenTheExactWindowAndTheWindowOneSecondLongerWhenTimesAreAscendingIsh(
      @ForAll("steps") List<Long> stepsNs,
      @ForAll @Size(min = 1, max = 20) List<@LongRange(min = -1_000_000_000L, max = 86_402_000_000_000L) Long>
          windowBacksNs) {
    GateState state = new GateState();
    List<Long> times = new ArrayList<>();
    TreeMap<Long, Long> model = new TreeMap<>();
    long nowNs = NOW;
    long newestNs = NOW;
    for (long step : stepsNs) {
      nowNs = Math.max(0, nowNs + step);
      state.onApproved(TICKER, Side.YES, Action.BUY, nowNs, 0);
      times.add(nowNs);
      newestNs = Math.max(newestNs, nowNs);
      model.merge(Math.floorDiv(nowNs, SECOND_NS), 1L, Long::sum);
      long keepFrom = Math.floorDiv(nowNs - DAY_NS + 1, SECOND_NS);
      model.headMap(keepFrom).clear();
    }

    for (long back : windowBacksNs) {
      long afterNs = newestNs - Math.min(back, DAY_NS); // no earlier than a day before the newest approval
      long exact = times.stream().filter(t -> t > afterNs).count();
      long oneSecondLonger = times.stream().filter(t -> t > afterNs - SECOND_NS).count();

      assertThat((long) state.ordersSince(afterNs)).as("after %d", afterNs)
          .isGreaterThanOrEqualTo(exact).isLessThanOrEqualTo(oneSecondLonger);
    }
    List<long[]> buckets = new ArrayList<>();
    state.export().orderSeconds().forEachSecond((second, count) -> buckets.add(new long[] {second, count}));
    assertThat(buckets).containsExactlyElementsOf(model.entrySet().stream()
        .map(e -> new long[] {e.getKey(), e.getValue()}).toList());
  }

  /**
   * Gaps between approvals: mostly within a second or a few, sometimes hours (so that seconds are dropped), and
   * sometimes back in time by up to two seconds (event times arrive slightly out of order).
   */
  @Provide
  Arbitrary<List<Long>> steps() {
    return Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.longs().between(0, 300_000_000L)),
        Tuple.of(5, Arbitraries.longs().between(0, 3 * SECOND_NS)),
        Tuple.of(3, Arbitraries.longs().between(-2 * SECOND_NS, 0)),
        Tuple.of(1, Arbitraries.longs().between(SECOND_NS, 8 * 3_600 * SECOND_NS)),
        Tuple.of(1, Arbitraries.of(0L, 1L, SECOND_NS - 1, SECOND_NS, DAY_NS - 1, DAY_NS, DAY_NS + 1)))
        .list().ofMinSize(1).ofMaxSize(300);
  }
}
