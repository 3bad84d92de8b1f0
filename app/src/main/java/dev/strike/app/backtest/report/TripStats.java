package dev.strike.app.backtest.report;

import dev.strike.app.backtest.report.BacktestReport.RoundTrip;
import dev.strike.common.money.FixedPoint;
import dev.strike.common.money.Money;
import java.math.RoundingMode;
import java.util.List;

/**
 * Count, wins, mean, best and worst of closed round trips; shared by the backtest report and the operator API's
 * live figures so both count a trade the same way.
 *
 * @param trips closed round trips
 * @param wins those with a positive P&amp;L
 * @param average mean P&amp;L, rounded half-even to a micro-dollar; 0 without trips
 * @param best highest P&amp;L; 0 without trips
 * @param worst lowest P&amp;L; 0 without trips
 */
record TripStats(long trips, long wins, Money average, Money best, Money worst) {

  /** {@code wins / trips}; 0 without trips. */
  double winRate() {
    return trips == 0 ? 0 : (double) wins / trips;
  }

  static TripStats of(List<RoundTrip> roundTrips) {
    long wins = 0;
    long sum = 0;
    long best = Long.MIN_VALUE;
    long worst = Long.MAX_VALUE;
    for (RoundTrip trip : roundTrips) {
      long value = trip.pnl().micros();
      wins += trip.won() ? 1 : 0;
      sum = Math.addExact(sum, value);
      best = Math.max(best, value);
      worst = Math.min(worst, value);
    }
    long trips = roundTrips.size();
    return new TripStats(trips, wins,
        Money.ofMicros(trips == 0 ? 0 : FixedPoint.divide(sum, trips, RoundingMode.HALF_EVEN)),
        Money.ofMicros(trips == 0 ? 0 : best), Money.ofMicros(trips == 0 ? 0 : worst));
  }
}
