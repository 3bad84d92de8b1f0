package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code ok} {@code msg} answering {@code update_subscription}.
 *
 * @param marketTickers the subscription's full market list after the change
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateOkMsg(@Nullable List<String> marketTickers) {}
