package dev.strike.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The id of one order intent: a hash of the signal and the decision inputs (ARCHITECTURE §2), so a redelivered
 * signal yields the same intent and the next stage drops the duplicate. JSON form: the plain string.
 */
public record IntentId(String value) implements Comparable<IntentId> {
  /** Validates the text. */
  public IntentId {
    IdText.check(value, "intent id");
  }

  /** The id for {@code value}. */
  @JsonCreator
  public static IntentId of(String value) {
    return new IntentId(value);
  }

  /**
   * Derives the intent id from the signal and every input of the decision that sized it (e.g. the approved
   * quantity and limit price as their exact strings). Same inputs, same id.
   */
  public static IntentId derive(SignalId signal, String... decisionInputs) {
    String[] parts = new String[decisionInputs.length + 2];
    parts[0] = "intent";
    parts[1] = signal.value();
    System.arraycopy(decisionInputs, 0, parts, 2, decisionInputs.length);
    return new IntentId(StableHash.hex128(parts));
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(IntentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
