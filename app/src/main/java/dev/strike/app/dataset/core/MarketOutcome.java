package dev.strike.app.dataset.core;

import dev.strike.common.event.MarketResult;
import dev.strike.common.event.MarketStatus;
import dev.strike.common.id.MarketTicker;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an import learned about one market, for the report.
 *
 * @param ticker the market
 * @param closeTimeNs its close, epoch ns
 * @param floorStrike its strike in USD, null when the dataset has none
 * @param status the status of its last {@code MarketInfo}: finalized (result known), closed (result unknown, the
 *     data runs past the close) or active (the data ends before the close)
 * @param result the result published, or null
 * @param source where the result came from
 * @param inferred what the final quote says, or null when it is not decisive (kept to compare with official results)
 * @param rows how many quotes of it were imported
 */
public record MarketOutcome(MarketTicker ticker, long closeTimeNs, @Nullable BigDecimal floorStrike,
    MarketStatus status, @Nullable MarketResult result, ResultSource source, @Nullable MarketResult inferred,
    long rows) {
  /** Validates presence and that a result has a source. */
  public MarketOutcome {
    Objects.requireNonNull(ticker, "ticker");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(source, "source");
    if ((result == null) != (source == ResultSource.NONE)) {
      throw new IllegalArgumentException("a result needs a source and no result none: " + result + " / " + source);
    }
  }
}
