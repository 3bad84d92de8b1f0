package dev.strike.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The id of one signal, derived by its strategy from the inputs that triggered it. JSON form: the plain string. */
public record SignalId(String value) implements Comparable<SignalId> {
  /** Validates the text (see the package rules: no blanks, no whitespace, at most 128 characters). */
  public SignalId {
    IdText.check(value, "signal id");
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static SignalId of(String value) {
    return new SignalId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(SignalId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
