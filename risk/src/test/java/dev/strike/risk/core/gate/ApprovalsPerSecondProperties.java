package dev.strike.risk.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The primitive bucket deque against a plain {@link TreeMap} of second to count, through random appends, older
 * inserts, drops and counts: enough of them that the arrays grow and the live range is moved back to the start.
 */
class ApprovalsPerSecondProperties {
  private static final long NS = 1_000_000_000L;
  private static final long START_SECOND = 1_786_987_268L;

  enum Kind { APPEND, OLDER, DROP }

  record Op(Kind kind, long seconds, long count, long subSecondNs) {}

  @Property(tries = 300)
  void shouldAgreeWithATreeMapWhenBucketsAreAddedDroppedAndCounted(@ForAll("ops") List<Op> ops) {
    ApprovalsPerSecond buckets = new ApprovalsPerSecond();
    TreeMap<Long, Long> model = new TreeMap<>();
    long newest = START_SECOND;
    for (Op op : ops) {
      switch (op.kind()) {
        case APPEND -> {
          newest += op.seconds();
          buckets.add(newest, op.count());
          model.merge(newest, op.count(), Long::sum);
        }
        case OLDER -> {
          long second = newest - op.seconds();
          buckets.add(second, op.count());
          model.merge(second, op.count(), Long::sum);
        }
        case DROP -> {
          buckets.dropBefore(newest - op.seconds());
          model.headMap(newest - op.seconds()).clear();
        }
      }
      long afterNs = (newest - op.seconds()) * NS + op.subSecondNs();
      long expected = model.tailMap(ApprovalsPerSecond.firstSecondEndingAfter(afterNs)).values().stream()
          .mapToLong(Long::longValue).sum();

      assertThat((long) buckets.countSince(afterNs)).as("after %d", afterNs).isEqualTo(expected);
      assertThat(buckets.buckets()).isEqualTo(model.size());
    }
    List<Map.Entry<Long, Long>> exported = new ArrayList<>();
    buckets.export().forEachSecond((second, count) -> exported.add(Map.entry(second, count)));
    assertThat(exported).containsExactlyElementsOf(model.entrySet());
  }

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> append = Combinators.combine(Arbitraries.longs().between(0, 3), Arbitraries.longs().between(1, 50),
        Arbitraries.longs().between(0, NS - 1)).as((gap, count, sub) -> new Op(Kind.APPEND, gap, count, sub));
    Arbitrary<Op> older = Combinators.combine(Arbitraries.longs().between(0, 40), Arbitraries.longs().between(1, 5),
        Arbitraries.longs().between(0, NS - 1)).as((back, count, sub) -> new Op(Kind.OLDER, back, count, sub));
    Arbitrary<Op> drop = Combinators.combine(Arbitraries.longs().between(0, 60),
        Arbitraries.of(0L, 1L, NS - 2, NS - 1)).as((back, sub) -> new Op(Kind.DROP, back, 0, sub));
    return Arbitraries.frequencyOf(
        Tuple.of(12, append), Tuple.of(2, older), Tuple.of(3, drop))
        .list().ofMaxSize(600);
  }

  @Property(tries = 200)
  void shouldFindTheFirstSecondThatEndsAfterTheTimeWhenGivenAnyTime(@ForAll long afterNs) {
    BigInteger first = BigInteger.valueOf(ApprovalsPerSecond.firstSecondEndingAfter(afterNs));
    BigInteger after = BigInteger.valueOf(afterNs);
    BigInteger ns = BigInteger.valueOf(NS);

    // Second `first` ends at (first + 1) * 1e9 - 1, after afterNs; the second before it ends at first * 1e9 - 1.
    assertThat(first.add(BigInteger.ONE).multiply(ns).subtract(BigInteger.ONE)).isGreaterThan(after);
    assertThat(first.multiply(ns).subtract(BigInteger.ONE)).isLessThanOrEqualTo(after);
  }
}
