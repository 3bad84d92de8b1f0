package dev.strike.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The configured name of a strategy instance, e.g. {@code fair-value-edge}. JSON form: the plain string. */
public record StrategyId(String value) implements Comparable<StrategyId> {
  /** Validates the text (see the package rules: no blanks, no whitespace, at most 128 characters). */
  public StrategyId {
    IdText.check(value, "strategy id");
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static StrategyId of(String value) {
    return new StrategyId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(StrategyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
