package dev.strike.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A market-data source, e.g. the spot exchange {@code coinbase}. JSON form: the plain string. */
public record SourceId(String value) implements Comparable<SourceId> {
  /** Validates the text (see the package rules: no blanks, no whitespace, at most 128 characters). */
  public SourceId {
    IdText.check(value, "source id");
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static SourceId of(String value) {
    return new SourceId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(SourceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
