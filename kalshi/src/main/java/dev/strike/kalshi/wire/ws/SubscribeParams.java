package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code subscribe} parameters. Null fields are omitted from the JSON.
 *
 * @param channels channel names ({@code orderbook_delta}, {@code ticker}, …), at least one
 * @param marketTickers the markets, or null for "all markets" where the channel allows it
 * @param sendInitialSnapshot {@code ticker} channel: send the current ticker of each market first; else null
 * @param useYesPrice {@code orderbook_delta}: report NO levels in YES prices; Strike always sends {@code false}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscribeParams(List<String> channels, @Nullable List<String> marketTickers,
    @Nullable Boolean sendInitialSnapshot, @Nullable Boolean useYesPrice) implements WsCommandParams {
  /** Copies the lists; requires at least one channel. */
  public SubscribeParams {
    if (channels == null || channels.isEmpty()) {
      throw new IllegalArgumentException("subscribe needs at least one channel");
    }
    channels = List.copyOf(channels);
    marketTickers = marketTickers == null ? null : List.copyOf(marketTickers);
  }
}
