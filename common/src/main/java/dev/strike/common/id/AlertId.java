package dev.strike.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The id of one alert, derived from what caused it so a redelivery is recognised. JSON form: the plain string. */
public record AlertId(String value) implements Comparable<AlertId> {
  /** Validates the text (see the package rules: no blanks, no whitespace, at most 128 characters). */
  public AlertId {
    IdText.check(value, "alert id");
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static AlertId of(String value) {
    return new AlertId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(AlertId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
