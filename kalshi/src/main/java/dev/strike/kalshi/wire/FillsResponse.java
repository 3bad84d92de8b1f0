package dev.strike.kalshi.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code GET /portfolio/fills}: {@code {"fills": [Fill], "cursor"}}. */
public record FillsResponse(List<Fill> fills, @Nullable String cursor) implements Paged<Fill> {
  /** Absent list reads as empty. */
  public FillsResponse {
    fills = WireChecks.list(fills, "fills");
  }

  @Override
  public List<Fill> items() {
    return fills;
  }
}
