package dev.strike.kalshi.ws;

import java.util.Locale;

/** A {@code user_order}'s {@code status}; {@link #OTHER} for a value not documented. */
public enum OrderStatus {
  RESTING,
  CANCELED,
  EXECUTED,
  OTHER;

  /** The status for a wire value, {@link #OTHER} when unknown. */
  public static OrderStatus fromWire(String value) {
    for (OrderStatus status : values()) {
      if (status != OTHER && status.name().toLowerCase(Locale.ROOT).equals(value)) {
        return status;
      }
    }
    return OTHER;
  }
}
