package dev.strike.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The order id a venue assigned (Kalshi {@code order_id}; the paper venue's own ids). JSON form: the plain string. */
public record VenueOrderId(String value) implements Comparable<VenueOrderId> {
  /** Validates the text (see the package rules: no blanks, no whitespace, at most 128 characters). */
  public VenueOrderId {
    IdText.check(value, "venue order id");
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static VenueOrderId of(String value) {
    return new VenueOrderId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(VenueOrderId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
