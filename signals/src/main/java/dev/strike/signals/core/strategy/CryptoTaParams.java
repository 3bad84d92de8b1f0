package dev.strike.signals.core.strategy;

import dev.strike.common.config.ConfigProblems;
import dev.strike.common.money.Money;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@link CryptoTa}. Immutable; the constructor rejects nulls, {@link #validate} checks the values.
 *
 * @param bar the bar length of the indicators (bars of the index by event time); positive; default 10 s
 * @param rsiPeriod RSI period, bars; 1–1000; default 14
 * @param macdFast MACD fast EMA, bars; at least 1, below {@code macdSlow}; default 12
 * @param macdSlow MACD slow EMA, bars; at most 1000; default 26
 * @param macdSignal MACD signal EMA, macd values; 1–1000; default 9
 * @param vwapBars the rolling VWAP's window, bars; 1–10,000; default 30 (5 minutes of 10-second bars)
 * @param regimePeriod the regime detector's efficiency-ratio window, bars; 1–1000; default 20
 * @param trendAbove the efficiency ratio at or above which the regime becomes TREND; in [0, 1], at least
 *     {@code rangeBelow}; default 0.5
 * @param rangeBelow the efficiency ratio at or below which the regime becomes RANGE; in [0, 1]; default 0.3
 * @param rangeRsiWeight weight of the RSI's distance from 50 in a RANGE (faded); in [0, 1]; default 0.6
 * @param rangeVwapWeight weight of the index's distance from the VWAP in a RANGE (faded); in [0, 1], with
 *     {@code rangeRsiWeight} at most 1; default 0.4
 * @param trendMacdWeight weight of the MACD histogram in a TREND (followed); in [0, 1]; default 0.7
 * @param trendVwapWeight weight of the index's distance from the VWAP in a TREND (followed); in [0, 1], with
 *     {@code trendMacdWeight} at most 1; default 0.3
 * @param minScore the least |score| the strategy acts on; in (0, 1]; default 0.25
 * @param maxTilt the most the score moves the fair probability; in (0, 0.5]; default 0.05
 * @param minShift the least tilt (change of P(YES)) the strategy acts on: a smaller one (a weak score, or a
 *     probability near 0 or 1 where the tilt fades) adds nothing and what is left is the plain fair-value edge (the
 *     fair-value strategy's business); in [0, {@code maxTilt}); default 0.005
 * @param minEdge the least edge after the taker fee, per contract, to enter; $0–$1; default $0.03
 * @param minTimeToClose no entry closer to the close than this; not negative; default 1 min
 * @param maxTimeToClose no entry further from the close than this; at least {@code minTimeToClose}; default 14 min
 * @param ttl how long a signal stays actionable; positive; default 5 s
 * @param cooldown no new signal on a market for this long (event time) after one; not negative; default 30 s
 * @param maxGap a spot feed silent for longer than this (event time) restarts the indicators; at least {@code bar};
 *     default 60 s
 */
public record CryptoTaParams(Duration bar, int rsiPeriod, int macdFast, int macdSlow, int macdSignal, int vwapBars,
    int regimePeriod, double trendAbove, double rangeBelow, double rangeRsiWeight, double rangeVwapWeight,
    double trendMacdWeight, double trendVwapWeight, double minScore, double maxTilt, double minShift, Money minEdge,
    Duration minTimeToClose, Duration maxTimeToClose, Duration ttl, Duration cooldown, Duration maxGap)
    implements CryptoTaEntryParams {

  /** Rejects nulls. */
  public CryptoTaParams {
    Objects.requireNonNull(bar, "bar");
    CryptoTaEntryParams.requireNonNull(minEdge, minTimeToClose, maxTimeToClose, ttl, cooldown);
    Objects.requireNonNull(maxGap, "maxGap");
  }

  /**
   * 10-second bars; RSI(14), MACD(12, 26, 9), a 30-bar VWAP, a 20-bar regime with TREND at 0.5 and RANGE at 0.3;
   * weights 0.6/0.4 (range) and 0.7/0.3 (trend); act from |score| 0.25 with a tilt of 0.005 to 0.05; 3¢ edge, 1–14
   * minutes to close, 5 s TTL, 30 s cooldown, indicators restarted after 60 s without ticks.
   */
  public static CryptoTaParams defaults() {
    return new CryptoTaParams(Duration.ofSeconds(10), 14, 12, 26, 9, 30, 20, 0.5, 0.3, 0.6, 0.4, 0.7, 0.3, 0.25, 0.05,
        0.005, Money.ofCents(3), Duration.ofMinutes(1), Duration.ofMinutes(14), Duration.ofSeconds(5),
        Duration.ofSeconds(30), Duration.ofSeconds(60));
  }

  @Override
  public void validate(ConfigProblems problems) {
    boolean barOk = CryptoTaEntries.positive(problems, "bar", bar);
    problems.inRange("rsiPeriod", rsiPeriod, 1, 1000);
    if (problems.inRange("macdSlow", macdSlow, 2, 1000)) {
      problems.inRange("macdFast", macdFast, 1, macdSlow - 1);
    }
    problems.inRange("macdSignal", macdSignal, 1, 1000);
    problems.inRange("vwapBars", vwapBars, 1, 10_000);
    problems.inRange("regimePeriod", regimePeriod, 1, 1000);
    if (CryptoTaEntries.between(problems, "rangeBelow", rangeBelow, 0, 1)
        && CryptoTaEntries.between(problems, "trendAbove", trendAbove, 0, 1)) {
      problems.check(trendAbove >= rangeBelow, "trendAbove",
          "must be at least rangeBelow (" + rangeBelow + "), got " + trendAbove);
    }
    weights(problems, "rangeRsiWeight", rangeRsiWeight, "rangeVwapWeight", rangeVwapWeight);
    weights(problems, "trendMacdWeight", trendMacdWeight, "trendVwapWeight", trendVwapWeight);
    problems.check(minScore > 0 && minScore <= 1, "minScore", "must be within (0, 1], got " + minScore);
    if (problems.check(maxTilt > 0 && maxTilt <= 0.5, "maxTilt", "must be within (0, 0.5], got " + maxTilt)) {
      problems.check(minShift >= 0 && minShift < maxTilt, "minShift",
          "must be within [0, maxTilt (" + maxTilt + ")), got " + minShift);
    }
    CryptoTaEntries.validateEntry(problems, this);
    if (barOk) {
      problems.check(maxGap.compareTo(bar) >= 0, "maxGap", "must be at least bar (" + bar + "), got " + maxGap);
    }
  }

  private static void weights(ConfigProblems problems, String firstKey, double first, String secondKey,
      double second) {
    if (CryptoTaEntries.between(problems, firstKey, first, 0, 1)
        && CryptoTaEntries.between(problems, secondKey, second, 0, 1)) {
      // the weights add to at most 1 so that the score stays within [-1, 1]
      problems.check(first + second <= 1 + 1e-12, secondKey,
          "must be at most 1 − " + firstKey + " (" + first + "), got " + second);
    }
  }
}
