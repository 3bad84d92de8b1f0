package dev.strike.signals.core.ta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of the indicators over random price paths: finite outputs once ready, RSI in [0, 100], efficiency
 * ratio in [0, 1], VWAP between the lowest and highest price of its window, and the same numbers on a second run.
 */
class IndicatorProperties {
  /** A path of positive closes from a start price and per-bar log returns (from flat to ±20 % a bar). */
  record Path(double[] closes, double[] volumes) {}

  @Provide
  Arbitrary<Path> paths() {
    Arbitrary<Double> start = Arbitraries.doubles().between(0.01, 1_000_000).ofScale(6);
    Arbitrary<List<Double>> returns = Arbitraries.oneOf(
        Arbitraries.doubles().between(-0.2, 0.2).ofScale(6),
        Arbitraries.doubles().between(-1e-6, 1e-6).ofScale(12),
        Arbitraries.just(0.0)).list().ofMinSize(1).ofMaxSize(300);
    Arbitrary<List<Double>> volumes = Arbitraries.oneOf(Arbitraries.doubles().between(0, 1e4).ofScale(8),
        Arbitraries.just(0.0)).list().ofSize(300);
    return Combinators.combine(start, returns, volumes).as((s, r, v) -> {
      double[] closes = new double[r.size()];
      double[] vols = new double[r.size()];
      double price = s;
      for (int i = 0; i < closes.length; i++) {
        price *= Math.exp(r.get(i));
        closes[i] = price;
        vols[i] = v.get(i);
      }
      return new Path(closes, vols);
    });
  }

  @Property(tries = 200)
  void shouldKeepRsiWithinZeroAndOneHundredWhenReady(@ForAll("paths") Path path) {
    Rsi rsi = new Rsi();
    for (double close : path.closes()) {
      double value = rsi.update(close);
      if (rsi.isReady()) {
        assertThat(value).isFinite().isBetween(0.0, 100.0);
      } else {
        assertThat(value).isNaN();
      }
    }
  }

  @Property(tries = 200)
  void shouldGiveFiniteMacdLinesWhenReady(@ForAll("paths") Path path) {
    Macd macd = new Macd();
    for (double close : path.closes()) {
      macd.update(close);
      if (macd.isReady()) {
        assertThat(macd.macd()).isFinite();
        assertThat(macd.signal()).isFinite();
        assertThat(macd.histogram()).isFinite();
      } else {
        assertThat(macd.histogram()).isNaN();
      }
    }
  }

  @Property(tries = 200)
  void shouldKeepTheEfficiencyRatioWithinZeroAndOneWhenReady(@ForAll("paths") Path path) {
    RegimeDetector detector = new RegimeDetector();
    for (double close : path.closes()) {
      Regime regime = detector.update(close);
      if (detector.isReady()) {
        assertThat(detector.efficiencyRatio()).isBetween(0.0, 1.0);
        assertThat(regime).isNotEqualTo(Regime.UNKNOWN);
      } else {
        assertThat(regime).isEqualTo(Regime.UNKNOWN);
      }
    }
  }

  @Property(tries = 200)
  void shouldKeepARollingVwapBetweenTheWindowsLowestAndHighestPrice(@ForAll("paths") Path path) {
    int window = 5;
    Vwap vwap = Vwap.rolling(window);
    double[] closes = path.closes();
    for (int i = 0; i < closes.length; i++) {
      vwap.update(closes[i], path.volumes()[i], i);
      if (vwap.isReady()) {
        double low = Double.MAX_VALUE;
        double high = 0;
        for (int j = Math.max(0, i - window + 1); j <= i; j++) {
          low = Math.min(low, closes[j]);
          high = Math.max(high, closes[j]);
        }
        assertThat(vwap.value()).isFinite().isBetween(low * (1 - 1e-9), high * (1 + 1e-9));
      }
    }
  }

  @Property(tries = 200)
  void shouldGiveTheSameNumbersWhenRunTwice(@ForAll("paths") Path path) {
    assertThat(fingerprint(path)).isEqualTo(fingerprint(path));
  }

  private static long fingerprint(Path path) {
    Rsi rsi = new Rsi();
    Macd macd = new Macd(3, 6, 2);
    RegimeDetector detector = new RegimeDetector(5, 0.5, 0.3);
    Bars bars = new Bars(3);
    long hash = 17;
    for (int i = 0; i < path.closes().length; i++) {
      double close = path.closes()[i];
      hash = 31 * hash + Double.doubleToLongBits(rsi.update(close));
      macd.update(close);
      hash = 31 * hash + Double.doubleToLongBits(macd.histogram());
      detector.update(close);
      hash = 31 * hash + Double.doubleToLongBits(detector.efficiencyRatio());
      hash = 31 * hash + bars.onTick(close, path.volumes()[i], 2L * i);
      hash = 31 * hash + Double.doubleToLongBits(bars.closedVwap());
    }
    return hash;
  }
}
