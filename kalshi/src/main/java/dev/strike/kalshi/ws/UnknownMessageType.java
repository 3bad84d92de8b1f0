package dev.strike.kalshi.ws;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The first message of a {@code type} this client does not decode (a new channel, an event fee update, …). Emitted
 * once per type for the client's life, so a service can log it once; later messages of the type are ignored (and
 * counted).
 *
 * @param type the message's {@code type}
 * @param raw the first such message's bytes
 */
public record UnknownMessageType(String type, byte[] raw, long tsInit) implements KalshiWsEvent {
  /** Validates presence and copies the bytes. */
  public UnknownMessageType {
    Checks.text(type, "type");
    Checks.present(raw, "raw");
    Checks.notNegative(tsInit, "tsInit");
    raw = raw.clone();
  }

  /** A copy of the raw bytes. */
  @Override
  public byte[] raw() {
    return raw.clone();
  }

  /** The raw bytes as UTF-8 text, for logs. */
  public String rawText() {
    return new String(raw, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnknownMessageType u && type.equals(u.type) && Arrays.equals(raw, u.raw)
        && tsInit == u.tsInit;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * type.hashCode() + Arrays.hashCode(raw)) + Long.hashCode(tsInit);
  }

  @Override
  public String toString() {
    return "UnknownMessageType[type=" + type + ", raw=" + raw.length + " bytes, tsInit=" + tsInit + "]";
  }
}
