package dev.strike.kalshi.wire;

/** {@code GET /series/{series_ticker}}: {@code {"series": Series}}. */
public record SeriesResponse(Series series) {
  /** Requires the series. */
  public SeriesResponse {
    if (series == null) {
      throw new IllegalArgumentException("series is required");
    }
  }
}
