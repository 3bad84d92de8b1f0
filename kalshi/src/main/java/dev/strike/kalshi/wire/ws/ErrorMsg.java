package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * {@code error} {@code msg}: a command failed (or the server reports a problem, with id 0 or no id).
 *
 * @param code the numeric error code (1–25 documented, kalshi-api.md §8.2)
 * @param msg the server's text
 * @param marketTicker the market the error is about, when it is about one
 * @param marketId the market's UUID, when the command used ids
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ErrorMsg(@Nullable Integer code, @Nullable String msg, @Nullable String marketTicker,
    @Nullable String marketId) {}
