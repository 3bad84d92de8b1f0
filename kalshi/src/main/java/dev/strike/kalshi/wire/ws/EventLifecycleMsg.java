package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * {@code event_lifecycle} {@code msg} (on the {@code market_lifecycle_v2} subscription): an event was created or
 * changed.
 *
 * @param eventTicker the event
 * @param title its title
 * @param subtitle its subtitle
 * @param collateralReturnType {@code MECNET}, {@code DIRECNET} or empty
 * @param seriesTicker its series
 * @param strikeDate the strike date as sent (Unix seconds or a date string), when it has one
 * @param strikePeriod the strike period label, when it has one
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventLifecycleMsg(@Nullable String eventTicker, @Nullable String title, @Nullable String subtitle,
    @Nullable String collateralReturnType, @Nullable String seriesTicker, @Nullable String strikeDate,
    @Nullable String strikePeriod) {}
