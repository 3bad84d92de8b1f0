package dev.strike.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A Kalshi event ticker, e.g. {@code KXBTC15M-26AUG171330}. JSON form: the plain string. */
public record EventTicker(String value) implements Comparable<EventTicker> {
  /** Validates the text (see the package rules: no blanks, no whitespace, at most 128 characters). */
  public EventTicker {
    IdText.check(value, "event ticker");
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static EventTicker of(String value) {
    return new EventTicker(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(EventTicker other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
