package dev.strike.ingest.spot.core;

import dev.strike.common.id.Asset;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One trade as an exchange printed it, before it becomes a {@code SpotTick}.
 *
 * @param asset the traded asset (against USD)
 * @param price the price in USD exactly as the exchange wrote it (scale kept), positive
 * @param size the size in units of the asset exactly as written, not negative
 * @param tsEventNs the exchange's time of the trade, epoch nanoseconds, not negative
 * @param tradeId the exchange's trade id (increasing per pair on every exchange here), empty if it sent none
 */
public record TradePrint(Asset asset, BigDecimal price, BigDecimal size, long tsEventNs, OptionalLong tradeId) {
  /** Validates presence, a positive price, a non-negative size and time. */
  public TradePrint {
    Objects.requireNonNull(asset, "asset");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(size, "size");
    Objects.requireNonNull(tradeId, "tradeId");
    if (price.signum() <= 0) {
      throw new IllegalArgumentException("price must be positive, got " + price.toPlainString());
    }
    if (size.signum() < 0) {
      throw new IllegalArgumentException("size must not be negative, got " + size.toPlainString());
    }
    if (tsEventNs < 0) {
      throw new IllegalArgumentException("trade time must not be before 1970, got " + tsEventNs + " ns");
    }
  }
}
