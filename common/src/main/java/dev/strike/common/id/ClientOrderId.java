package dev.strike.common.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * Our idempotency key for an order at the venue (Kalshi {@code client_order_id}), always
 * {@code uuidV5(intentId)} so that a restart or a redelivery can never place the same intent twice.
 * JSON form: the plain string.
 */
public record ClientOrderId(String value) implements Comparable<ClientOrderId> {
  /** The namespace of Strike's client order ids (a fixed, arbitrary UUID; changing it changes every id). */
  public static final UUID NAMESPACE = UUID.fromString("5f0f2a8e-2d0c-4c55-9a57-6f1c1f3e7b21");

  /** Validates the text. */
  public ClientOrderId {
    IdText.check(value, "client order id");
  }

  /** The id for {@code value} (as read back from a venue or a topic). */
  @JsonCreator
  public static ClientOrderId of(String value) {
    return new ClientOrderId(value);
  }

  /** The client order id of an intent: {@code uuidV5(NAMESPACE, intentId)}. */
  public static ClientOrderId forIntent(IntentId intent) {
    return new ClientOrderId(StableHash.uuidV5(NAMESPACE, intent.value()).toString());
  }

  @JsonValue
  @Override
  public String value() {
    return value;
  }

  @Override
  public int compareTo(ClientOrderId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
