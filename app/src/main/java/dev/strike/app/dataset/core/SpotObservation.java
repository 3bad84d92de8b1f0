package dev.strike.app.dataset.core;

import dev.strike.common.id.Asset;
import dev.strike.common.id.SourceId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A spot price of an underlying as a dataset row gives it.
 *
 * @param line the 1-based line it came from
 * @param tsEventNs when the collector recorded it, epoch ns
 * @param asset the underlying
 * @param source the collector's spot source, e.g. {@code coinbase-rates}
 * @param price USD, exact as written in the file, positive
 */
public record SpotObservation(long line, long tsEventNs, Asset asset, SourceId source, BigDecimal price) {
  /** Validates presence and a positive price. */
  public SpotObservation {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(price, "price");
    if (price.signum() <= 0) {
      throw new IllegalArgumentException("spot price must be positive, got " + price);
    }
  }
}
