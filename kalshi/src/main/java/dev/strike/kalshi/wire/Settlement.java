package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * A settlement of one of our positions ({@code GET /portfolio/settlements}, kalshi-api.md §5.8).
 *
 * @param ticker the market, required
 * @param marketResult {@code yes}, {@code no} or {@code scalar}
 * @param revenue what we were paid, integer cents (100 per winning contract)
 * @param value the payout of one YES contract, integer cents, or null
 * @param feeCost dollars
 * @param settledTime RFC 3339
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Settlement(
    String ticker,
    @Nullable String eventTicker,
    @Nullable Integer exchangeIndex,
    @Nullable String marketResult,
    @Nullable String yesCountFp,
    @Nullable String yesTotalCostDollars,
    @Nullable String noCountFp,
    @Nullable String noTotalCostDollars,
    @Nullable Long revenue,
    @Nullable Long value,
    @Nullable String feeCost,
    @Nullable String settledTime) {

  /** Requires the ticker. */
  public Settlement {
    WireChecks.id(ticker, "settlement.ticker");
  }
}
