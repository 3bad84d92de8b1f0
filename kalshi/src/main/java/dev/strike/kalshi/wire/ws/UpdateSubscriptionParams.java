package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code update_subscription} parameters. Kalshi wants exactly one of {@code sid} or {@code sids:[one]}; Strike
 * sends {@code sids} with one element.
 *
 * @param sids the one subscription to change
 * @param action {@code add_markets}, {@code delete_markets} or {@code get_snapshot}
 * @param marketTickers the markets the action applies to, at least one
 * @param sendInitialSnapshot {@code ticker} channel with {@code add_markets}: send the new markets' tickers first
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateSubscriptionParams(List<Long> sids, String action, List<String> marketTickers,
    @Nullable Boolean sendInitialSnapshot) implements WsCommandParams {
  /** Copies the lists; requires one sid, an action and at least one market. */
  public UpdateSubscriptionParams {
    if (sids == null || sids.size() != 1) {
      throw new IllegalArgumentException("update_subscription takes exactly one sid, got " + sids);
    }
    if (action == null || action.isBlank()) {
      throw new IllegalArgumentException("update_subscription needs an action");
    }
    if (marketTickers == null || marketTickers.isEmpty()) {
      throw new IllegalArgumentException("update_subscription needs at least one market ticker");
    }
    sids = List.copyOf(sids);
    marketTickers = List.copyOf(marketTickers);
  }
}
