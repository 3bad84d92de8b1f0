package dev.strike.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.strike.common.event.GateStateSnapshot.OrderSeconds;
import dev.strike.common.json.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GateStateSnapshotTest {
  private static final JsonCodec<StrikeEvent> EVENTS = JsonCodec.of(StrikeEvent.class);
  private static final PortfolioSnapshot P = EventSamples.portfolioSnapshot();

  private static GateStateSnapshot decodeGate(String gateJson) {
    String json = "{\"type\":\"PortfolioSnapshot\",\"schemaVersion\":1,\"account\":\"kalshi-demo\","
        + "\"cash\":\"995.12\",\"reservedCash\":\"0.00\",\"realizedPnl\":\"0.00\",\"fees\":\"0.18\","
        + "\"peakEquity\":\"1000.00\",\"positions\":[],\"inputOffsets\":{},\"gate\":" + gateJson
        + ",\"tsEvent\":1786987270000000000,\"tsInit\":1786987270000811653}";
    return ((PortfolioSnapshot) EVENTS.decode(json.getBytes(StandardCharsets.UTF_8))).gate();
  }

  private static List<long[]> seconds(OrderSeconds orderSeconds) {
    List<long[]> pairs = new ArrayList<>();
    orderSeconds.forEachSecond((second, count) -> pairs.add(new long[] {second, count}));
    return pairs;
  }

  @Test
  void shouldReadTheOrderTimesWhenTheSnapshotWasWrittenBeforeOrderSecondsExisted() {
    GateStateSnapshot gate = decodeGate("{\"tradingState\":\"RUNNING\",\"breakers\":[],\"disabledStrategies\":[],"
        + "\"orderTimesNs\":[1786987262000000000,1786987262500000000],\"cooldownUntilNs\":{},\"parameters\":{},"
        + "\"breakerBaselines\":{}}");

    assertThat(gate.orderTimesNs()).containsExactly(1_786_987_262_000_000_000L, 1_786_987_262_500_000_000L);
    assertThat(gate.orderSeconds()).isEqualTo(OrderSeconds.EMPTY);
  }

  @Test
  void shouldReadNoOrderTimesWhenTheyAreAbsentOrNull() {
    GateStateSnapshot absent = decodeGate("{\"tradingState\":\"RUNNING\",\"breakers\":[],\"disabledStrategies\":[],"
        + "\"orderSeconds\":{\"firstSecond\":1786987262,\"counts\":[4]},\"cooldownUntilNs\":{},\"parameters\":{},"
        + "\"breakerBaselines\":{}}");
    GateStateSnapshot nulls = decodeGate("{\"tradingState\":\"RUNNING\",\"breakers\":[],\"disabledStrategies\":[],"
        + "\"orderSeconds\":null,\"orderTimesNs\":null,\"cooldownUntilNs\":{},\"parameters\":{},"
        + "\"breakerBaselines\":{}}");

    assertThat(absent.orderTimesNs()).isEmpty();
    assertThat(seconds(absent.orderSeconds())).containsExactly(new long[] {1_786_987_262L, 4});
    assertThat(nulls).isEqualTo(GateStateSnapshot.EMPTY);
  }

  @Test
  void shouldEncodeQuietSecondsAsOneNegativeRunWhenBuilt() {
    OrderSeconds built = OrderSeconds.builder().add(100, 3).add(101, 1).add(161, 2).build();

    assertThat(built).isEqualTo(new OrderSeconds(100, List.of(3L, 1L, -59L, 2L)));
    assertThat(seconds(built)).containsExactly(new long[] {100, 3}, new long[] {101, 1}, new long[] {161, 2});
  }

  @Test
  void shouldRejectOrderSecondsWhenTheEncodingIsNotCanonical() {
    assertThatThrownBy(() -> new OrderSeconds(100, List.of(1L, 0L, 1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts[1]");
    assertThatThrownBy(() -> new OrderSeconds(100, List.of(1L, -2L, -3L, 1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counts[2]");
    assertThatThrownBy(() -> new OrderSeconds(100, List.of(-2L, 1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start and end with a positive count");
    assertThatThrownBy(() -> new OrderSeconds(100, List.of(1L, -2L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start and end with a positive count");
    assertThatThrownBy(() -> new OrderSeconds(100, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstSecond must be 0");
    assertThatThrownBy(() -> new OrderSeconds(-1, List.of(1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firstSecond");
    assertThatThrownBy(() -> new OrderSeconds(OrderSeconds.MAX_SECOND, List.of(1L, -1L, 1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs past epoch second");
  }

  @Test
  void shouldRejectTheBuilderWhenSecondsDoNotAscendOrACountIsNotPositive() {
    assertThatThrownBy(() -> OrderSeconds.builder().add(100, 1).add(100, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be after 100");
    assertThatThrownBy(() -> OrderSeconds.builder().add(100, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count must be positive");
  }

  @Test
  void shouldRejectTheSnapshotWhenAnOldOrderTimeIsNegative() {
    assertThatThrownBy(() -> new GateStateSnapshot("RUNNING", null, List.of(), List.of(), OrderSeconds.EMPTY,
        new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), List.of(-1L)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("orderTimesNs element");
  }

  @Property(tries = 300)
  void shouldRoundTripOrderSecondsThroughThePortfolioCodecWhenSecondsAscend(
      @ForAll("steps") List<long[]> steps) {
    OrderSeconds.Builder builder = OrderSeconds.builder();
    List<long[]> expected = new ArrayList<>();
    long second = 1_786_900_000L;
    for (long[] step : steps) {
      second += step[0];
      builder.add(second, step[1]);
      expected.add(new long[] {second, step[1]});
    }
    OrderSeconds built = builder.build();
    GateStateSnapshot gate = new GateStateSnapshot("RUNNING", null, List.of(), List.of(), built, new TreeMap<>(),
        new TreeMap<>(), new TreeMap<>(), List.of());
    PortfolioSnapshot snapshot = new PortfolioSnapshot(P.account(), P.cash(), P.reservedCash(), P.realizedPnl(),
        P.fees(), P.peakEquity(), P.positions(), P.inputOffsets(), P.dayStartEquity(), P.tradingDayStartNs(),
        P.consecutiveLosses(), P.consecutiveWins(), P.wins(), P.losses(), P.openOrders(), P.markets(), P.books(),
        gate, P.pendingExits(), P.signalClockNs(), P.tsEvent(), P.tsInit());

    PortfolioSnapshot decoded = (PortfolioSnapshot) EVENTS.decode(EVENTS.encode(snapshot));

    assertThat(decoded).isEqualTo(snapshot);
    assertThat(seconds(decoded.gate().orderSeconds())).containsExactlyElementsOf(expected);
  }

  /** Gaps of 1 (adjacent seconds) to a few thousand seconds, counts 1 to a large number. */
  @Provide
  Arbitrary<List<long[]>> steps() {
    Arbitrary<long[]> step = Arbitraries.longs().between(1, 5_000)
        .flatMap(gap -> Arbitraries.longs().between(1, 1_000_000_000L).map(count -> new long[] {gap, count}));
    Arbitrary<long[]> adjacent = Arbitraries.longs().between(1, 2_000).map(count -> new long[] {1, count});
    return Arbitraries.oneOf(step, adjacent).list().ofMaxSize(60);
  }
}
