package dev.strike.kalshi.wire;

/** {@code GET /markets/{ticker}}: {@code {"market": Market}}. */
public record MarketResponse(Market market) {
  /** Requires the market. */
  public MarketResponse {
    if (market == null) {
      throw new IllegalArgumentException("market is required");
    }
  }
}
