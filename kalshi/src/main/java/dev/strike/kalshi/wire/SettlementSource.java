package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/** Where a series or event settles from ({@code settlement_sources[]}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SettlementSource(@Nullable String name, @Nullable String url) {}
