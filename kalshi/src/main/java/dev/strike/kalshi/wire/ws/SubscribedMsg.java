package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * {@code subscribed} {@code msg}: one channel of a {@code subscribe} command is live. Kalshi's pages disagree on where
 * the sid is (kalshi-api.md §11.6): inside {@code msg} here, or on the envelope; the decoder reads either.
 *
 * @param channel the channel name
 * @param sid the subscription id the server assigned, for this connection only
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscribedMsg(@Nullable String channel, @Nullable Long sid) {}
