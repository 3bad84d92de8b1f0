package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * One band of a market's price grid ({@code price_ranges[]}), dollars.
 *
 * @param start lowest price of the band
 * @param end highest price of the band
 * @param step tick size within the band
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PriceRangeMsg(@Nullable String start, @Nullable String end, @Nullable String step) {}
