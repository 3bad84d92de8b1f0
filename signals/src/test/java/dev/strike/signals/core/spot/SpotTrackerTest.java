package dev.strike.signals.core.spot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.strike.common.config.ConfigException;
import dev.strike.common.config.ConfigProblems;
import dev.strike.common.event.SpotTick;
import dev.strike.common.id.Asset;
import dev.strike.common.id.SourceId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpotTrackerTest {
  static final Asset BTC = Asset.of("BTC");
  static final long S = 1_000_000_000L;
  static final long MS = 1_000_000L;
  /** A whole second, so bar boundaries fall on T0 + k s. */
  static final long T0 = 1_786_000_000L * S;

  static SpotTick tick(String source, String price, long tsNs) {
    return new SpotTick(BTC, SourceId.of(source), new BigDecimal(price), BigDecimal.ZERO, tsNs, tsNs);
  }

  /** One core source, quorum 1, 1 s bars, the given λ and seed length: lets a test set the index bar by bar. */
  static SpotIndexParams single(double lambda, int minBars, long barNs, long historyNs) {
    return new SpotIndexParams(3600 * S, List.of(SourceId.of("coinbase")), 1, barNs, lambda, historyNs, minBars);
  }

  /** Feeds values v_k at T0 + k s + 0.5 s: bar k + 1 (boundary T0 + (k+1) s) samples v_k. */
  static SpotTracker series(SpotIndexParams params, double... values) {
    SpotTracker tracker = new SpotTracker(BTC, params);
    for (int k = 0; k < values.length; k++) {
      tracker.onTick(tick("coinbase", Double.toString(values[k]), T0 + k * S + 500 * MS));
    }
    return tracker;
  }

  @Test
  void shouldReportMedianOfFreshSourcesWhenSeveralSourcesTick() {
    SpotTracker t = new SpotTracker(BTC, SpotIndexParams.defaults());
    t.onTick(tick("coinbase", "100", T0));
    t.onTick(tick("kraken", "102", T0 + MS));
    t.onTick(tick("bitstamp", "101", T0 + 2 * MS));
    // sorted 100, 101, 102 → 101
    assertThat(t.index()).isEqualTo(101.0);
    t.onTick(tick("binance", "103", T0 + 3 * MS));
    // non-core sources enter the median: 100, 101, 102, 103 → (101 + 102)/2
    assertThat(t.index()).isEqualTo(101.5);
    assertThat(t.freshSources()).isEqualTo(4);
    assertThat(t.freshCoreSources()).isEqualTo(3);
    assertThat(t.degraded()).isFalse();
  }

  @Test
  void shouldReportWhetherTheIndexChangedWhenATickArrives() {
    SpotTracker t = new SpotTracker(BTC, SpotIndexParams.defaults());
    assertThat(t.onTick(tick("coinbase", "100", T0))).isTrue();
    assertThat(t.indexTsNs()).isEqualTo(T0);
    // 100, 104 → 102
    assertThat(t.onTick(tick("kraken", "104", T0 + MS))).isTrue();
    // 100, 102, 104 → still 102
    assertThat(t.onTick(tick("bitstamp", "102", T0 + 2 * MS))).isFalse();
    assertThat(t.indexTsNs()).isEqualTo(T0 + MS);
  }

  @Test
  void shouldDropAStaleSourceWhenStaleAfterHasPassed() {
    SpotTracker t = new SpotTracker(BTC, SpotIndexParams.defaults());
    t.onTick(tick("coinbase", "100", T0));
    t.onTick(tick("kraken", "102", T0));
    t.onTick(tick("bitstamp", "110", T0 + 5 * S));
    assertThat(t.index()).isEqualTo(102.0);
    // exactly staleAfter (10 s) old: still fresh
    t.advanceTo(T0 + 10 * S);
    assertThat(t.freshSources()).isEqualTo(3);
    // 1 ns later coinbase and kraken are out: only bitstamp 110 is left
    t.advanceTo(T0 + 10 * S + 1);
    assertThat(t.freshSources()).isEqualTo(1);
    assertThat(t.index()).isEqualTo(110.0);
  }

  @Test
  void shouldMarkDegradedButKeepTheIndexWhenTheQuorumIsLost() {
    SpotTracker t = new SpotTracker(BTC, SpotIndexParams.defaults());
    t.onTick(tick("coinbase", "100", T0));
    t.onTick(tick("kraken", "102", T0 + 8 * S));
    t.onTick(tick("binance", "104", T0 + 8 * S));
    assertThat(t.degraded()).isFalse();
    // at T0 + 10 s + 1 ns coinbase expires: one core source (kraken) < quorum 2
    t.advanceTo(T0 + 11 * S);
    assertThat(t.degraded()).isTrue();
    assertThat(t.freshCoreSources()).isEqualTo(1);
    // index from kraken 102 and the non-core binance 104
    assertThat(t.index()).isEqualTo(103.0);
    // coinbase back: quorum restored
    t.onTick(tick("coinbase", "101", T0 + 12 * S));
    assertThat(t.degraded()).isFalse();
    assertThat(t.index()).isEqualTo(102.0);
  }

  @Test
  void shouldBeDegradedWithNanIndexWhenNothingWasSeen() {
    SpotTracker t = new SpotTracker(BTC, SpotIndexParams.defaults());
    assertThat(t.degraded()).isTrue();
    assertThat(t.index()).isNaN();
    assertThat(t.freshSources()).isZero();
    assertThat(t.ewmaVolPerSqrtSecond()).isNaN();
    assertThat(t.averageOver(T0, T0 + 60 * S)).isNaN();
  }

  @Test
  void shouldBecomeNanAndDegradedWhenEverySourceIsStale() {
    SpotTracker t = new SpotTracker(BTC, SpotIndexParams.defaults());
    t.onTick(tick("coinbase", "100", T0));
    t.advanceTo(T0 + 20 * S);
    assertThat(t.index()).isNaN();
    assertThat(t.degraded()).isTrue();
  }

  @Test
  void shouldIgnoreAndCountATickWhenItIsOlderThanItsSourcesLatest() {
    SpotTracker t = new SpotTracker(BTC, SpotIndexParams.defaults());
    t.onTick(tick("coinbase", "100", T0 + 2 * S));
    assertThat(t.onTick(tick("coinbase", "90", T0 + S))).isFalse();
    assertThat(t.outOfOrder()).isEqualTo(1);
    assertThat(t.index()).isEqualTo(100.0);
    // another source may be behind the global time and is still taken
    t.onTick(tick("kraken", "102", T0 + S));
    assertThat(t.index()).isEqualTo(101.0);
    assertThat(t.outOfOrder()).isEqualTo(1);
  }

  @Test
  void shouldNeverMoveTimeBackwardsWhenAnOlderTimeIsGiven() {
    SpotTracker t = new SpotTracker(BTC, SpotIndexParams.defaults());
    t.advanceTo(T0 + 5 * S);
    t.advanceTo(T0);
    assertThat(t.nowNs()).isEqualTo(T0 + 5 * S);
  }

  @Test
  void shouldRejectATickWhenItIsForAnotherAsset() {
    SpotTracker t = new SpotTracker(BTC, SpotIndexParams.defaults());
    SpotTick eth = new SpotTick(Asset.of("ETH"), SourceId.of("coinbase"), BigDecimal.TEN, BigDecimal.ZERO, T0, T0);
    assertThatThrownBy(() -> t.onTick(eth)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldSampleBarsAtBoundariesAndCarryForwardWhenBarsAreEmpty() {
    SpotTracker t = new SpotTracker(BTC, single(0.94, 1, S, 60 * S));
    t.onTick(tick("coinbase", "100", T0 + 200 * MS));
    t.onTick(tick("coinbase", "101", T0 + S)); // exactly at boundary T0 + 1 s: belongs to the next bar
    t.advanceTo(T0 + 4 * S + 1);
    // bars: T0+1 s → 100, T0+2 s → 101, T0+3 s → 101, T0+4 s → 101
    assertThat(t.barsClosed()).isEqualTo(4);
    // average of the one-second samples at T0+1 … T0+4 s: (100 + 101·3)/4 = 100.75
    assertThat(t.averageOver(T0 + S, T0 + 5 * S)).isEqualTo(100.75);
    assertThat(t.averageOver(T0 + S, T0 + 6 * S)).as("the sample at T0 + 5 s is after now").isNaN();
    // [T0 + 1 s, T0 + 3 s): samples at T0+1 s, T0+2 s → (100 + 101)/2
    assertThat(t.averageOver(T0 + S, T0 + 3 * S)).isEqualTo(100.5);
    // before the first bar: not covered
    assertThat(t.averageOver(T0, T0 + 3 * S)).isNaN();
  }

  @Test
  void shouldStepThroughCoarseBarsWhenBarsAreLongerThanASecond() {
    // 2 s bars: the one-second samples at T0+2 s and T0+3 s both read the bar at T0+2 s
    SpotTracker t = new SpotTracker(BTC, single(0.94, 1, 2 * S, 60 * S));
    t.onTick(tick("coinbase", "100", T0 + 500 * MS)); // bar T0+2 s → 100
    t.onTick(tick("coinbase", "104", T0 + 2500 * MS)); // bar T0+4 s → 104
    t.advanceTo(T0 + 5 * S);
    // samples T0+2, +3 → 100, 100; T0+4 → 104: (100 + 100 + 104)/3 = 101.333…
    assertThat(t.averageOver(T0 + 2 * S, T0 + 5 * S)).isCloseTo(304.0 / 3, within(1e-12));
  }

  @Test
  void shouldMatchHandComputedEwmaWhenFedAKnownSequence() {
    // λ = 0.5, seeded by the first 2 returns; bars 100, 101, 99.99, 100.5 and one empty bar:
    // r1 = ln(101/100) = 0.009950330853168092, r2 = ln(99.99/101) = −0.01005033585350145
    // seed = (r1² + r2²)/2 = 1.0000916742784279e-4 → vol 0.010000458360887404
    // r3 = ln(100.5/99.99) = 0.005087546511372423: var = 0.5·seed + 0.5·r3² = 6.294614846661025e-5 → 0.007933860880215271
    // empty bar (r = 0): var = 3.1473074233305125e-5 → 0.0056100868293908895
    SpotTracker t = series(single(0.5, 2, S, 60 * S), 100, 101);
    t.advanceTo(T0 + 2 * S);
    assertThat(t.ewmaVolPerSqrtSecond()).as("one return is not enough").isNaN();
    t.onTick(tick("coinbase", "99.99", T0 + 2500 * MS));
    t.advanceTo(T0 + 3 * S);
    assertThat(t.ewmaVolPerSqrtSecond()).isCloseTo(0.010000458360887404, within(1e-15));
    t.onTick(tick("coinbase", "100.5", T0 + 3500 * MS));
    t.advanceTo(T0 + 4 * S);
    assertThat(t.ewmaVolPerSqrtSecond()).isCloseTo(0.007933860880215271, within(1e-15));
    t.advanceTo(T0 + 5 * S);
    assertThat(t.ewmaVolPerSqrtSecond()).isCloseTo(0.0056100868293908895, within(1e-15));
  }

  @Test
  void shouldScaleVolToASecondWhenBarsAreLonger() {
    // same bars on a 2 s grid: per-bar vol after the empty bar 0.0056100868293908895, per √s ÷ √2 = 0.003966930440107636
    SpotTracker t = new SpotTracker(BTC, single(0.5, 2, 2 * S, 120 * S));
    String[] values = {"100", "101", "99.99", "100.5"};
    for (int k = 0; k < values.length; k++) {
      t.onTick(tick("coinbase", values[k], T0 + 2 * k * S + 500 * MS));
    }
    t.advanceTo(T0 + 10 * S);
    assertThat(t.ewmaVolPerSqrtSecond()).isCloseTo(0.003966930440107636, within(1e-15));
  }

  @Test
  void shouldGiveTheRmsReturnWhenRealizedVolIsAskedOverAKnownSeries() {
    // log returns alternate +0.01, −0.01 (values 100, 100e^0.01, 100, …): RMS = 0.01 per 1 s bar
    double[] values = new double[21];
    for (int k = 0; k < values.length; k++) {
      values[k] = k % 2 == 0 ? 100 : 100 * Math.exp(0.01);
    }
    SpotTracker t = series(single(0.94, 5, S, 60 * S), values);
    t.advanceTo(T0 + 21 * S); // bars T0+1 … T0+21 s
    assertThat(t.realizedVolPerSqrtSecond(10 * S)).isCloseTo(0.01, within(1e-12));
    // all 20 returns: still 0.01; 21 returns would need the bar before the first: not covered
    assertThat(t.realizedVolPerSqrtSecond(20 * S)).isCloseTo(0.01, within(1e-12));
    assertThat(t.realizedVolPerSqrtSecond(21 * S)).isNaN();
    // half a second after the last boundary a half-second window holds no bar
    t.advanceTo(T0 + 21 * S + 500 * MS);
    assertThat(t.realizedVolPerSqrtSecond(S / 2)).isNaN();
  }

  @Test
  void shouldUseOnlyTheWindowsReturnsWhenRealizedVolIsAsked() {
    // 10 flat bars then returns +0.02, −0.02: over the last 4 bars r = 0, 0, +0.02, −0.02 → √(0.0008/4) = 0.01414…
    double up = 100 * Math.exp(0.02);
    SpotTracker t = series(single(0.94, 5, S, 60 * S), 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, up, 100);
    t.advanceTo(T0 + 12 * S);
    assertThat(t.realizedVolPerSqrtSecond(4 * S)).isCloseTo(Math.sqrt(0.0008 / 4), within(1e-12));
    assertThat(t.realizedVolPerSqrtSecond(2 * S)).isCloseTo(0.02, within(1e-12));
  }

  @Test
  void shouldReturnLogOfIndexOverTheBarWindowAgoWhenAsked() {
    // bars T0+1 … T0+5 s: 100, 101, 102, 103, 104; index now 105 at T0+5.5 s
    SpotTracker t = series(single(0.94, 5, S, 60 * S), 100, 101, 102, 103, 104, 105);
    assertThat(t.nowNs()).isEqualTo(T0 + 5500 * MS);
    // 3 s ago = T0+2.5 s → bar at T0+2 s (101): ln(105/101)
    assertThat(t.logReturn(3 * S)).isCloseTo(Math.log(105.0 / 101), within(1e-15));
    // 4.5 s ago = T0+1 s → bar 100
    assertThat(t.logReturn(4500 * MS)).isCloseTo(Math.log(1.05), within(1e-15));
    assertThat(t.logReturn(5 * S)).isNaN();
  }

  @Test
  void shouldStandardizeTheIndexWhenZScoreIsAsked() {
    // bars T0+1 … T0+5 s: 100 … 104, mean 102, sample sd √2.5 = 1.5811388300841898; index now 105:
    // z = 3/1.5811388300841898 = 1.8973665961010275
    SpotTracker t = series(single(0.94, 5, S, 60 * S), 99, 100, 101, 102, 103, 104, 105);
    // now T0+6.5 s; window (T0+1.5 s, T0+6.5 s] holds bars T0+2 … T0+6 s = 100 … 104
    assertThat(t.zScore(5 * S)).isCloseTo(1.8973665961010275, within(1e-12));
    // (T0+0.5 s, …]: needs the bar before T0+1 s: not covered
    assertThat(t.zScore(6 * S)).isNaN();
  }

  @Test
  void shouldGiveNanZScoreWhenTheWindowIsFlat() {
    SpotTracker t = series(single(0.94, 5, S, 60 * S), 100, 100, 100, 100, 100);
    assertThat(t.zScore(3 * S)).isNaN();
  }

  @Test
  void shouldFillTheHistoryWithTheCarriedValueWhenTimeJumpsPastIt() {
    SpotTracker t = new SpotTracker(BTC, single(0.94, 2, S, 60 * S));
    t.onTick(tick("coinbase", "100", T0 + 500 * MS));
    t.onTick(tick("coinbase", "110", T0 + 1500 * MS));
    t.onTick(tick("coinbase", "90", T0 + 2500 * MS));
    t.advanceTo(T0 + 7200 * S);
    t.onTick(tick("coinbase", "90", T0 + 7200 * S + 500 * MS)); // the source went stale (1 h) over the gap
    // 7200 bars closed, the whole 60 s history now holds 90 (no loop over the gap)
    assertThat(t.barsClosed()).isEqualTo(7200);
    assertThat(t.realizedVolPerSqrtSecond(60 * S)).isZero();
    assertThat(t.averageOver(T0 + 7150 * S, T0 + 7200 * S)).isEqualTo(90.0);
    assertThat(t.logReturn(50 * S)).isZero();
    // EWMA decayed by 0.94^7197 → 0 (finite)
    assertThat(t.ewmaVolPerSqrtSecond()).isFinite().isLessThan(1e-50);
  }

  @Test
  void shouldGiveTheSameBarsWhetherOrNotTimeIsAdvancedBetweenTicks() {
    List<SpotTick> ticks = randomTicks(7, 3000);
    SpotTracker sparse = new SpotTracker(BTC, SpotIndexParams.defaults());
    SpotTracker dense = new SpotTracker(BTC, SpotIndexParams.defaults());
    for (SpotTick tick : ticks) {
      for (long t = Math.max(dense.nowNs(), T0) + 37 * MS; t < tick.tsEvent(); t += 37 * MS) {
        dense.advanceTo(t);
      }
      sparse.onTick(tick);
      dense.onTick(tick);
      assertThat(outputs(dense)).isEqualTo(outputs(sparse));
    }
  }

  @Test
  void shouldGiveIdenticalOutputsWhenTheSameTicksAreReplayed() {
    List<SpotTick> ticks = randomTicks(11, 5000);
    assertThat(run(ticks)).isEqualTo(run(ticks));
  }

  @Test
  void shouldReportEveryBrokenRuleWhenParamsAreInvalid() {
    SpotIndexParams bad = new SpotIndexParams(0, List.of(SourceId.of("a"), SourceId.of("a")), 3, 1, 1.0, 0, 0);
    ConfigProblems problems = ConfigProblems.create();
    bad.validate(problems);
    assertThat(problems.all()).extracting(p -> p.key())
        .contains("staleAfterNs", "coreSources", "quorum", "barNs", "ewmaLambda");
    assertThatThrownBy(() -> new SpotTracker(BTC, bad)).isInstanceOf(ConfigException.class);
    ConfigProblems fine = ConfigProblems.create();
    SpotIndexParams.defaults().validate(fine);
    assertThat(fine.isEmpty()).isTrue();
  }

  static List<SpotTick> randomTicks(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] sources = {"coinbase", "kraken", "bitstamp", "binance", "gemini"};
    double[] price = {60_000, 60_010, 59_990, 60_020, 60_000};
    List<SpotTick> ticks = new ArrayList<>();
    long t = T0;
    for (int i = 0; i < count; i++) {
      // mostly sub-second gaps, now and then a 12–40 s silence so sources go stale
      t += random.nextInt(50) == 0 ? random.nextLong(12 * S, 40 * S) : random.nextLong(1, 800 * MS);
      int s = random.nextInt(sources.length);
      price[s] *= Math.exp(random.nextGaussian() * 2e-4);
      // occasionally a late tick (up to 2 s behind)
      long ts = random.nextInt(30) == 0 ? t - random.nextLong(1, 2 * S) : t;
      ticks.add(tick(sources[s], String.format("%.2f", price[s]), ts));
    }
    return ticks;
  }

  static List<Long> outputs(SpotTracker t) {
    long now = t.nowNs();
    long close = Math.floorDiv(now, S) * S;
    return List.of(Double.doubleToRawLongBits(t.index()), t.indexTsNs(), t.degraded() ? 1L : 0L,
        (long) t.freshSources(), Double.doubleToRawLongBits(t.ewmaVolPerSqrtSecond()),
        Double.doubleToRawLongBits(t.realizedVolPerSqrtSecond(300 * S)),
        Double.doubleToRawLongBits(t.logReturn(60 * S)), Double.doubleToRawLongBits(t.zScore(120 * S)),
        Double.doubleToRawLongBits(t.averageOver(close - 60 * S, close)), t.barsClosed(), t.outOfOrder());
  }

  static List<List<Long>> run(List<SpotTick> ticks) {
    SpotTracker tracker = new SpotTracker(BTC, SpotIndexParams.defaults());
    List<List<Long>> all = new ArrayList<>();
    for (SpotTick tick : ticks) {
      tracker.onTick(tick);
      all.add(outputs(tracker));
    }
    return all;
  }
}
