package dev.strike.signals.core.model;

import static dev.strike.common.event.StrikeType.BETWEEN;
import static dev.strike.common.event.StrikeType.GREATER;
import static dev.strike.common.event.StrikeType.LESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.strike.common.event.StrikeType;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the moment-matched model against exact simulation of the settlement average: GBM paths with the model's
 * martingale dynamics, sampled exactly (no discretization error) at the one-second settlement points.
 *
 * <p>Tolerance: 4 binomial standard errors, √(p(1−p)/N) ≤ 0.0011 at N = 200,000, plus 1e-4 for the moment-matching
 * error. At σ = 5e-4/√s (about three times a busy BTC day) the matched log-variance is ~3.5e-5, where the third-moment
 * mismatch of the lognormal is of order v^{3/2} ≈ 2e-7 in probability, far inside the allowance.
 */
class FairValueMonteCarloTest {
  private static final int PATHS = 200_000;
  private static final long S = 1_000_000_000L;
  private static final long CLOSE = 1_786_000_000L * S;
  private static final long WINDOW = FairValue.SETTLEMENT_WINDOW_NS;
  private static final long START = CLOSE - WINDOW;
  private static final double SIGMA = 5e-4;
  private static final double SPOT = 100.0;

  /** Settlement averages for now = start − 120 s (all 60 samples random). */
  private static double[] beforeWindow;
  /** Settlement averages for now = start + 30.5 s: 31 samples known (avg 100.2), 29 random at u = 0.5 … 28.5 s. */
  private static double[] insideWindow;
  private static final double KNOWN_AVERAGE = 100.2;

  @BeforeAll
  static void simulate() {
    SplittableRandom random = new SplittableRandom(20_260_817L);
    beforeWindow = new double[PATHS];
    insideWindow = new double[PATHS];
    for (int p = 0; p < PATHS; p++) {
      beforeWindow[p] = averageOfPath(random, 120.0, 0, 60);
      insideWindow[p] = averageOfPath(random, 0.5, 31, 29);
    }
  }

  /** One path from SPOT: first random sample after firstGap seconds, then 1 s apart; known samples at KNOWN_AVERAGE. */
  private static double averageOfPath(SplittableRandom random, double firstGapSeconds, int known, int randomCount) {
    double logS = Math.log(SPOT);
    double sum = known * KNOWN_AVERAGE;
    for (int i = 0; i < randomCount; i++) {
      double dt = i == 0 ? firstGapSeconds : 1.0;
      logS += -0.5 * SIGMA * SIGMA * dt + SIGMA * Math.sqrt(dt) * random.nextGaussian();
      sum += Math.exp(logS);
    }
    return sum / (known + randomCount);
  }

  private static double empirical(double[] averages, StrikeType type, double floor, double cap) {
    int yes = 0;
    for (double a : averages) {
      boolean hit = switch (type) {
        case GREATER -> a > floor;
        case LESS -> a < cap;
        case BETWEEN -> a >= floor && a <= cap;
        default -> throw new IllegalArgumentException(type.name());
      };
      if (hit) {
        yes++;
      }
    }
    return yes / (double) PATHS;
  }

  private static void assertAgrees(double[] averages, long nowNs, double averageSoFar, StrikeType type, double floor,
      double cap) {
    double model = FairValue.probabilityYes(type, floor, cap, SPOT, SIGMA, nowNs, CLOSE, WINDOW, averageSoFar);
    double simulated = empirical(averages, type, floor, cap);
    double standardError = Math.sqrt(Math.max(model * (1 - model), 1e-6) / PATHS);
    assertThat(model).as("%s %s..%s: model vs simulated %s", type, floor, cap, simulated)
        .isCloseTo(simulated, within(4 * standardError + 1e-4));
  }

  @Test
  void shouldMatchSimulationWhenTheWholeWindowIsAhead() {
    long now = START - 120 * S;
    // log-sd ≈ 5e-4·√139.5 ≈ 0.0059: strikes at −1.7, 0, +0.5, +1.4 sd
    assertAgrees(beforeWindow, now, Double.NaN, GREATER, 99.0, Double.NaN);
    assertAgrees(beforeWindow, now, Double.NaN, GREATER, 100.0, Double.NaN);
    assertAgrees(beforeWindow, now, Double.NaN, GREATER, 100.3, Double.NaN);
    assertAgrees(beforeWindow, now, Double.NaN, LESS, Double.NaN, 100.8);
    assertAgrees(beforeWindow, now, Double.NaN, BETWEEN, 99.7, 100.2);
  }

  @Test
  void shouldMatchSimulationWhenInsideTheWindow() {
    long now = START + 30_500_000_000L;
    // settlement = (31·100.2 + F)/60; the random part's log-sd ≈ 5e-4·√(0.5 + 28·55/174) ≈ 0.0015 on half the weight
    assertAgrees(insideWindow, now, KNOWN_AVERAGE, GREATER, 100.05, Double.NaN);
    assertAgrees(insideWindow, now, KNOWN_AVERAGE, GREATER, 100.1, Double.NaN);
    assertAgrees(insideWindow, now, KNOWN_AVERAGE, GREATER, 100.15, Double.NaN);
    assertAgrees(insideWindow, now, KNOWN_AVERAGE, LESS, Double.NaN, 100.12);
    assertAgrees(insideWindow, now, KNOWN_AVERAGE, BETWEEN, 100.08, 100.13);
  }
}
