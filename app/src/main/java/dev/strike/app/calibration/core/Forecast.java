package dev.strike.app.calibration.core;

import dev.strike.common.id.Asset;
import dev.strike.common.id.MarketTicker;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One scored pair of forecasts for one market at one horizon: the model's probability and the market mid, both
 * taken at {@code scoredAtNs = closeNs − horizonNs} from what was known then, and the market's result.
 *
 * @param ticker the market
 * @param asset its underlying
 * @param horizonNs time before the close, ns
 * @param scoredAtNs the scoring time, epoch ns
 * @param quoteTsNs the time of the quote used (the newest at or before {@code scoredAtNs}), epoch ns
 * @param floorStrike the market's floor strike, USD, null when its strike type has none
 * @param spot the spot index at the scoring time, USD
 * @param volPerSqrtSecond the volatility used, per square root of a second
 * @param model the model's probability of YES, in [0, 1]
 * @param mid the YES mid in dollars taken as a probability, in [0, 1] (a missing side counts at its bound)
 * @param yes whether the market settled YES
 */
public record Forecast(MarketTicker ticker, Asset asset, long horizonNs, long scoredAtNs, long quoteTsNs,
    @Nullable BigDecimal floorStrike, double spot, double volPerSqrtSecond, double model, double mid, boolean yes)
    implements Scored {
  /** Validates presence and probabilities. */
  public Forecast {
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(asset, "asset");
    if (quoteTsNs > scoredAtNs) {
      throw new IllegalArgumentException("the quote must not be newer than the scoring time");
    }
    if (!(model >= 0.0 && model <= 1.0) || !(mid >= 0.0 && mid <= 1.0)) {
      throw new IllegalArgumentException("probabilities lie in [0, 1], got model " + model + " and mid " + mid);
    }
  }
}
