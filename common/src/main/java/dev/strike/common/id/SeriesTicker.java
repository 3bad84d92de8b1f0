package dev.strike.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A Kalshi series ticker, e.g. {@code KXBTC15M}. JSON form: the plain string. */
public record SeriesTicker(String value) implements Comparable<SeriesTicker> {
  /** Validates the text (see the package rules: no blanks, no whitespace, at most 128 characters). */
  public SeriesTicker {
    IdText.check(value, "series ticker");
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static SeriesTicker of(String value) {
    return new SeriesTicker(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(SeriesTicker other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
