package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code market_lifecycle_v2} {@code msg}: a change in one market's life. Which optional keys are present depends on
 * {@code event_type}. Lifecycle times ({@code *_ts}) are Unix <em>seconds</em>.
 *
 * @param marketTicker the market
 * @param eventType {@code created}, {@code activated}, {@code deactivated}, {@code close_date_updated},
 *     {@code determined}, {@code settled}, {@code price_level_structure_updated} or {@code metadata_updated}
 * @param exchangeIndex the matching-engine shard ({@code created})
 * @param openTs when trading opens, Unix seconds
 * @param closeTs when trading closes, Unix seconds
 * @param determinationTs when the outcome was determined, Unix seconds
 * @param result the outcome ({@code yes}, {@code no}, …)
 * @param settlementValue the YES payout per contract, dollars
 * @param settledTs when it settled, Unix seconds
 * @param deactivated whether trading is paused ({@code is_deactivated})
 * @param priceLevelStructure the tick-grid label
 * @param priceRanges the tick grid
 * @param additionalMetadata the market's descriptive fields ({@code created})
 * @param strikeType {@code metadata_updated}: the new strike rule
 * @param floorStrike {@code metadata_updated}: the new lower bound
 * @param capStrike {@code metadata_updated}: the new upper bound
 * @param yesSubTitle {@code metadata_updated}: the new YES subtitle
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MarketLifecycleMsg(@Nullable String marketTicker, @Nullable String eventType,
    @Nullable Integer exchangeIndex, @Nullable Long openTs, @Nullable Long closeTs, @Nullable Long determinationTs,
    @Nullable String result, @Nullable String settlementValue, @Nullable Long settledTs,
    @JsonProperty("is_deactivated") @Nullable Boolean deactivated, @Nullable String priceLevelStructure,
    @Nullable List<PriceRangeMsg> priceRanges, @Nullable MarketMetadataMsg additionalMetadata,
    @Nullable String strikeType, @Nullable BigDecimal floorStrike, @Nullable BigDecimal capStrike,
    @Nullable String yesSubTitle) {}
