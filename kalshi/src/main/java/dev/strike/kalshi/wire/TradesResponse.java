package dev.strike.kalshi.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code GET /markets/trades}: {@code {"trades": [Trade], "cursor"}}. */
public record TradesResponse(List<Trade> trades, @Nullable String cursor) implements Paged<Trade> {
  /** Absent list reads as empty. */
  public TradesResponse {
    trades = WireChecks.list(trades, "trades");
  }

  @Override
  public List<Trade> items() {
    return trades;
  }
}
