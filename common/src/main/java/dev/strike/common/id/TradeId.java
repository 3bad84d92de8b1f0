package dev.strike.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A venue trade id (Kalshi {@code trade_id}), shared by a public print and our fill. JSON form: the plain string. */
public record TradeId(String value) implements Comparable<TradeId> {
  /** Validates the text (see the package rules: no blanks, no whitespace, at most 128 characters). */
  public TradeId {
    IdText.check(value, "trade id");
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static TradeId of(String value) {
    return new TradeId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(TradeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
