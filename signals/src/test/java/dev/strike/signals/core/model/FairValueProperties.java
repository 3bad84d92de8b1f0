package dev.strike.signals.core.model;

import static dev.strike.common.event.StrikeType.BETWEEN;
import static dev.strike.common.event.StrikeType.GREATER;
import static dev.strike.common.event.StrikeType.LESS;
import static dev.strike.common.event.StrikeType.LESS_OR_EQUAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strike.common.event.StrikeType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class FairValueProperties {
  private static final long CLOSE = 1_786_000_000_000_000_000L;

  /** A market situation with every input usable: the time ranges from 2 h before the close to just before it. */
  record Situation(double spot, double vol, long nowNs, long windowNs, double averageSoFar) {
    double p(StrikeType type, double floor, double cap) {
      return FairValue.probabilityYes(type, floor, cap, spot, vol, nowNs, CLOSE, windowNs, averageSoFar);
    }
  }

  @Provide
  Arbitrary<Situation> situations() {
    Arbitrary<Double> spot = Arbitraries.doubles().between(0.01, 500_000).ofScale(4);
    // log-uniform from 1e-7 to 1e-2 per √s
    Arbitrary<Double> vol = Arbitraries.doubles().between(-7, -2).ofScale(4).map(e -> Math.pow(10, e));
    Arbitrary<Long> before = Arbitraries.longs().between(1, 7_200_000_000_000L);
    Arbitrary<Long> window = Arbitraries.of(0L, 2_000_000_000L, FairValue.SETTLEMENT_WINDOW_NS, 600_000_000_000L);
    Arbitrary<Double> avgFactor = Arbitraries.doubles().between(0.8, 1.25).ofScale(6);
    return Combinators.combine(spot, vol, before, window, avgFactor)
        .as((s, v, b, w, f) -> new Situation(s, v, CLOSE - b, w, s * f));
  }

  @Property
  void shouldStayWithinZeroAndOneWhenInputsAreUsable(@ForAll("situations") Situation x,
      @ForAll @DoubleRange(min = 0.01, max = 100) double strikeFactor,
      @ForAll @DoubleRange(min = 1, max = 2) double widthFactor) {
    double floor = x.spot() * strikeFactor;
    double cap = floor * widthFactor;
    for (StrikeType type : new StrikeType[] {GREATER, StrikeType.GREATER_OR_EQUAL, LESS, LESS_OR_EQUAL, BETWEEN}) {
      double p = x.p(type, floor, cap);
      assertThat(p).as("%s", type).isBetween(0.0, 1.0);
    }
  }

  @Property
  void shouldNotIncreaseWhenTheFloorOfGreaterRises(@ForAll("situations") Situation x,
      @ForAll @DoubleRange(min = 0.5, max = 2) double lowFactor,
      @ForAll @DoubleRange(min = 0, max = 0.2) double step) {
    double low = x.spot() * lowFactor;
    double high = low * (1 + step);
    assertThat(x.p(GREATER, high, Double.NaN)).isLessThanOrEqualTo(x.p(GREATER, low, Double.NaN) + 1e-15);
  }

  @Property
  void shouldSumToOneWhenGreaterAndLessOrEqualShareTheStrike(@ForAll("situations") Situation x,
      @ForAll @DoubleRange(min = 0.5, max = 2) double strikeFactor) {
    double k = x.spot() * strikeFactor;
    assertThat(x.p(GREATER, k, Double.NaN) + x.p(LESS_OR_EQUAL, Double.NaN, k)).isCloseTo(1.0, within(1e-12));
  }

  @Property
  void shouldEqualTheDifferenceOfTailsWhenBetweenIsPriced(@ForAll("situations") Situation x,
      @ForAll @DoubleRange(min = 0.5, max = 2) double floorFactor,
      @ForAll @DoubleRange(min = 0, max = 0.3) double width) {
    double floor = x.spot() * floorFactor;
    double cap = floor * (1 + width);
    // equal in the model; when the value is already determined the two differ on an exact tie (between includes its
    // floor, greater excludes it), which is the convention, not an error
    Assume.that(floor != x.spot() && floor != x.averageSoFar() && cap != x.spot() && cap != x.averageSoFar());
    double between = x.p(BETWEEN, floor, cap);
    double difference = x.p(GREATER, floor, Double.NaN) - x.p(GREATER, cap, Double.NaN);
    assertThat(between).isCloseTo(difference, within(1e-12));
  }
}
