package dev.strike.kalshi.ws;

import java.util.Locale;

/** The {@code event_type} of a {@code market_lifecycle_v2} message; {@link #OTHER} for a value not documented. */
public enum LifecycleEventType {
  CREATED,
  ACTIVATED,
  DEACTIVATED,
  CLOSE_DATE_UPDATED,
  DETERMINED,
  SETTLED,
  PRICE_LEVEL_STRUCTURE_UPDATED,
  METADATA_UPDATED,
  OTHER;

  /** The type for a wire value ({@code close_date_updated}), {@link #OTHER} when unknown. */
  public static LifecycleEventType fromWire(String value) {
    for (LifecycleEventType type : values()) {
      if (type != OTHER && type.name().toLowerCase(Locale.ROOT).equals(value)) {
        return type;
      }
    }
    return OTHER;
  }
}
