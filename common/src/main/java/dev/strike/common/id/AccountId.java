package dev.strike.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An account (a Kalshi subaccount or the paper account), the key of the {@code portfolio} topic. JSON form: the plain string. */
public record AccountId(String value) implements Comparable<AccountId> {
  /** Validates the text (see the package rules: no blanks, no whitespace, at most 128 characters). */
  public AccountId {
    IdText.check(value, "account id");
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static AccountId of(String value) {
    return new AccountId(value);
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(AccountId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
