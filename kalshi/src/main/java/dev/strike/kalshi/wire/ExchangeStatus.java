package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /exchange/status} (kalshi-api.md §4.8). The top-level flags describe exchange index 0; per-shard state
 * is in {@code exchangeIndexStatuses}.
 *
 * @param exchangeActive whether the exchange is up (false during an exchange pause)
 * @param tradingActive whether new orders are accepted (false during a trading pause)
 * @param exchangeEstimatedResumeTime RFC 3339, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExchangeStatus(
    boolean exchangeActive,
    boolean tradingActive,
    @Nullable Boolean intraExchangeTransfersActive,
    @Nullable String exchangeEstimatedResumeTime,
    List<ExchangeIndexStatus> exchangeIndexStatuses) {

  /** Absent list reads as empty. */
  public ExchangeStatus {
    exchangeIndexStatuses = WireChecks.list(exchangeIndexStatuses, "exchange_index_statuses");
  }

  /** The state of one matching-engine shard. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ExchangeIndexStatus(
      int exchangeIndex,
      @Nullable String description,
      @Nullable Boolean exchangeActive,
      @Nullable Boolean tradingActive,
      @Nullable Boolean intraExchangeTransfersActive) {}
}
