package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * One element of the {@code ok} {@code msg} array answering {@code list_subscriptions}.
 *
 * @param channel the channel name
 * @param sid the subscription id
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscriptionEntryMsg(@Nullable String channel, @Nullable Long sid) {}
