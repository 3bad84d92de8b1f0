package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * Our position in one market.
 *
 * @param ticker the market, required
 * @param positionFp signed contracts: positive = YES, negative = NO
 * @param marketExposureDollars the cost basis at risk, dollars
 * @param lastUpdatedTs when it last changed, as sent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MarketPosition(
    String ticker,
    @Nullable Integer exchangeIndex,
    @Nullable String positionFp,
    @Nullable String marketExposureDollars,
    @Nullable String totalTradedDollars,
    @Nullable String realizedPnlDollars,
    @Nullable String feesPaidDollars,
    @Nullable String lastUpdatedTs) {

  /** Requires the ticker. */
  public MarketPosition {
    WireChecks.id(ticker, "market_positions.ticker");
  }
}
