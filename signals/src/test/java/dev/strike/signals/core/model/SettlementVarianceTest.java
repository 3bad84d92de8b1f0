package dev.strike.signals.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The settlement log-variance against a brute-force double sum over every pair of samples. */
class SettlementVarianceTest {
  private static final long SECOND = 1_000_000_000L;

  /** ln(Σ_{j,l<m} e^{a·min(j,l)} / m²) + σ²·u₀, summed pair by pair (as 1 + Σ(e^x − 1)/m², for precision). */
  private static double bruteForce(double sigma, double firstOffsetSeconds, int m) {
    double a = sigma * sigma;
    double sum = 0;
    for (int j = 0; j < m; j++) {
      for (int l = 0; l < m; l++) {
        sum += Math.expm1(a * Math.min(j, l));
      }
    }
    return a * firstOffsetSeconds + Math.log1p(sum / ((double) m * m));
  }

  @Test
  void shouldMatchTheBruteForceSumForEveryVolatilityRegime() {
    long close = 1_000_000 * SECOND;
    // before the window (u₀ = 300 s, 60 samples), inside it (20 samples left), from calm (1e-5/√s) to extreme (3e-2/√s)
    for (double sigma : new double[] {1e-5, 1e-4, 5e-4, 3e-3, 1e-2, 3e-2}) {
      double before = FairValue.settlementLogVariance(sigma, close - 360 * SECOND, close, 60 * SECOND);
      double expectedBefore = bruteForce(sigma, 300, 60);
      assertThat(before).as("sigma %s before the window", sigma).isCloseTo(expectedBefore,
          within(Math.abs(expectedBefore) * 1e-9));
      double inside = FairValue.settlementLogVariance(sigma, close - 20 * SECOND, close, 60 * SECOND);
      double expectedInside = bruteForce(sigma, 0, 20);
      assertThat(inside).as("sigma %s inside the window", sigma).isCloseTo(expectedInside,
          within(Math.abs(expectedInside) * 1e-9));
    }
  }
}
