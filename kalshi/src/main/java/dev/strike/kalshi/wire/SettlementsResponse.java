package dev.strike.kalshi.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code GET /portfolio/settlements}: {@code {"settlements": [Settlement], "cursor"}}. */
public record SettlementsResponse(List<Settlement> settlements, @Nullable String cursor)
    implements Paged<Settlement> {
  /** Absent list reads as empty. */
  public SettlementsResponse {
    settlements = WireChecks.list(settlements, "settlements");
  }

  @Override
  public List<Settlement> items() {
    return settlements;
  }
}
