package dev.strike.kalshi.wire;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code GET /series}: {@code {"series": [Series], "cursor"?}}. */
public record SeriesListResponse(List<Series> series, @Nullable String cursor) implements Paged<Series> {
  /** Absent list reads as empty. */
  public SeriesListResponse {
    series = WireChecks.list(series, "series");
  }

  @Override
  public List<Series> items() {
    return series;
  }
}
