package dev.strike.kalshi.wire;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One book level as Kalshi writes it: a two-element JSON array of strings {@code ["0.4500", "310.00"]}, price in
 * dollars then resting size in contracts. Used by the REST orderbook ({@code orderbook_fp.yes_dollars}) and the
 * WebSocket snapshot ({@code yes_dollars_fp}). The strings are kept as sent; they are parsed exactly when mapped.
 *
 * @param priceDollars the price, e.g. {@code "0.4500"}
 * @param countFp the resting size, e.g. {@code "310.00"}
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"priceDollars", "countFp"})
public record PriceLevel(String priceDollars, String countFp) {
  /** Requires both elements. */
  public PriceLevel {
    WireChecks.id(priceDollars, "price level price");
    WireChecks.id(countFp, "price level count");
  }
}
