package dev.strike.kalshi.wire;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One band of a market's tick grid ({@code price_ranges[]}): prices from {@code start} to {@code end} every
 * {@code step}, all dollar strings.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PriceRange(String start, String end, String step) {
  /** Requires all three bounds. */
  public PriceRange {
    WireChecks.id(start, "price_ranges.start");
    WireChecks.id(end, "price_ranges.end");
    WireChecks.id(step, "price_ranges.step");
  }
}
