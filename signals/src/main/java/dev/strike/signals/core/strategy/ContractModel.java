package dev.strike.signals.core.strategy;

import dev.strike.common.event.MarketInfo;
import dev.strike.signals.core.MarketState;
import dev.strike.signals.core.SpotView;
import dev.strike.signals.core.model.FairValue;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The lognormal fair value of one crypto market now, with the inputs that went into it: the glue between a
 * {@link MarketState}, its {@link SpotView} and {@link FairValue}. A 15-minute up/down market is a
 * {@code greater_or_equal} market whose floor strike is the 60-second average of the index before its open (Kalshi
 * publishes it as {@code floor_strike}), so it needs nothing special here.
 */
public final class ContractModel {
  private ContractModel() {}

  /**
   * The probability that {@code market} settles YES at {@code nowNs} when the spot index is {@code spotIndex}, or NaN
   * when an input is missing (no strike and no reference average, no volatility, settlement outside the model).
   */
  public static double probabilityYes(MarketState market, SpotView spot, double spotIndex, double volPerSqrtSecond,
      long nowNs) {
    MarketInfo info = market.info();
    long closeNs = info.closeTimeNs();
    long window = FairValue.SETTLEMENT_WINDOW_NS;
    double floor = toDouble(info.floorStrike());
    double cap = toDouble(info.capStrike());
    double averageSoFar = nowNs > closeNs - window ? spot.averageOver(closeNs - window, Math.min(nowNs, closeNs))
        : Double.NaN;
    return FairValue.probabilityYes(info.strikeType(), floor, cap, spotIndex, volPerSqrtSecond, nowNs, closeNs,
        window, averageSoFar);
  }

  private static double toDouble(@Nullable BigDecimal value) {
    return value == null ? Double.NaN : value.doubleValue();
  }
}
