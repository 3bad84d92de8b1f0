package dev.strike.common.event;

import dev.strike.common.id.Asset;
import dev.strike.common.id.SourceId;
import java.math.BigDecimal;

/**
 * A spot price of an underlying from one exchange ({@code md.spot}, keyed by asset). Prices and sizes are exact
 * decimals as the exchange sent them (spot sizes have up to eight decimals, so they are not {@code Qty}).
 *
 * @param asset the underlying, e.g. BTC
 * @param source the exchange, e.g. coinbase
 * @param price the traded or quoted price in USD, positive
 * @param size the size in units of the asset, 0 when the source does not give one
 * @param tsEvent the exchange's time of the print
 */
public record SpotTick(Asset asset, SourceId source, BigDecimal price, BigDecimal size, long tsEvent, long tsInit)
    implements StrikeEvent {

  /** Validates presence, a positive price and a non-negative size. */
  public SpotTick {
    Require.present(asset, "asset");
    Require.present(source, "source");
    Require.present(price, "price");
    Require.present(size, "size");
    if (price.signum() <= 0) {
      throw new IllegalArgumentException("spot price must be positive, got " + price);
    }
    if (size.signum() < 0) {
      throw new IllegalArgumentException("spot size must not be negative, got " + size);
    }
    Require.times(tsEvent, tsInit);
  }
}
