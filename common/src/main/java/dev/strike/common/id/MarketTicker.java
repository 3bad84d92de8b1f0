package dev.strike.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A Kalshi market ticker, e.g. {@code KXBTC15M-26AUG171330-30}. JSON form: the plain string. */
public record MarketTicker(String value) implements Comparable<MarketTicker> {
  /** Validates the text (see the package rules: no blanks, no whitespace, at most 128 characters). */
  public MarketTicker {
    IdText.check(value, "market ticker");
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static MarketTicker of(String value) {
    return new MarketTicker(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(MarketTicker other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
