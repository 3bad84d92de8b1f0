package dev.strike.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The id of one operator command on the {@code control} topic, used to drop duplicates. JSON form: the plain string. */
public record CommandId(String value) implements Comparable<CommandId> {
  /** Validates the text (see the package rules: no blanks, no whitespace, at most 128 characters). */
  public CommandId {
    IdText.check(value, "command id");
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static CommandId of(String value) {
    return new CommandId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CommandId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
