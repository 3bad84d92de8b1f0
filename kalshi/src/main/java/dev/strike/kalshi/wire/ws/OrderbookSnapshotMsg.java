package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code orderbook_snapshot} {@code msg}: the whole book of one market. Levels are {@code [price_dollars, count_fp]}
 * string pairs; a side's key is absent when it has no bids. With {@code use_yes_price: false} (Strike's choice) NO
 * levels are in NO prices.
 *
 * @param marketTicker the market
 * @param marketId the market's UUID
 * @param yesDollarsFp YES bids, or null when there are none
 * @param noDollarsFp NO bids, or null when there are none
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OrderbookSnapshotMsg(@Nullable String marketTicker, @Nullable String marketId,
    @Nullable List<List<String>> yesDollarsFp, @Nullable List<List<String>> noDollarsFp) {}
