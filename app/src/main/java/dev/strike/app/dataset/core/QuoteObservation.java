package dev.strike.app.dataset.core;

import dev.strike.common.money.Price;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The top of one market's book as a dataset row gives it.
 *
 * @param line the 1-based line it came from
 * @param tsEventNs when it was observed (the collector's time), epoch ns
 * @param market the market
 * @param floorStrike the market's strike in USD when the dataset has it, else null
 * @param yesBid the best YES bid, or null when there is none (a dataset's 0)
 * @param yesAsk the best YES ask, or null when there is none (a dataset's $1 / 100¢); the NO bid is $1 minus it
 */
public record QuoteObservation(long line, long tsEventNs, FifteenMinuteMarket market,
    @Nullable BigDecimal floorStrike, @Nullable Price yesBid, @Nullable Price yesAsk) {
  /** Validates presence and an uncrossed book. */
  public QuoteObservation {
    Objects.requireNonNull(market, "market");
    if (yesBid != null && (yesBid.micros() == 0 || yesBid.micros() == Price.MICROS_PER_DOLLAR)) {
      throw new IllegalArgumentException("a YES bid lies strictly between $0 and $1, got " + yesBid);
    }
    if (yesAsk != null && (yesAsk.micros() == 0 || yesAsk.micros() == Price.MICROS_PER_DOLLAR)) {
      throw new IllegalArgumentException("a YES ask lies strictly between $0 and $1, got " + yesAsk);
    }
    if (yesBid != null && yesAsk != null && yesBid.micros() >= yesAsk.micros()) {
      throw new IllegalArgumentException("crossed or locked quote: YES bid " + yesBid + " >= YES ask " + yesAsk);
    }
    if (floorStrike != null && floorStrike.signum() <= 0) {
      throw new IllegalArgumentException("floor strike must be positive, got " + floorStrike);
    }
  }
}
