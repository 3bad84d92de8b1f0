package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /portfolio/balance} (kalshi-api.md §5.1). Use {@code balanceDollars}: {@code balance} is whole cents
 * and truncates sub-cent balances.
 *
 * @param balance cents, truncated; informational
 * @param balanceDollars the exact balance, dollars
 * @param portfolioValue cents: balance plus the mark value of positions
 * @param updatedTs Unix seconds
 * @param balanceBreakdown the balance per matching-engine shard
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Balance(
    @Nullable Long balance,
    @Nullable String balanceDollars,
    @Nullable Long portfolioValue,
    @Nullable Long updatedTs,
    List<ShardBalance> balanceBreakdown) {

  /** Absent list reads as empty. */
  public Balance {
    balanceBreakdown = WireChecks.list(balanceBreakdown, "balance_breakdown");
  }

  /** The balance held on one shard, dollars. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record ShardBalance(int exchangeIndex, @Nullable String balance) {}
}
