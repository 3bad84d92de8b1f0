package dev.strike.signals.core.spot;

import static dev.strike.signals.core.spot.SpotTrackerTest.BTC;
import static dev.strike.signals.core.spot.SpotTrackerTest.S;
import static dev.strike.signals.core.spot.SpotTrackerTest.T0;
import static dev.strike.signals.core.spot.SpotTrackerTest.tick;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

class SpotTrackerProperties {
  private static final String[] SOURCES = {"coinbase", "kraken", "bitstamp", "binance", "gemini"};

  /** A tick step: which source, its price, the time step from the previous tick, and how far back it is stamped. */
  record Step(int source, BigDecimal price, long gapNs, long lateNs) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Integer> source = Arbitraries.integers().between(0, SOURCES.length - 1);
    Arbitrary<BigDecimal> price = Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1000000"))
        .ofScale(2);
    Arbitrary<Long> gap = Arbitraries.frequencyOf(
        Tuple.of(20, Arbitraries.longs().between(0, 2 * S)),
        Tuple.of(1, Arbitraries.longs().between(0, 40 * S)));
    Arbitrary<Long> late = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.just(0L)),
        Tuple.of(1, Arbitraries.longs().between(0, 15 * S)));
    return Combinators.combine(source, price, gap, late).as(Step::new).list().ofMinSize(1).ofMaxSize(300);
  }

  @Property(tries = 300)
  void shouldEqualTheMedianOfFreshSourcesWhenCheckedAgainstAPlainReference(@ForAll("steps") List<Step> steps) {
    SpotIndexParams params = SpotIndexParams.defaults();
    SpotTracker tracker = new SpotTracker(BTC, params);
    double[] price = new double[SOURCES.length];
    long[] ts = new long[SOURCES.length];
    Arrays.fill(ts, Long.MIN_VALUE);
    long now = Long.MIN_VALUE;
    long t = T0;
    for (Step step : steps) {
      t += step.gapNs();
      long stamp = t - step.lateNs();
      tracker.onTick(tick(SOURCES[step.source()], step.price().toPlainString(), stamp));
      now = Math.max(now, stamp);
      if (stamp >= ts[step.source()]) {
        ts[step.source()] = stamp;
        price[step.source()] = step.price().doubleValue();
      }
      double[] fresh = new double[SOURCES.length];
      int n = 0;
      int core = 0;
      for (int i = 0; i < SOURCES.length; i++) {
        if (ts[i] != Long.MIN_VALUE && now - ts[i] <= params.staleAfterNs()) {
          fresh[n++] = price[i];
          core += i < 3 ? 1 : 0;
        }
      }
      assertThat(tracker.freshSources()).isEqualTo(n);
      assertThat(tracker.degraded()).isEqualTo(n == 0 || core < params.quorum());
      if (n == 0) {
        assertThat(tracker.index()).isNaN();
        continue;
      }
      double[] sorted = Arrays.copyOf(fresh, n);
      Arrays.sort(sorted);
      double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
      assertThat(tracker.index()).isEqualTo(median).isBetween(sorted[0], sorted[n - 1]);
    }
  }

  @Property(tries = 300)
  void shouldNeverReturnInfiniteValuesAndBeFiniteWhenCovered(@ForAll("steps") List<Step> steps) {
    SpotIndexParams params = new SpotIndexParams(10 * S, SpotIndexParams.defaults().coreSources(), 2, S, 0.94,
        120 * S, 5);
    SpotTracker tracker = new SpotTracker(BTC, params);
    long t = T0;
    for (Step step : steps) {
      t += step.gapNs();
      tracker.onTick(tick(SOURCES[step.source()], step.price().toPlainString(), t - step.lateNs()));
      double[] outputs = {tracker.index(), tracker.ewmaVolPerSqrtSecond(), tracker.realizedVolPerSqrtSecond(30 * S),
          tracker.logReturn(30 * S), tracker.zScore(30 * S), tracker.averageOver(t - 60 * S, t)};
      for (double x : outputs) {
        assertThat(Double.isInfinite(x)).as("%s", Arrays.toString(outputs)).isFalse();
      }
      // bars closed − 1 returns seen: the EWMA is reported from the 5th return on
      if (tracker.barsClosed() > params.minBarsForVol()) {
        assertThat(tracker.ewmaVolPerSqrtSecond()).isFinite().isNotNegative();
      }
      // a window of 30 bars is covered once 31 bars exist (history 122 bars)
      if (tracker.barsClosed() > 31) {
        assertThat(tracker.realizedVolPerSqrtSecond(30 * S)).isFinite().isNotNegative();
      }
      if (tracker.freshSources() > 0) {
        assertThat(tracker.index()).isFinite().isPositive();
      }
    }
  }
}
