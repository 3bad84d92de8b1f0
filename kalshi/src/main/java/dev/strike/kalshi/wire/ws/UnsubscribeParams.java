package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * {@code unsubscribe} parameters.
 *
 * @param sids the subscription ids to end, at least one
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UnsubscribeParams(List<Long> sids) implements WsCommandParams {
  /** Copies the list; requires at least one sid. */
  public UnsubscribeParams {
    if (sids == null || sids.isEmpty()) {
      throw new IllegalArgumentException("unsubscribe needs at least one sid");
    }
    sids = List.copyOf(sids);
  }
}
