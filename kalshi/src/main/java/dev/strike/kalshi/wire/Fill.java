package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * One of our fills ({@code GET /portfolio/fills}, kalshi-api.md §5.7). {@code fill_id} and {@code ticker} are the
 * legacy names of {@code trade_id} and {@code market_ticker}; {@link #id()} and {@link #market()} read
 * whichever is present.
 *
 * @param outcomeSide the outcome bought or sold (canonical; {@code side}/{@code action} are ignored)
 * @param bookSide our side of the YES book
 * @param countFp contracts filled
 * @param yesPriceDollars the fill price in YES terms
 * @param isTaker whether we took liquidity
 * @param feeCost the fee charged, dollars
 * @param createdTime RFC 3339
 * @param ts Unix seconds
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Fill(
    @Nullable String fillId,
    @Nullable String tradeId,
    @Nullable String orderId,
    @Nullable String ticker,
    @Nullable String marketTicker,
    @Nullable OutcomeSide outcomeSide,
    @Nullable BookSide bookSide,
    @Nullable String countFp,
    @Nullable String yesPriceDollars,
    @Nullable String noPriceDollars,
    @Nullable Boolean isTaker,
    @Nullable String feeCost,
    @Nullable String createdTime,
    @Nullable Long ts,
    @Nullable Integer subaccountNumber) {

  /** Requires a trade id under either name. */
  public Fill {
    if ((tradeId == null || tradeId.isBlank()) && (fillId == null || fillId.isBlank())) {
      throw new IllegalArgumentException("fill.trade_id (or its legacy name fill_id) is required");
    }
  }

  /** The trade id: {@code trade_id}, else the legacy {@code fill_id}. */
  public String id() {
    return tradeId != null && !tradeId.isBlank() ? tradeId : WireChecks.id(fillId, "fill.fill_id");
  }

  /** The market: {@code market_ticker}, else the legacy {@code ticker}; null if neither was sent. */
  public @Nullable String market() {
    return marketTicker != null ? marketTicker : ticker;
  }
}
